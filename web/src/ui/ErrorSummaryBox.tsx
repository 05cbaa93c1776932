import { ErrorSummary } from '@digdir/designsystemet-react';
import { forwardRef, type ComponentProps, type MouseEvent } from 'react';

type SummaryRef = ComponentProps<typeof ErrorSummary>['ref'];

export interface SummaryItem {
  /** id of the field the message is about */
  fieldId: string;
  message: string;
}

interface Props {
  heading: string;
  items: SummaryItem[];
}

function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string): void {
  const field = document.getElementById(fieldId);
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.scrollIntoView({ block: 'center' });
}

/**
 * Error summary for forms: a heading and links that move focus to each field. The caller focuses
 * it (via the ref) after every failed submit.
 */
export const ErrorSummaryBox = forwardRef<HTMLElement, Props>(function ErrorSummaryBox({ heading, items }, ref) {
  return (
    <ErrorSummary ref={ref as SummaryRef} tabIndex={-1}>
      <ErrorSummary.Heading level={2}>{heading}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {items.map((item) => (
          <ErrorSummary.Item key={`${item.fieldId}:${item.message}`}>
            <ErrorSummary.Link href={`#${item.fieldId}`} onClick={(event) => focusField(event, item.fieldId)}>
              {item.message}
            </ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
});
