import type { ReactNode } from 'react';
import { AppLink, Heading } from '../../ui';

export interface SectionLink {
  to: string;
  label: string;
}

interface Props {
  /** The section's id; its heading gets `${id}-title` and names the region. */
  id: string;
  title: string;
  /** Links to the full pages (not printed). */
  links?: SectionLink[];
  /** Tables take the full width of the page; figures sit side by side. */
  wide?: boolean;
  children: ReactNode;
}

/** One section of the start page: a named region with a heading, its figures and links onwards. */
export function StartSection({ id, title, links = [], wide = false, children }: Props) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className={wide ? 'start-section start-section--wide' : 'start-section'}>
      <Heading level={2} data-size="sm" id={`${id}-title`}>
        {title}
      </Heading>
      {children}
      {links.length > 0 ? (
        <ul className="link-list start-section__links no-print">
          {links.map((l) => (
            <li key={l.to}>
              <AppLink to={l.to}>{l.label}</AppLink>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
