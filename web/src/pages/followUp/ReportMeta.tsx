import { formatDate } from '../../format';
import { useI18n } from '../../i18n/I18nProvider';

interface Props {
  association: string;
  from: string;
  to: string;
  /** The kommun the figures are about, when the report is about one. */
  kommun?: string | undefined;
}

/** What a printed report is about (förbund, period, kommun) and when it was printed: shown on paper only. */
export function ReportMeta({ association, from, to, kommun }: Props) {
  const { t } = useI18n();
  const tr = t.report;
  const items: [string, string][] = [
    [tr.association, association],
    [tr.period, `${formatDate(from)}–${formatDate(to)}`],
    ...(kommun ? [[tr.kommun, kommun] as [string, string]] : []),
    [tr.printed, formatDate(new Date())],
  ];
  return (
    <dl className="print-only report-meta" aria-label={tr.meta}>
      {items.map(([dt, dd]) => (
        <div key={dt} className="report-meta__row">
          <dt>{dt}:</dt> <dd>{dd}</dd>
        </div>
      ))}
    </dl>
  );
}
