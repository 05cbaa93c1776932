import { api } from '../../api';
import { formatDate } from '../../format';
import { useApiData } from '../../hooks/useApiData';
import { useI18n } from '../../i18n/I18nProvider';
import { paths } from '../../routes';
import { usePermission } from '../../session/usePermission';
import { AppLink, Heading, Paragraph } from '../../ui';
import { Figure } from '../followUp/HiddenFigure';

/** A small figure block for roles with view_association: participations started this year (suppressed as the server decides). */
export function StartFigures({ associationId }: { associationId: number }) {
  const allowed = usePermission('view_association', associationId);
  return allowed ? <Figures associationId={associationId} /> : null;
}

function Figures({ associationId }: { associationId: number }) {
  const { t } = useI18n();
  const ts = t.statistics;
  const today = formatDate(new Date());
  const year = Number(today.slice(0, 4));
  const query = { measure: 'participations', rows: 'none', columns: 'gender', from: `${year}-01-01`, to: today, publish: false, kommun: '' };
  const stats = useApiData((signal) => api.statistics(associationId, query, signal), `${associationId}-${today}`);
  // The block is a bonus: say nothing when the figure cannot be had.
  if (stats.status !== 'ok') return null;
  const s = stats.data;
  return (
    <section aria-labelledby="start-figures-title" className="start-figures">
      <Heading level={2} data-size="sm" id="start-figures-title">
        {ts.startTitle}
      </Heading>
      <Paragraph className="start-figure">
        {ts.startParticipations(year)}:{' '}
        <strong id="start-participations">
          <Figure value={s.empty ? 0 : s.total.value} hidden={s.total.hidden} money={false} threshold={s.threshold} />
        </strong>
      </Paragraph>
      {s.total.hidden ? <Paragraph className="hint">{ts.legend(s.threshold)}</Paragraph> : null}
      <Paragraph>
        <AppLink to={paths.statistics}>{ts.startMore}</AppLink>
      </Paragraph>
    </section>
  );
}
