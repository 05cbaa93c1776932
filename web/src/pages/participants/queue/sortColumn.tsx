import type { Column } from '../../../tables/DataTable';
import { useI18n } from '../../../i18n/I18nProvider';
import { ariaSort, type Order } from './queueQuery';

interface Props<S extends string> {
  column: S;
  label: string;
  sorted: ReturnType<typeof ariaSort>;
  onSort: (column: S) => void;
}

/** A column header's button that asks for that sort; the header's aria-sort tells the current one. */
function SortButton<S extends string>({ column, label, sorted, onSort }: Props<S>) {
  const { t } = useI18n();
  return (
    <button type="button" className="sort-button" onClick={() => onSort(column)} title={t.queue.sortBy(label)}>
      {label}
      <span aria-hidden="true" className="sort-button__icon">
        {sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}
      </span>
    </button>
  );
}

/** A DataTable column sorted by one column (the queue's on the server, the caseload's here): its header is a sort button with aria-sort. */
export function sortColumn<S extends string>(
  view: { sort: S; order: Order },
  column: S,
  label: string,
  onSort: (column: S) => void,
  num = false,
): Column {
  const sorted = ariaSort(view, column);
  return { label: <SortButton column={column} label={label} sorted={sorted} onSort={onSort} />, num, sort: sorted };
}
