import { formatDate } from '../../format';
import { useI18n } from '../../i18n/I18nProvider';
import type { Association } from '../../api/types';

export function AssociationFacts({ association }: { association: Association }) {
  const { t } = useI18n();
  return (
    <dl className="facts" aria-label={t.start.facts}>
      <div className="facts__row">
        <dt>{t.start.orgNumber}</dt>
        <dd>{association.orgNumber}</dd>
      </div>
      <div className="facts__row">
        <dt>{t.start.seat}</dt>
        <dd>{association.seat}</dd>
      </div>
      <div className="facts__row">
        <dt>{t.start.formedOn}</dt>
        <dd>{formatDate(association.formedOn)}</dd>
      </div>
    </dl>
  );
}
