import type { ReactNode } from 'react';

/** A described list of facts (label above value), as on the start page. */
export function Facts({ label, items }: { label: string; items: [string, ReactNode][] }) {
  return (
    <dl className="facts" aria-label={label}>
      {items.map(([dt, dd]) => (
        <div className="facts__row" key={dt}>
          <dt>{dt}</dt>
          <dd>{dd}</dd>
        </div>
      ))}
    </dl>
  );
}
