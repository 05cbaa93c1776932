import type { ImportKind, ImportReport } from '../../api/importApi';
import { formatNumber } from '../../format';
import { useI18n } from '../../i18n/I18nProvider';
import { Section } from '../../layout/Section';
import { Paragraph, Table } from '../../ui';
import { problemPlace, problemText } from './importView';

/** What the check found: the counts, and every problem by row and column (the first 500). */
export function ImportReportView({ kind, report }: { kind: ImportKind; report: ImportReport }) {
  const { t } = useI18n();
  const ti = t.historyImport;
  const tk = ti.insatser;
  const tb = ti.budgets;
  return (
    <>
      <Section id="import-summary-title" title={report.imported ? ti.importedTitle : ti.summaryTitle}>
        <dl className="facts">
          <div className="facts__row">
            <dt>{ti.rows}</dt>
            <dd>{formatNumber(report.rows)}</dd>
          </div>
          {kind === 'budgets' ? (
            <div className="facts__row">
              <dt>{tb.toImport}</dt>
              <dd>{formatNumber(report.toImport)}</dd>
            </div>
          ) : kind === 'insatser' ? (
            <>
              <div className="facts__row">
                <dt>{tk.toImport}</dt>
                <dd>{formatNumber(report.toImport)}</dd>
              </div>
              <div className="facts__row">
                <dt>{tk.budgetYears}</dt>
                <dd>{formatNumber(report.budgetYears)}</dd>
              </div>
            </>
          ) : (
            <div className="facts__row">
              <dt>{ti.toImport}</dt>
              <dd>
                {formatNumber(report.toImport)} ({ti.withConsent} {formatNumber(report.withConsent)})
              </dd>
            </div>
          )}
          <div className="facts__row">
            <dt>{kind === 'insatser' ? tk.alreadyImported : kind === 'budgets' ? tb.alreadyImported : ti.alreadyImported}</dt>
            <dd>{formatNumber(report.alreadyImported)}</dd>
          </div>
          <div className="facts__row">
            <dt>{ti.problemCount}</dt>
            <dd>{formatNumber(report.problemCount)}</dd>
          </div>
        </dl>
      </Section>
      {report.problemCount > 0 ? (
        <Section id="import-problems-title" title={ti.problemsTitle} intro={ti.problemsIntro}>
          {report.problems.length < report.problemCount ? <Paragraph>{ti.problemsShown(report.problems.length, report.problemCount)}</Paragraph> : null}
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="import-problems-title">
            <Table data-size="sm" className="import-problems">
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{ti.row}</Table.HeaderCell>
                  <Table.HeaderCell>{ti.column}</Table.HeaderCell>
                  <Table.HeaderCell>{ti.problem}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {report.problems.map((p, i) => {
                  const place = problemPlace(t, p.row, p.column);
                  return (
                    <Table.Row key={`${p.row}-${p.field}-${i}`}>
                      <Table.Cell>{place.row}</Table.Cell>
                      <Table.Cell>{place.column}</Table.Cell>
                      <Table.Cell>{problemText(t, p.field, p.code, kind)}</Table.Cell>
                    </Table.Row>
                  );
                })}
              </Table.Body>
            </Table>
          </div>
        </Section>
      ) : null}
    </>
  );
}
