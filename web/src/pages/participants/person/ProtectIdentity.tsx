import { useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { participantsApi } from '../../../participantsApi';
import { Button, Heading, Paragraph } from '../../../ui';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';

interface Props {
  associationId: number;
  personId: number;
  onDone: () => void;
}

/** "Skyddad identitet": after a confirm dialog the stored identity is removed at once. */
export function ProtectIdentity({ associationId, personId, onDone }: Props) {
  const { t } = useI18n();
  const tp = t.person;
  const [open, setOpen] = useState(false);
  return (
    <section aria-labelledby="protect-title">
      <Heading level={2} data-size="md" id="protect-title">
        {tp.protectTitle}
      </Heading>
      <Paragraph>{tp.protectIntro}</Paragraph>
      <Button variant="secondary" data-color="danger" onClick={() => setOpen(true)}>
        {tp.protect}
      </Button>
      {open ? (
        <ConfirmDialog
          title={tp.protectConfirmTitle}
          text={tp.protectConfirmText}
          confirmLabel={tp.protectConfirm}
          onClose={() => setOpen(false)}
          onConfirm={async () => {
            await participantsApi.protectIdentity(associationId, personId);
            setOpen(false);
            onDone();
          }}
        />
      ) : null}
    </section>
  );
}
