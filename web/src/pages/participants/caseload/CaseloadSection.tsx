import { useMemo, useState } from 'react';
import { useApiData } from '../../../hooks/useApiData';
import { useKept } from '../../../hooks/useKept';
import { useReload } from '../../../hooks/useReload';
import type { CaseloadEntry } from '../../../api/participantsTypes';
import { useI18n } from '../../../i18n/I18nProvider';
import { participantsApi } from '../../../api/participants';
import { Paragraph, Spinner } from '../../../ui';
import { LoadError } from '../../../ui/LoadError';
import { StatusMessage } from '../../../forms/StatusMessage';
import { Section } from '../../../layout/Section';
import { useLookups } from '../shared/useLookups';
import { useSessionInfo } from '../shared/useSessionInfo';
import { CaseloadFilter } from './CaseloadFilter';
import { CaseloadTable } from './CaseloadTable';
import { DEFAULT_CASELOAD_VIEW, caseloadQuery, sortCaseload, sortCaseloadBy, type CaseloadView } from './caseloadView';

/** Today in the browser's calendar (YYYY-MM-DD), for "due soon". */
function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The caseload on the participants page: the ongoing participations in the insatser the user works in, overdue
 * first, sortable by column, filtered by insats and by what is due (the filters ask the server, so only the
 * people shown are read and logged; sorting is done here and reads no one again).
 */
export function CaseloadSection({ associationId, initialView = DEFAULT_CASELOAD_VIEW }: { associationId: number; initialView?: CaseloadView }) {
  const { t, lang } = useI18n();
  const tc = t.caseload;
  const session = useSessionInfo();
  const lookups = useLookups(associationId);
  const [view, setView] = useState<CaseloadView>(initialView);
  const query = caseloadQuery(view);
  const [version, reload] = useReload();
  const [status, setStatus] = useState('');
  const loaded = useApiData((s) => participantsApi.caseload(associationId, query, s), `${associationId}:${query}:${version}`);
  const data = useKept(loaded);
  const names = lookups.status === 'ok' ? lookups.data : null;
  const userId = session?.user.id ?? 0;
  // The insatser the caseload covers (the summary counts per insats of the user's scope, naming no one): the
  // list of insatser carries no staff, so it cannot tell which ones the user works in.
  const covered = useKept(useApiData((sig) => participantsApi.caseloadSummary(associationId, sig), `${associationId}:summary`));
  const coveredIds = new Set((covered?.items ?? []).map((c) => c.insatsId));
  const mine = (names?.insatser ?? []).filter((i) => coveredIds.has(i.id));
  const insatsName = useMemo(() => names?.insatsName ?? ((id: number) => `#${id}`), [names]);
  /** "Mine": take responsibility for a participant, or let it go; a 409 reloads the list. */
  const responsibility = async (entry: CaseloadEntry, take: boolean) => {
    setStatus('');
    try {
      await participantsApi.takeResponsibility(associationId, entry.participationId, { take, version: entry.version });
      setStatus(take ? tc.taken(entry.name ?? tc.anonymous) : tc.released(entry.name ?? tc.anonymous));
    } catch {
      setStatus(tc.responsibilityFailed);
    }
    reload();
  };
  const rows = useMemo(() => sortCaseload(data?.items ?? [], view, insatsName, lang), [data, view, insatsName, lang]);
  return (
    <Section id="caseload-title" title={tc.title} intro={tc.intro}>
      <CaseloadFilter
        insatsId={view.insatsId}
        dueSoon={view.dueSoon}
        mine={view.mine}
        insatser={mine}
        onApply={(insatsId, dueSoon, onlyMine) => setView({ ...view, insatsId, dueSoon, mine: onlyMine })}
      />
      {loaded.status === 'error' ? <LoadError code={loaded.code} /> : null}
      {!data && loaded.status === 'loading' ? <Spinner data-size="sm" /> : null}
      <StatusMessage text={loaded.status === 'ok' ? tc.count(loaded.data.items.length) : ''} />
      <StatusMessage text={status} />
      {data && rows.length === 0 ? <Paragraph>{view.mine ? tc.noneMine : view.dueSoon ? tc.noneDue : tc.none}</Paragraph> : null}
      {rows.length > 0 ? (
        <CaseloadTable
          rows={rows}
          view={view}
          today={localToday()}
          insatsName={insatsName}
          userId={userId}
          onSort={(column) => setView(sortCaseloadBy(view, column))}
          onResponsibility={(entry, take) => void responsibility(entry, take)}
        />
      ) : null}
    </Section>
  );
}
