import { useI18n } from '../../../i18n/I18nProvider';
import type { Member } from '../../../api/types';
import { Dialog, Heading } from '../../../ui';
import { GiveNoticeForm } from './GiveNoticeForm';
import { RevokeNoticeForm } from './RevokeNoticeForm';

export interface NoticeAction {
  kind: 'notice' | 'revoke';
  memberId: number;
}

interface Props {
  action: NoticeAction;
  member: Member;
  onClose: () => void;
  /** Called with the status text after a successful save. */
  onDone: (text: string) => void;
  onConflict: () => void;
}

/** A modal dialog to register a member's notice or to revoke it. */
export function NoticeDialog({ action, member, onClose, onDone, onConflict }: Props) {
  const { t } = useI18n();
  const title = action.kind === 'notice' ? t.members.noticeForm.title(member.name) : t.members.revokeForm.title(member.name);
  return (
    <Dialog open onClose={onClose} aria-labelledby="notice-dialog-title" className="form-dialog">
      <Heading level={2} data-size="sm" id="notice-dialog-title">
        {title}
      </Heading>
      {action.kind === 'notice' ? (
        <GiveNoticeForm member={member} onCancel={onClose} onDone={onDone} onConflict={onConflict} />
      ) : (
        <RevokeNoticeForm member={member} onCancel={onClose} onDone={onDone} onConflict={onConflict} />
      )}
    </Dialog>
  );
}
