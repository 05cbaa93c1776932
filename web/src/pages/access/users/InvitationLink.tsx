import { useState } from 'react';
import type { Invitation } from '../../../api/accessTypes';
import { formatDateTime } from '../../../format';
import { useI18n } from '../../../i18n/I18nProvider';
import { Alert, Button, Heading, Paragraph, TextField } from '../../../ui';

/** The link a new (or locked-out) user sets their own password through. The token is in the fragment. */
export function invitationUrl(token: string, origin = window.location.origin): string {
  return `${origin}/inbjudan#${token}`;
}

interface Props {
  name: string;
  invitation: Invitation;
  onClose: () => void;
}

/** Shows the one-time link once, to copy and give to the user; nobody else should use it. */
export function InvitationLink({ name, invitation, onClose }: Props) {
  const { t } = useI18n();
  const ti = t.users.invitation;
  const [copied, setCopied] = useState(false);
  const url = invitationUrl(invitation.token);
  return (
    <Alert data-color="info" className="invitation-link">
      <Heading level={2} data-size="xs" id="invitation-title">
        {ti.title(name)}
      </Heading>
      <Paragraph>{ti.text(formatDateTime(invitation.expiresAt))}</Paragraph>
      <TextField id="invitation-url" label={ti.label} readOnly value={url} onFocus={(e) => e.target.select()} />
      <div className="row-actions">
        <Button
          variant="secondary"
          data-size="sm"
          onClick={() => {
            void navigator.clipboard?.writeText(url).then(() => setCopied(true));
          }}
        >
          {ti.copy}
        </Button>
        <Button variant="tertiary" data-size="sm" onClick={onClose}>
          {ti.close}
        </Button>
      </div>
      <p role="status" className="ds-sr-only">
        {copied ? ti.copied : ''}
      </p>
    </Alert>
  );
}
