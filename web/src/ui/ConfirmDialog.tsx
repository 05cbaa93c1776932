import { useI18n } from '../i18n/I18nProvider';
import { Button, Dialog, Heading, Paragraph } from '.';
import { useFormErrors } from '../forms/useFormErrors';

interface Props {
  title: string;
  text: string;
  confirmLabel: string;
  onConfirm: () => Promise<void>;
  onClose: () => void;
}

const CONFIRM_ID = 'confirm-dialog-ok';

/** "Are you sure?" for an action that cannot be undone by the same button; a refusal is shown in the dialog. */
export function ConfirmDialog({ title, text, confirmLabel, onConfirm, onClose }: Props) {
  const { t } = useI18n();
  const form = useFormErrors(() => null, CONFIRM_ID);
  return (
    <Dialog open onClose={onClose} aria-labelledby="confirm-dialog-title" className="form-dialog">
      <Heading level={2} data-size="sm" id="confirm-dialog-title">
        {title}
      </Heading>
      {form.summary}
      <Paragraph>{text}</Paragraph>
      <div className="form-buttons">
        <Button id={CONFIRM_ID} data-color="danger" aria-disabled={form.busy || undefined} onClick={() => void form.submit([], onConfirm)}>
          {confirmLabel}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {t.common.cancel}
        </Button>
      </div>
    </Dialog>
  );
}
