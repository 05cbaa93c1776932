import type { FormEvent, ReactNode } from 'react';
import { Dialog, Heading, Paragraph } from '../ui';

interface Props {
  /** The heading's id, which names the section or dialog. */
  id: string;
  title: ReactNode;
  /** The error summary (useFormErrors), first in the form. */
  summary: ReactNode;
  onSubmit: (event: FormEvent) => void;
  children: ReactNode;
}

interface SectionProps extends Props {
  /** The heading's size: md unless told (sm for filters). */
  size?: 'sm' | 'md';
  /** More classes for the section (`no-print`) and for the form (`narrow`, `filter-grid`). */
  sectionClass?: string;
  formClass?: string;
  /** Text between the heading and the form (a string becomes a paragraph), and what follows the form (a status, a dialog). */
  intro?: ReactNode;
  after?: ReactNode;
  /** The form, too, is named by the heading. */
  labelForm?: boolean;
}

/** A form under its own h2: the section, the heading, and the form with its error summary first. */
export function FormSection(props: SectionProps) {
  const { id, title, size = 'md', sectionClass, formClass, intro, after, labelForm = false, summary, onSubmit, children } = props;
  return (
    <section aria-labelledby={id} className={sectionClass ? `form-section ${sectionClass}` : 'form-section'}>
      <Heading level={2} data-size={size} id={id}>
        {title}
      </Heading>
      {typeof intro === 'string' ? <Paragraph>{intro}</Paragraph> : intro}
      <form className={formClass ? `form ${formClass}` : 'form'} noValidate onSubmit={onSubmit} aria-labelledby={labelForm ? id : undefined}>
        {summary}
        {children}
      </form>
      {after}
    </section>
  );
}

/** A form in a modal dialog named by its h2, with its error summary first. */
export function FormDialog({ id, title, summary, onSubmit, onClose, children }: Props & { onClose: () => void }) {
  return (
    <Dialog open onClose={onClose} aria-labelledby={id} className="form-dialog">
      <Heading level={2} data-size="sm" id={id}>
        {title}
      </Heading>
      <form className="form" noValidate onSubmit={onSubmit}>
        {summary}
        {children}
      </form>
    </Dialog>
  );
}
