import { api } from '../../api';
import { formatDate, formatMoney, formatPercent } from '../../format';
import { useApiData } from '../../hooks/useApiData';
import { useI18n } from '../../i18n/I18nProvider';
import { paths } from '../../routes';
import { Paragraph, Tag } from '../../ui';
import { lastClosedEquity } from './dashboard';
import { FigureList } from './FigureList';
import { Loaded } from './Loaded';
import { StartSection } from './StartSection';

/** Ekonom and revisor: last year's closing equity, its share of the contributions, and the flag above the limit. */
export function EquitySection({ associationId }: { associationId: number }) {
  const { t } = useI18n();
  const te = t.dashboard.equity;
  const thisYear = Number(formatDate(new Date()).slice(0, 4));
  const equity = useApiData((signal) => api.equity(associationId, signal), associationId);
  return (
    <StartSection id="start-equity" title={te.title} links={[{ to: paths.equity, label: te.more }]}>
      <Loaded data={equity}>
        {(list) => {
          const year = lastClosedEquity(list.items, thisYear);
          if (!year) return <Paragraph>{te.none}</Paragraph>;
          return (
            <FigureList
              label={te.title}
              items={[
                { key: 'equity-closing', label: te.closing(year.year), value: formatMoney(year.closingOre, 'kr') },
                { key: 'equity-share', label: te.share, value: formatPercent(year.equityShareBp / 10_000) },
                { key: 'equity-limit', label: te.limit, value: formatPercent(list.equityLimitBp / 10_000) },
                {
                  key: 'equity-flag',
                  label: te.flag,
                  value: (
                    <Tag data-size="sm" data-color={year.flagged ? 'danger' : 'success'}>
                      {year.flagged ? t.equity.flagged : t.equity.notFlagged}
                    </Tag>
                  ),
                },
              ]}
            />
          );
        }}
      </Loaded>
    </StartSection>
  );
}
