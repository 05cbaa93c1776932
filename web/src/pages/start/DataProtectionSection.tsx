import { api } from '../../api';
import { useApiData } from '../../hooks/useApiData';
import { useI18n } from '../../i18n/I18nProvider';
import { paths } from '../../routes';
import { Paragraph } from '../../ui';
import { Loaded } from './Loaded';
import { StartSection } from './StartSection';

/** Dataskyddsansvarig: the roles waiting for the party's confirmation, and the way to the rights and records. */
export function DataProtectionSection({ associationId }: { associationId: number }) {
  const { t } = useI18n();
  const td = t.dashboard.dataProtection;
  const pending = useApiData((signal) => api.pendingAssignments(associationId, signal), associationId);
  return (
    <StartSection
      id="start-data-protection"
      title={td.title}
      links={[
        { to: paths.confirmRoles, label: td.confirm },
        { to: paths.dataSubject, label: td.extract },
        { to: paths.processingRecord, label: td.record },
        { to: paths.agreements, label: td.agreements },
      ]}
    >
      <Loaded data={pending}>{(list) => <Paragraph>{td.pending(list.items.length)}</Paragraph>}</Loaded>
      <Paragraph>{td.intro}</Paragraph>
    </StartSection>
  );
}
