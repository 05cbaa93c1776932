import { formatDateTime } from '../../../format';
import { useI18n } from '../../../i18n/I18nProvider';
import type { AccessEntry } from '../../../api/participantsTypes';
import { Paragraph } from '../../../ui';
import { actionName } from '../../../i18n/auditFields';
import { DataTable } from '../../../tables/DataTable';
import { NoValue } from '../../../tables/NoValue';
import { Section } from '../../../layout/Section';

/** "Vem har sett eller ändrat": the person's access history, newest first. */
export function AccessLogTable({ entries }: { entries: AccessEntry[] }) {
  const { t } = useI18n();
  const tp = t.person;
  const view = (v: string) => {
    const [kind = '', ...rest] = v.split(' ');
    if (kind === '') return <NoValue label={t.money.none} />;
    return [tp.views[kind] ?? kind, ...rest].join(' ');
  };
  const sorted = [...entries].sort((a, b) => b.at - a.at);
  return (
    <Section id="access-title" title={tp.accessTitle} intro={tp.accessIntro}>
      <Paragraph className="hint">{tp.accessCount(entries.length)}</Paragraph>
      <DataTable
        id="access-log"
        caption={tp.accessCaption}
        hideCaption
        columns={[{ label: tp.at }, { label: tp.user }, { label: tp.action }, { label: tp.view }, { label: tp.address }]}
        rows={sorted.map((e, i) => ({
          key: `${e.at}:${i}`,
          header: <span className="nowrap">{formatDateTime(e.at)}</span>,
          cells: [e.username, tp.actions[e.action] ?? actionName(t, e.action), view(e.view), e.clientAddress],
        }))}
      />
    </Section>
  );
}
