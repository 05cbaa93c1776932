import { useI18n } from '../i18n/I18nProvider';
import { NoValue } from './NoValue';
import { figureText } from './figureText';

interface Props {
  value: number | null;
  hidden: boolean;
  /** Öre, shown in whole kronor (the unit is in the column header). */
  money: boolean;
  /** Whole per cent, shown with its sign (`31 %`). */
  percent?: boolean;
  threshold: number;
}

/** ".." with its explanation for a hidden figure; a dash for none; else the figure. */
export function Figure({ value, hidden, money, percent = false, threshold }: Props) {
  const { t } = useI18n();
  if (hidden) {
    return (
      <abbr className="hidden-figure" title={t.statistics.hiddenExplanation(threshold)}>
        {t.statistics.hidden}
      </abbr>
    );
  }
  const text = figureText(value, money, percent);
  return text === null ? <NoValue label={t.money.none} /> : <>{text}</>;
}
