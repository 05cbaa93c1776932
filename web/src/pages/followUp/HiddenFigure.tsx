import { useI18n } from '../../i18n/I18nProvider';
import { NoValue } from '../money/NoValue';
import { figureText } from './statisticsView';

/** ".." with its explanation for a hidden figure; a dash for none; else the figure. */
export function Figure({ value, hidden, money, threshold }: { value: number | null; hidden: boolean; money: boolean; threshold: number }) {
  const { t } = useI18n();
  if (hidden) {
    return (
      <abbr className="hidden-figure" title={t.statistics.hiddenExplanation(threshold)}>
        {t.statistics.hidden}
      </abbr>
    );
  }
  const text = figureText(value, money);
  return text === null ? <NoValue label={t.money.none} /> : <>{text}</>;
}
