import type { ApiData } from '../../hooks/useApiData';
import { formatDate, formatNumber } from '../../format';
import { useI18n } from '../../i18n/I18nProvider';
import { paths } from '../../routes';
import type { ItemList, Member } from '../../api/types';
import { Paragraph } from '../../ui';
import { noticesInForce } from './dashboard';
import { FigureList } from './FigureList';
import { Loaded } from './Loaded';
import { StartSection } from './StartSection';

/** Förbundschef and styrelse: members whose notice of withdrawal is in force, and when they leave. */
export function NoticesSection({ members }: { members: ApiData<ItemList<Member>> }) {
  const { t } = useI18n();
  const tn = t.dashboard.notices;
  return (
    <StartSection id="start-notices" title={tn.title} links={[{ to: paths.members, label: tn.more }]}>
      <Loaded data={members}>
        {(list) => {
          const leaving = noticesInForce(list.items);
          return (
            <>
              <FigureList label={tn.title} items={[{ key: 'notices-count', label: tn.count, value: formatNumber(leaving.length) }]} />
              {leaving.length === 0 ? (
                <Paragraph>{tn.none}</Paragraph>
              ) : (
                <ul className="start-list">
                  {leaving.map((m) => (
                    <li key={m.id}>{tn.until(m.name, m.notice ? formatDate(m.notice.endsOn) : '')}</li>
                  ))}
                </ul>
              )}
            </>
          );
        }}
      </Loaded>
    </StartSection>
  );
}
