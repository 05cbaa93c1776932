import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { API_BASE, api, finsamPath, finsamSearch, followUpPdfUrl } from '../../api';
import { LazyChart } from '../../charts/LazyChart';
import type { Finsam, Figure as FigureData } from '../../api/followUpTypes';
import { formatDate, formatMoneyValue, formatPercent } from '../../format';
import { useI18n } from '../../i18n/I18nProvider';
import type { Association } from '../../api/types';
import { Checkbox, Heading, Link, Paragraph, PrintButton, Spinner, Tag, TextField } from '../../ui';
import { AssociationPage } from '../../layout/AssociationPage';
import { DataTable, type Column, type Row } from '../../tables/DataTable';
import { StatusMessage } from '../../forms/StatusMessage';
import { useFormErrors } from '../../forms/useFormErrors';
import { anyHidden, checkYear, defaultFinsamYear, figureBars, isEmptyFinsam, partyName } from './finsamView';
import { Figure } from '../../tables/HiddenFigure';
import { ReportMeta } from './ReportMeta';
import { barChartOption, headerLabel } from './statisticsView';
import { SubmitButtons } from '../../forms/SubmitButtons';
import { FormSection } from '../../forms/FormSection';

/** Uppföljning Finsam (view_association, every role): the year's figures for Försäkringskassan. */
export function FinsamPage() {
  const { t } = useI18n();
  return <AssociationPage title={t.finsam.title}>{(a) => <Content association={a} />}</AssociationPage>;
}

interface Shown {
  publish: boolean;
  finsam: Finsam;
}

function Content({ association }: { association: Association }) {
  const { t } = useI18n();
  const tf = t.finsam;
  const initialYear = String(defaultFinsamYear(formatDate(new Date())));
  const [year, setYear] = useState(initialYear);
  const [publish, setPublish] = useState(false);
  const [shown, setShown] = useState<Shown | null>(null);
  const form = useFormErrors(
    (f) => (f === 'year' ? { id: 'finsam-year', noun: tf.yearNoun } : f === 'publish' ? { id: 'finsam-publish', noun: tf.publish } : null),
    'finsam-year',
  );

  const load = (text: string, forPublication: boolean) => {
    void form.submit(checkYear(text), async () => {
      const finsam = await api.finsam(association.id, text.trim(), forPublication);
      setShown({ publish: forPublication, finsam });
    });
  };
  // Last year's figures at once.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- once a förbund, on arrival; the form's own submits load later ones
  useEffect(() => load(initialYear, false), [association.id]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    load(year, publish);
  };

  const empty = shown !== null && isEmptyFinsam(shown.finsam);
  return (
    <>
      <Paragraph className="no-print">{tf.intro}</Paragraph>
      <FormSection id="finsam-form-title" title={tf.formTitle} size="sm" sectionClass="no-print" formClass="filter-grid" summary={form.summary} onSubmit={onSubmit}>
        <TextField label={tf.year} description={tf.yearHint} inputMode="numeric" autoComplete="off" {...form.field('finsam-year', year, setYear)} />
        <div className="filter-grid__row">
          <Checkbox id="finsam-publish" label={tf.publish} description={tf.publishHint} checked={publish} onChange={(e) => setPublish(e.target.checked)} />
        </div>
        <SubmitButtons busy={form.busy} label={tf.apply} row />
      </FormSection>
      <StatusMessage text={empty && shown ? tf.empty(shown.finsam.year) : ''} />
      {form.busy && !shown ? <Spinner data-size="md" /> : null}
      {shown ? <Report association={association} shown={shown} empty={empty} /> : null}
    </>
  );
}

function Report({ association, shown, empty }: { association: Association; shown: Shown; empty: boolean }) {
  const { t } = useI18n();
  const tf = t.finsam;
  const ts = t.statistics;
  const f = shown.finsam;
  const csv = `${API_BASE}${finsamPath(association.id, '.csv')}?${finsamSearch(f.year, shown.publish)}`;
  const pdf = followUpPdfUrl(association.id, f.year);
  const hidden = anyHidden(f.individual) || anyHidden(f.structural);
  return (
    <section aria-labelledby="finsam-heading" className="statistics-result finsam">
      <Heading level={2} data-size="md" id="finsam-heading">
        {tf.heading(f.year)}
      </Heading>
      <ReportMeta association={association.name} from={`${f.year}-01-01`} to={`${f.year}-12-31`} />
      <Paragraph className="statistics-note">{f.suppressed ? ts.suppressed(f.threshold) : ts.exact}</Paragraph>
      <PrintButton />
      <Paragraph className="statistics-downloads no-print">
        <Link href={csv}>{tf.downloadCsv}</Link>
        <br />
        <Link href={pdf}>{tf.pdf(f.year)}</Link>
        <br />
        <span className="hint">{tf.downloadHint}</span>
      </Paragraph>
      {empty ? (
        <Paragraph>{tf.empty(f.year)}</Paragraph>
      ) : (
        <>
          {hidden ? <Paragraph className="hint">{ts.legend(f.threshold)}</Paragraph> : null}
          <Individual finsam={f} />
          <Structural finsam={f} />
          <Funds finsam={f} />
          <Equity finsam={f} limitBp={association.equityLimitBp ?? null} />
        </>
      )}
    </section>
  );
}

/** A Figure (insats × gender) as a table: the rows with their totals, and the grand total in the foot. */
function FigureTable({ id, caption, figure, threshold }: { id: string; caption: string; figure: FigureData; threshold: number }) {
  const { t } = useI18n();
  const fig = (value: number | null, hidden: boolean) => <Figure value={value} hidden={hidden} money={false} threshold={threshold} />;
  const columns: Column[] = [
    { label: t.finsam.insats },
    ...figure.columns.map((c) => ({ label: headerLabel(t, figure.columnsDimension, c), num: true })),
    { label: t.statistics.total, num: true },
  ];
  const rows: Row[] = figure.rows.map((r, i) => ({
    key: `${i}-${r.key}`,
    header: headerLabel(t, figure.rowsDimension, r),
    cells: [...r.values.map((v) => fig(v.value, v.hidden)), fig(r.total, r.totalHidden)],
  }));
  // The totals per gender and in all (for the participants each person once, so they can be less than the sums of the rows).
  const columnTotal = (j: number) => {
    const c = figure.columnTotals[j];
    return c ? fig(c.value, c.hidden) : '';
  };
  const foot: Row = { key: 'total', header: t.statistics.total, cells: [...figure.columns.map((_, j) => columnTotal(j)), fig(figure.total, figure.totalHidden)] };
  return <DataTable id={id} caption={caption} columns={columns} rows={rows} foot={foot} hideCaption />;
}

function Individual({ finsam: f }: { finsam: Finsam }) {
  const { t } = useI18n();
  const tf = t.finsam;
  const bars = useMemo(() => figureBars(f.individual), [f]);
  const description = tf.chartDescription(f.year);
  const option = useMemo(() => barChartOption(bars, { description, unit: '' }), [bars, description]);
  return (
    <section aria-labelledby="finsam-individual-title" className="finsam__part">
      <Heading level={3} data-size="sm" id="finsam-individual-title">
        {tf.individualTitle}
      </Heading>
      {f.individual.rows.length === 0 ? (
        <Paragraph>{tf.individualNone}</Paragraph>
      ) : (
        <>
          <FigureTable id="finsam-individual" caption={tf.individualCaption(f.year)} figure={f.individual} threshold={f.threshold} />
          <Paragraph className="hint">{tf.individualNote}</Paragraph>
          <LazyChart option={option} caption={tf.chartTitle} description={description} loading={t.statistics.chartLoading} />
          <DataTable
            id="finsam-chart-data"
            caption={tf.chartTable}
            columns={[{ label: tf.insats }, { label: t.statistics.total, num: true }]}
            rows={f.individual.rows.map((r, i) => ({
              key: `${i}-${r.key}`,
              header: r.label,
              cells: [<Figure key="v" value={r.total} hidden={r.totalHidden} money={false} threshold={f.threshold} />],
            }))}
          />
        </>
      )}
    </section>
  );
}

function Structural({ finsam: f }: { finsam: Finsam }) {
  const { t } = useI18n();
  const tf = t.finsam;
  return (
    <section aria-labelledby="finsam-structural-title" className="finsam__part">
      <Heading level={3} data-size="sm" id="finsam-structural-title">
        {tf.structuralTitle}
      </Heading>
      {f.structural.rows.length === 0 ? (
        <Paragraph>{tf.structuralNone}</Paragraph>
      ) : (
        <>
          <FigureTable id="finsam-structural" caption={tf.structuralCaption(f.year)} figure={f.structural} threshold={f.threshold} />
          <Paragraph className="hint">{tf.structuralNote}</Paragraph>
        </>
      )}
    </section>
  );
}

function Funds({ finsam: f }: { finsam: Finsam }) {
  const { t } = useI18n();
  const tf = t.finsam;
  const kr = (ore: number) => formatMoneyValue(ore, 'kr');
  return (
    <section aria-labelledby="finsam-funds-title" className="finsam__part">
      <Heading level={3} data-size="sm" id="finsam-funds-title">
        {tf.fundsTitle}
      </Heading>
      {f.funds.length === 0 ? (
        <Paragraph>{tf.fundsNone}</Paragraph>
      ) : (
        <DataTable
          id="finsam-funds"
          caption={tf.fundsCaption(f.year)}
          hideCaption
          columns={[{ label: tf.party }, { label: tf.budgeted, num: true }, { label: tf.received, num: true }]}
          rows={f.funds.map((row) => ({ key: row.party, header: partyName(t, row.party), cells: [kr(row.budgetedOre), kr(row.receivedOre)] }))}
          foot={{ key: 'total', header: t.statistics.total, cells: [kr(f.budgetedOre), kr(f.receivedOre)] }}
        />
      )}
    </section>
  );
}

function Equity({ finsam: f, limitBp }: { finsam: Finsam; limitBp: number | null }) {
  const { t } = useI18n();
  const tf = t.finsam;
  const te = t.equity;
  const e = f.equity;
  const kr = (ore: number) => formatMoneyValue(ore, 'kr');
  return (
    <section aria-labelledby="finsam-equity-title" className="finsam__part">
      <Heading level={3} data-size="sm" id="finsam-equity-title">
        {tf.equityTitle}
      </Heading>
      {e === null ? (
        <Paragraph>{tf.equityNone}</Paragraph>
      ) : (
        <>
          <DataTable
            id="finsam-equity"
            caption={tf.equityCaption(f.year)}
            hideCaption
            columns={[{ label: tf.equityItem }, { label: tf.amountKr, num: true }]}
            rows={[
              { key: 'opening', header: te.opening, cells: [kr(e.openingOre)] },
              { key: 'received', header: te.received, cells: [kr(e.receivedOre)] },
              { key: 'costs', header: te.costs, cells: [kr(e.costsOre)] },
              { key: 'result', header: te.result, cells: [kr(e.resultOre)] },
              { key: 'closing', header: te.closing, cells: [kr(e.closingOre)] },
            ]}
          />
          <Paragraph>
            {tf.equityShare(formatPercent(e.equityShareBp / 10_000))}
            {limitBp !== null ? <> {te.limit(formatPercent(limitBp / 10_000))}</> : null}
          </Paragraph>
          <Paragraph>
            {tf.equityFlag}:{' '}
            <Tag data-size="sm" data-color={e.flagged ? 'danger' : 'success'} id="finsam-equity-flag">
              {e.flagged ? te.flagged : te.notFlagged}
            </Tag>
          </Paragraph>
        </>
      )}
    </section>
  );
}
