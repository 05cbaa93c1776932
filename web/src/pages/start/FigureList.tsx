import type { ReactNode } from 'react';

export interface FigureItem {
  /** Gives the value the id `start-${key}` (the e2e tests read figures by it). */
  key: string;
  label: string;
  value: ReactNode;
}

/** Figures of a start page section, label above value, side by side where there is room. */
export function FigureList({ label, items }: { label: string; items: FigureItem[] }) {
  return (
    <dl className="facts start-figures" aria-label={label}>
      {items.map((item) => (
        <div className="facts__row" key={item.key}>
          <dt>{item.label}</dt>
          <dd id={`start-${item.key}`} className="start-figures__value">
            {item.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
