import type { ReactNode } from 'react';
import { Heading, Paragraph } from '../ui';

interface Props {
  /** The heading's id, which names the section. */
  id: string;
  title: ReactNode;
  /** A paragraph under the heading. */
  intro?: ReactNode;
  children: ReactNode;
}

/** A part of a page under its own h2, with an optional paragraph of introduction. */
export function Section({ id, title, intro, children }: Props) {
  return (
    <section aria-labelledby={id}>
      <Heading level={2} data-size="md" id={id}>
        {title}
      </Heading>
      {intro ? <Paragraph>{intro}</Paragraph> : null}
      {children}
    </section>
  );
}
