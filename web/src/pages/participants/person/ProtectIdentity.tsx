import { useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { participantsApi } from '../../../api/participants';
import { Button } from '../../../ui';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { Section } from '../../../layout/Section';

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
    <Section id="protect-title" title={tp.protectTitle} intro={tp.protectIntro}>
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
    </Section>
  );
}
