import { useI18n } from '../i18n/I18nProvider';
import { Button } from '@digdir/designsystemet-react';

interface Props {
  page: number;
  pages: number;
  onPage: (page: number) => void;
}

/** Previous/next buttons with "page x of y"; a button that cannot be used is aria-disabled, not removed. */
export function Pagination({ page, pages, onPage }: Props) {
  const { t } = useI18n();
  if (pages <= 1) return null;
  const go = (to: number) => () => {
    if (to >= 1 && to <= pages && to !== page) onPage(to);
  };
  return (
    <nav aria-label={t.common.pagination} className="pagination">
      <Button variant="secondary" data-size="sm" aria-disabled={page <= 1 || undefined} onClick={go(page - 1)}>
        {t.common.previous}
      </Button>
      <span className="pagination__page">{t.common.pageOf(page, pages)}</span>
      <Button variant="secondary" data-size="sm" aria-disabled={page >= pages || undefined} onClick={go(page + 1)}>
        {t.common.next}
      </Button>
    </nav>
  );
}
