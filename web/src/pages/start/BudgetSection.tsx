import { api } from '../../api';
import { formatDate, formatMoney } from '../../format';
import { useApiData } from '../../hooks/useApiData';
import { useI18n } from '../../i18n/I18nProvider';
import { paths } from '../../routes';
import { Paragraph } from '../../ui';
import { FigureList } from './FigureList';
import { Loaded } from './Loaded';
import { StartSection } from './StartSection';

/** Förbundschef and styrelse: this year's budget and how it is shared between the parties. */
export function BudgetSection({ associationId }: { associationId: number }) {
  const { t } = useI18n();
  const tb = t.dashboard.budget;
  const year = Number(formatDate(new Date()).slice(0, 4));
  const budget = useApiData((signal) => api.budget(associationId, year, signal), `${associationId}-${year}`);
  const missing = budget.status === 'error' && budget.code === 'not_found';
  return (
    <StartSection id="start-budget" title={tb.title(year)} links={[{ to: paths.budgetYear(year), label: tb.more(year) }]}>
      {missing ? (
        <Paragraph>{tb.none(year)}</Paragraph>
      ) : (
        <Loaded data={budget}>
          {(b) => (
            <FigureList
              label={tb.title(year)}
              items={[
                { key: 'budget-total', label: tb.total, value: formatMoney(b.totalOre, 'kr') },
                { key: 'budget-state', label: tb.state, value: formatMoney(b.shares.stateOre, 'kr') },
                { key: 'budget-regions', label: tb.regions, value: formatMoney(b.shares.regionsOre, 'kr') },
                { key: 'budget-kommuner', label: tb.kommuner, value: formatMoney(b.shares.kommunerOre, 'kr') },
              ]}
            />
          )}
        </Loaded>
      )}
    </StartSection>
  );
}
