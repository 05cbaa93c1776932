import type { ApiData } from '../../hooks/useApiData';
import { useI18n } from '../../i18n/I18nProvider';
import type { ItemList, Member } from '../../api/types';
import { Heading, Paragraph, Spinner } from '../../ui';
import { LoadError } from '../../ui/LoadError';
import { MembersTable } from './MembersTable';

/** The förbund's members (loaded by the start page, which shares them with the notices section). */
export function MembersSection({ members }: { members: ApiData<ItemList<Member>> }) {
  const { t } = useI18n();

  let status = '';
  if (members.status === 'loading') status = t.start.loadingMembers;
  else if (members.status === 'ok') status = t.start.memberCount(members.data.items.length);

  return (
    <section className="members" aria-labelledby="members-heading">
      <Heading level={2} data-size="md" id="members-heading">
        {t.start.membersTitle}
      </Heading>
      {/* Always rendered, so that screen readers announce changes of the count. */}
      <p role="status" className="members__count">
        {status}
      </p>
      {members.status === 'loading' ? <Spinner aria-hidden="true" data-size="md" /> : null}
      {members.status === 'error' ? <LoadError code={members.code} /> : null}
      {members.status === 'ok' && members.data.items.length === 0 ? <Paragraph>{t.start.noMembers}</Paragraph> : null}
      {members.status === 'ok' && members.data.items.length > 0 ? <MembersTable members={members.data.items} /> : null}
    </section>
  );
}
