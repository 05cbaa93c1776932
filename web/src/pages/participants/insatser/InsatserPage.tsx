import { useI18n } from '../../../i18n/I18nProvider';
import { paths } from '../../../routes';
import { AppLink, Paragraph } from '../../../ui';
import { StatusMessage } from '../../../forms/StatusMessage';
import { PageFrame } from '../shared/PageFrame';
import { canCreateInsats } from '../shared/insatsAccess';
import { useCurrentAssociation } from '../shared/useCurrentAssociation';
import { useLookups } from '../shared/useLookups';
import { useSessionInfo } from '../shared/useSessionInfo';
import { InsatsTable } from './InsatsTable';
import { TargetGroupsSection } from './TargetGroupsSection';

/** /insatser: the catalogue, for everyone with a role in the förbund. */
export function InsatserPage() {
  const { t } = useI18n();
  const { association, failure } = useCurrentAssociation();
  const lookups = useLookups(association?.id ?? null);
  const session = useSessionInfo();
  const data = lookups.status === 'ok' ? lookups.data : null;
  const error = failure ?? (lookups.status === 'error' ? lookups.code : null);

  return (
    <PageFrame title={t.catalogue.title} failure={error} loading={!data}>
      <Paragraph>{t.catalogue.intro}</Paragraph>
      {association && canCreateInsats(session, association.id) ? (
        <ul className="link-list">
          <li>
            <AppLink to={paths.insatsNew}>{t.catalogue.create}</AppLink>
          </li>
          <li>
            <AppLink to={paths.insatsImport}>{t.historyImport.insatser.link}</AppLink>
          </li>
        </ul>
      ) : null}
      <StatusMessage text={data ? t.catalogue.count(data.insatser.length) : ''} />
      {data && data.insatser.length === 0 ? <Paragraph>{t.catalogue.none}</Paragraph> : null}
      {data && data.insatser.length > 0 ? <InsatsTable lookups={data} /> : null}
      {data && association && canCreateInsats(session, association.id) ? (
        <TargetGroupsSection associationId={association.id} targetGroups={data.targetGroups} />
      ) : null}
    </PageFrame>
  );
}
