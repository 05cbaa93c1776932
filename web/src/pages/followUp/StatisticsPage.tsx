import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { API_BASE, api, followUpPdfUrl, statisticsPath, statisticsSearch } from '../../api';
import { LazyChart } from '../../charts/LazyChart';
import { DIMENSIONS, MEASURES, type Statistics, type StatisticsQuery } from '../../api/followUpTypes';
import { formatDate } from '../../format';
import { useApiData } from '../../hooks/useApiData';
import { useI18n } from '../../i18n/I18nProvider';
import type { Association } from '../../api/types';
import { Checkbox, Heading, Link, Paragraph, PrintButton, SelectField, Spinner, TextField } from '../../ui';
import { AssociationPage } from '../../layout/AssociationPage';
import { DataTable } from '../../tables/DataTable';
import { StatusMessage } from '../../forms/StatusMessage';
import { useFormErrors } from '../../forms/useFormErrors';
import { Checker } from '../../forms/validate';
import { Figure } from '../../tables/HiddenFigure';
import { ReportMeta } from './ReportMeta';
import { DEFAULT_QUERY, barChartOption, dimensionName, headerLabel, measureName, reportYear, rowTotalBars } from './statisticsView';
import { StatisticsTable } from './StatisticsTable';
import { SubmitButtons } from '../../forms/SubmitButtons';
import { FormSection } from '../../forms/FormSection';
import { CodeOptions, NamedOptions } from '../../forms/NamedOptions';

/** Statistik (view_association, every role): a pivot of one measure, suppressed as the server decides. */
export function StatisticsPage() {
  const { t } = useI18n();
  return <AssociationPage title={t.statistics.title}>{(a) => <Content association={a} />}</AssociationPage>;
}

const TARGETS: Record<string, string> = {
  measure: 'stat-measure',
  rows: 'stat-rows',
  columns: 'stat-columns',
  from: 'stat-from',
  to: 'stat-to',
  'filter.kommun': 'stat-kommun',
  threshold: 'stat-publish',
};

function Content({ association }: { association: Association }) {
  const { t } = useI18n();
  const ts = t.statistics;
  const members = useApiData((signal) => api.members(association.id, signal), association.id);
  const kommuner = members.status === 'ok' ? members.data.items.filter((m) => m.partyKind === 'kommun' && m.code) : [];
  const [draft, setDraft] = useState<StatisticsQuery>(DEFAULT_QUERY);
  const [shown, setShown] = useState<{ query: StatisticsQuery; stats: Statistics } | null>(null);
  const nouns: Record<string, string> = {
    measure: ts.measure.toLowerCase(),
    rows: ts.rows.toLowerCase(),
    columns: ts.columns.toLowerCase(),
    from: ts.fromNoun,
    to: ts.toNoun,
    'filter.kommun': ts.kommun.toLowerCase(),
    threshold: ts.publish,
  };
  const form = useFormErrors((f) => (TARGETS[f] ? { id: TARGETS[f], noun: nouns[f] ?? f } : null), 'stat-measure');

  const load = (query: StatisticsQuery) => {
    const c = new Checker().date('from', query.from).date('to', query.to);
    void form.submit(c.errors, async () => {
      const q = { ...query, from: query.from.trim(), to: query.to.trim() };
      const stats = await api.statistics(association.id, q);
      setShown({ query: q, stats });
    });
  };
  // The default table at once.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- once a förbund, on arrival; the form's own submits load later ones
  useEffect(() => load(DEFAULT_QUERY), [association.id]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    load(draft);
  };
  const set = (key: keyof StatisticsQuery) => (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value });

  return (
    <>
      <Paragraph className="no-print">{ts.intro}</Paragraph>
      <FormSection id="stat-form-title" title={ts.formTitle} size="sm" sectionClass="no-print" formClass="filter-grid" summary={form.summary} onSubmit={onSubmit}>
        <SelectField id="stat-measure" label={ts.measure} value={draft.measure} error={form.inline('stat-measure')} onChange={set('measure')}>
          <CodeOptions codes={MEASURES} name={(m) => ts.measures[m]} />
        </SelectField>
        <SelectField id="stat-rows" label={ts.rows} value={draft.rows} error={form.inline('stat-rows')} onChange={set('rows')}>
          <CodeOptions codes={DIMENSIONS} name={(d) => ts.dimensions[d]} />
        </SelectField>
        <SelectField id="stat-columns" label={ts.columns} value={draft.columns} error={form.inline('stat-columns')} onChange={set('columns')}>
          <CodeOptions codes={DIMENSIONS} name={(d) => ts.dimensions[d]} />
        </SelectField>
        <TextField id="stat-from" label={ts.from} description={t.money.dateHint} value={draft.from} error={form.inline('stat-from')} onChange={set('from')} />
        <TextField id="stat-to" label={ts.to} description={t.money.dateHint} value={draft.to} error={form.inline('stat-to')} onChange={set('to')} />
        <SelectField id="stat-kommun" label={ts.kommun} value={draft.kommun} error={form.inline('stat-kommun')} onChange={set('kommun')}>
          <option value="">{ts.allKommuner}</option>
          <NamedOptions items={kommuner} value={(m) => m.code ?? ''} />
        </SelectField>
        <Checkbox id="stat-publish" label={ts.publish} description={ts.publishHint} checked={draft.publish} onChange={(e) => setDraft({ ...draft, publish: e.target.checked })} />
        <SubmitButtons busy={form.busy} label={ts.apply} row />
      </FormSection>
      <StatusMessage text={shown?.stats.empty ? ts.empty : ''} />
      {form.busy && !shown ? <Spinner data-size="md" /> : null}
      {shown ? (
        <Result
          association={association}
          kommun={shown.query.kommun === '' ? ts.allKommuner : (kommuner.find((m) => m.code === shown.query.kommun)?.name ?? shown.query.kommun)}
          query={shown.query}
          stats={shown.stats}
        />
      ) : null}
    </>
  );
}

function Result({ association, kommun, query, stats }: { association: Association; kommun: string; query: StatisticsQuery; stats: Statistics }) {
  const { t } = useI18n();
  const ts = t.statistics;
  const search = statisticsSearch(query);
  const csv = `${API_BASE}${statisticsPath(association.id, '.csv')}?${search}`;
  const xlsx = `${API_BASE}${statisticsPath(association.id, '.xlsx')}?${search}`;
  const year = reportYear(stats.to);
  const measure = measureName(t, stats.measure, stats.measureLabel);
  const rowLabels = stats.rows.map((r) => headerLabel(t, stats.rowsDimension, r));
  const bars = rowTotalBars(stats, rowLabels);
  const description = ts.chartDescription(measure, dimensionName(t, stats.rowsDimension));
  const unit = stats.money ? ts.unitKr : '';
  // eslint-disable-next-line react-hooks/exhaustive-deps -- bars are computed from stats, so stats stands for them
  const option = useMemo(() => barChartOption(bars, { description, unit, percent: stats.percent }), [stats, description, unit]);

  return (
    <section aria-labelledby="stat-result-title" className="statistics-result">
      <Heading level={2} data-size="md" id="stat-result-title">
        {measure}, {formatDate(stats.from)}–{formatDate(stats.to)}
      </Heading>
      <ReportMeta association={association.name} from={stats.from} to={stats.to} kommun={kommun} />
      <Paragraph className="statistics-note">{stats.suppressed ? ts.suppressed(stats.threshold) : ts.exact}</Paragraph>
      {!stats.additive ? <Paragraph className="statistics-note">{ts.notAdditive}</Paragraph> : null}
      <StatisticsTable stats={stats} />
      {stats.empty ? <Paragraph>{ts.empty}</Paragraph> : null}
      {stats.suppressed && !stats.empty ? <Paragraph className="hint">{ts.legend(stats.threshold)}</Paragraph> : null}
      {!stats.empty && stats.rows.length > 0 ? (
        <>
          <LazyChart option={option} caption={ts.chartTitle} description={description} loading={ts.chartLoading} />
          <DataTable
            id="statistics-chart-data"
            caption={ts.chartTable}
            columns={[{ label: dimensionName(t, stats.rowsDimension) }, { label: unit ? `${ts.total} (${unit})` : ts.total, num: true }]}
            rows={stats.rows.map((r, i) => ({
              key: `${i}-${r.key}`,
              header: rowLabels[i] ?? r.label,
              cells: [<Figure key="v" value={stats.rowTotals[i]?.value ?? null} hidden={stats.rowTotals[i]?.hidden ?? false} money={stats.money} percent={stats.percent} threshold={stats.threshold} />],
            }))}
          />
        </>
      ) : null}
      <PrintButton />
      <Paragraph className="statistics-downloads no-print">
        <Link href={csv}>{ts.downloadCsv}</Link>
        <br />
        <Link href={xlsx}>{ts.downloadXlsx}</Link>
        <br />
        <span className="hint">{ts.downloadHint}</span>
      </Paragraph>
      <Paragraph className="statistics-downloads no-print">
        <Link href={followUpPdfUrl(association.id, year)}>{ts.yearReport(year)}</Link>
        <br />
        <span className="hint">{ts.yearReportHint}</span>
      </Paragraph>
    </section>
  );
}
