import { Button } from '../ui';

interface Props {
  busy: boolean;
  label: string;
  /** Shown instead of the label while the form is being sent. */
  busyLabel?: string;
  /** A secondary button beside it (cancel, reset); the two sit in a `.form-buttons` row. */
  cancel?: { label: string; onClick: () => void };
  /** A `.form-buttons` row even for the submit button alone. */
  row?: boolean;
  color?: 'danger';
  variant?: 'secondary';
}

/** A form's submit button (aria-disabled while busy, so that it keeps its focus), and its cancel button. */
export function SubmitButtons({ busy, label, busyLabel, cancel, row = false, color, variant }: Props) {
  return (
    <div className={cancel || row ? 'form-buttons' : undefined}>
      <Button type="submit" variant={variant} data-color={color} aria-disabled={busy || undefined}>
        {busy && busyLabel !== undefined ? busyLabel : label}
      </Button>
      {cancel ? (
        <Button type="button" variant="secondary" onClick={cancel.onClick}>
          {cancel.label}
        </Button>
      ) : null}
    </div>
  );
}
