import { useState, type ReactNode } from 'react';
import { formatDate, formatDateTime } from '../../../format';
import { useI18n } from '../../../i18n/I18nProvider';
import type { RegisterExtract } from '../../../api/privacyTypes';
import { Button, Heading, Paragraph, Tag } from '../../../ui';
import { DataTable } from '../../../tables/DataTable';
import { NoValue } from '../../../tables/NoValue';

/** The register extract as the page shows it: the person, referrals, participations, and who read what. */
export function ExtractView({ extract, onPdf }: { extract: RegisterExtract; onPdf: () => Promise<void> }) {
  const { t } = useI18n();
  const td = t.dataSubject;
  const tp = t.person;
  const [busy, setBusy] = useState(false);
  const p = extract.person;
  const insats = (id: number) => extract.insatsNames[String(id)] ?? String(id);
  const none = <NoValue label={t.money.none} />;
  const corrections = p.participations.flatMap((x) => (x.corrections ?? []).map((c) => ({ insatsId: x.insatsId, correction: c })));
  const pnr = p.personnummer ? `${p.personnummer.slice(0, 8)}-${p.personnummer.slice(8)}` : null;
  const facts: [string, ReactNode][] = [
    [td.personnummer, pnr ?? td.identityRemoved],
    [td.name, p.name || none],
    [tp.gender, tp.genders[p.gender] ?? p.gender],
    [td.birthYear, p.birthYear],
    [td.kommun, p.kommunCode || none],
    [
      td.restriction,
      p.restricted ? (
        <Tag data-color="warning" data-size="sm">
          {td.restricted}
        </Tag>
      ) : (
        td.notRestricted
      ),
    ],
  ];
  return (
    <section aria-labelledby="extract-title" className="form-section">
      <Heading level={2} data-size="md" id="extract-title">
        {td.extractTitle(p.name || td.noName)}
      </Heading>
      <Paragraph>
        {td.extractIntro(extract.controllers.map((c) => c.name).join(', '), formatDateTime(extract.madeAt))}
      </Paragraph>
      <div>
        <Button
          variant="secondary"
          aria-disabled={busy || undefined}
          onClick={() => {
            if (busy) return;
            setBusy(true);
            void onPdf().finally(() => setBusy(false));
          }}
        >
          {td.pdf}
        </Button>
      </div>
      <dl className="facts">
        {facts.map(([label, value]) => (
          <div className="facts__row" key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <DataTable
        id="extract-referrals"
        caption={td.referralsCaption(p.referrals.length)}
        columns={[{ label: td.insats }, { label: td.referredOn }, { label: td.state }, { label: td.decidedOn }]}
        rows={p.referrals.map((r) => ({
          key: r.id,
          header: insats(r.insatsId),
          cells: [formatDate(r.referredOn), t.referrals.states[r.state] ?? r.state, r.decidedOn ? formatDate(r.decidedOn) : none],
        }))}
      />
      <DataTable
        id="extract-participations"
        caption={td.participationsCaption(p.participations.length)}
        columns={[{ label: td.insats }, { label: td.startedOn }, { label: td.endedOn }]}
        rows={p.participations.map((x) => ({
          key: x.id,
          header: insats(x.insatsId),
          cells: [formatDate(x.startedOn), x.endedOn ? formatDate(x.endedOn) : td.ongoing],
        }))}
      />
      {corrections.length > 0 ? (
        <DataTable
          id="extract-corrections"
          caption={td.correctionsCaption(corrections.length)}
          columns={[{ label: td.insats }, { label: t.person.correction.correctedOn }, { label: t.person.correction.reasonColumn }]}
          rows={corrections.map(({ insatsId, correction: c }) => ({
            key: c.id,
            header: insats(insatsId),
            cells: [formatDate(c.correctedOn), c.reason === '' ? none : c.reason],
          }))}
        />
      ) : null}
      <DataTable
        id="extract-access"
        caption={td.accessCaption(extract.accessLog.length)}
        columns={[{ label: tp.at }, { label: tp.user }, { label: tp.view }]}
        rows={extract.accessLog.map((e, i) => ({
          key: `${e.at}-${i}`,
          header: <span className="nowrap">{formatDateTime(e.at)}</span>,
          cells: [e.username, td.views[e.view] ?? tp.views[e.view] ?? td.actions[e.action] ?? e.action],
        }))}
      />
    </section>
  );
}
