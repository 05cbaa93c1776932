import { useEffect, useState, type FormEvent } from 'react';
import { API_BASE, api, memberValuePath, periodSearch } from '../../api';
import type { Figure as FigureData, MemberValue } from '../../api/followUpTypes';
import { formatDate, formatPercent } from '../../format';
import { useApiData } from '../../hooks/useApiData';
import { useI18n } from '../../i18n/I18nProvider';
import type { Association, Member } from '../../api/types';
import { Heading, Link, Paragraph, PrintButton, SelectField, Spinner, TextField } from '../../ui';
import { AssociationPage } from '../../layout/AssociationPage';
import { DataTable, type Column, type Row } from '../../tables/DataTable';
import { useFormErrors } from '../../forms/useFormErrors';
import { Checker } from '../../forms/validate';
import { WhatIfResult } from '../../shared/WhatIfResult';
import { LoadError } from '../../ui/LoadError';
import { Figure } from '../../tables/HiddenFigure';
import { ReportMeta } from './ReportMeta';
import { DEFAULT_FROM, DEFAULT_TO, dimensionName, headerLabel, measureName } from './statisticsView';
import { SubmitButtons } from '../../forms/SubmitButtons';
import { NamedOptions } from '../../forms/NamedOptions';

/** Medlemsnytta (view_money): what a member kommun gets for its contributions, always suppressed. */
export function MemberValuePage() {
  const { t } = useI18n();
  return <AssociationPage title={t.memberValue.title}>{(a) => <Content association={a} />}</AssociationPage>;
}

function Content({ association }: { association: Association }) {
  const { t } = useI18n();
  const members = useApiData((signal) => api.members(association.id, signal), association.id);
  if (members.status === 'loading') return <Spinner data-size="md" />;
  if (members.status === 'error') return <LoadError code={members.code} />;
  const kommuner = members.data.items.filter((m) => m.partyKind === 'kommun');
  if (kommuner.length === 0) return <Paragraph>{t.memberValue.noKommuner}</Paragraph>;
  return <ReportForm association={association} kommuner={kommuner} />;
}

interface Shown {
  from: string;
  to: string;
  report: MemberValue;
}

const TARGETS: Record<string, string> = { member: 'mv-member', memberId: 'mv-member', from: 'mv-from', to: 'mv-to' };

function ReportForm({ association, kommuner }: { association: Association; kommuner: Member[] }) {
  const { t } = useI18n();
  const tv = t.memberValue;
  const [memberId, setMemberId] = useState(String(kommuner[0]?.id ?? ''));
  const [from, setFrom] = useState(DEFAULT_FROM);
  const [to, setTo] = useState(DEFAULT_TO);
  const [shown, setShown] = useState<Shown | null>(null);
  const nouns: Record<string, string> = { member: tv.member.toLowerCase(), memberId: tv.member.toLowerCase(), from: tv.fromNoun, to: tv.toNoun };
  const form = useFormErrors((f) => (TARGETS[f] ? { id: TARGETS[f], noun: nouns[f] ?? f } : null), 'mv-member');

  const load = (id: string, periodFrom: string, periodTo: string) => {
    const c = new Checker().date('from', periodFrom).date('to', periodTo);
    void form.submit(c.errors, async () => {
      const f = periodFrom.trim();
      const tt = periodTo.trim();
      const report = await api.memberValue(Number(id), f, tt);
      setShown({ from: f, to: tt, report });
    });
  };
  // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on arrival, for the member and period in the address
  useEffect(() => load(memberId, from, to), []);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    load(memberId, from, to);
  };

  return (
    <>
      <Paragraph className="no-print">{tv.intro}</Paragraph>
      <form className="form filter-grid no-print" noValidate onSubmit={onSubmit}>
        {form.summary}
        <SelectField label={tv.member} {...form.field('mv-member', memberId, setMemberId)}>
          <NamedOptions items={kommuner} />
        </SelectField>
        <TextField label={tv.from} description={t.money.dateHint} {...form.field('mv-from', from, setFrom)} />
        <TextField label={tv.to} description={t.money.dateHint} {...form.field('mv-to', to, setTo)} />
        <SubmitButtons busy={form.busy} label={tv.apply} row />
      </form>
      {form.busy && !shown ? <Spinner data-size="md" /> : null}
      <div aria-live="polite">{shown ? <Report association={association} shown={shown} /> : null}</div>
    </>
  );
}

function Report({ association, shown }: { association: Association; shown: Shown }) {
  const { t } = useI18n();
  const tv = t.memberValue;
  const r = shown.report;
  const fig = (value: number | null, money: boolean) => <Figure value={value} hidden={value === null} money={money} threshold={r.threshold} />;
  const pdf = `${API_BASE}${memberValuePath(r.memberId, '.pdf')}?${periodSearch(shown.from, shown.to)}`;
  const share = r.allContributionsOre > 0 ? formatPercent(r.contributionsOre / r.allContributionsOre) : null;
  return (
    <section aria-labelledby="mv-heading" className="member-value">
      <Heading level={2} data-size="md" id="mv-heading">
        {tv.heading(r.name)}, {formatDate(r.from)}–{formatDate(r.to)}
      </Heading>
      <ReportMeta association={association.name} from={r.from} to={r.to} kommun={r.name} />
      <Paragraph className="no-print">
        <Link href={pdf}>{tv.pdf}</Link> <span className="hint">{tv.pdfHint}</span>
      </Paragraph>
      <PrintButton />
      <DataTable
        id="mv-summary"
        caption={tv.summary}
        columns={[{ label: tv.figure }, { label: tv.kommunen, num: true }, { label: tv.förbundet, num: true }]}
        rows={[
          { key: 'contributions', header: tv.contributions, cells: [fig(r.contributionsOre, true), fig(r.allContributionsOre, true)] },
          { key: 'persons', header: tv.persons, cells: [fig(r.persons, false), fig(r.allPersons, false)] },
          { key: 'cost', header: tv.costPerPerson, cells: [fig(r.costPerPersonOre, true), fig(r.allCostPerPersonOre, true)] },
        ]}
      />
      {share ? <Paragraph>{tv.contributionsShare(share)}</Paragraph> : null}
      <Heading level={2} data-size="md">
        {tv.figures}
      </Heading>
      <Paragraph className="hint">{t.statistics.legend(r.threshold)}</Paragraph>
      {r.figures.map((f, i) => (
        <FigureTable key={`${i}-${f.measure}`} id={`mv-figure-${i}`} figure={f} threshold={r.threshold} />
      ))}
      <Heading level={2} data-size="md">
        {tv.whatIf}
      </Heading>
      {r.withdrawal ? <WhatIfResult result={r.withdrawal} /> : <Paragraph>{tv.noWhatIf}</Paragraph>}
    </section>
  );
}

const MONEY_MEASURES = new Set(['cost_per_participation', 'cost_per_person']);

function FigureTable({ id, figure: f, threshold }: { id: string; figure: FigureData; threshold: number }) {
  const { t } = useI18n();
  const ts = t.statistics;
  const money = MONEY_MEASURES.has(f.measure);
  const fig = (value: number | null, hidden: boolean) => <Figure value={value} hidden={hidden} money={money} threshold={threshold} />;
  const withColumns = f.columnsDimension !== 'none';
  const caption =
    f.rowsDimension === 'none'
      ? measureName(t, f.measure, f.measureLabel)
      : `${measureName(t, f.measure, f.measureLabel)} – ${dimensionName(t, f.rowsDimension).toLowerCase()}`;
  const columns: Column[] = [
    { label: f.rowsDimension === 'none' ? ts.measure : dimensionName(t, f.rowsDimension) },
    ...(withColumns ? f.columns.map((c) => ({ label: headerLabel(t, f.columnsDimension, c), num: true })) : []),
    { label: ts.total, num: true },
  ];
  const rows: Row[] =
    f.rowsDimension === 'none'
      ? [{ key: 'total', header: measureName(t, f.measure, f.measureLabel), cells: [fig(f.total, f.totalHidden)] }]
      : f.rows.map((row, i) => ({
          key: `${i}-${row.key}`,
          header: headerLabel(t, f.rowsDimension, row),
          cells: [...(withColumns ? row.values.map((v) => fig(v.value, v.hidden)) : []), fig(row.total, row.totalHidden)],
        }));
  const columnTotal = (j: number) => {
    const c = f.columnTotals[j];
    return c ? fig(c.value, c.hidden) : '';
  };
  const foot: Row | undefined =
    f.rowsDimension === 'none'
      ? undefined
      : { key: 'total', header: ts.total, cells: [...(withColumns ? f.columns.map((_, j) => columnTotal(j)) : []), fig(f.total, f.totalHidden)] };
  return <DataTable id={id} caption={caption} columns={columns} rows={rows} foot={foot} />;
}
