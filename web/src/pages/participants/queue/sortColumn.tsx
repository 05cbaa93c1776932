import type { QueueSort } from '../../../api/participantsTypes';
import type { Column } from '../../../tables/DataTable';
import { useI18n } from '../../../i18n/I18nProvider';
import { ariaSort, type QueueView } from './queueQuery';

interface Props {
  column: QueueSort;
  label: string;
  sorted: ReturnType<typeof ariaSort>;
  onSort: (column: QueueSort) => void;
}

/** A column header's button that asks the server for that sort; the header's aria-sort tells the current one. */
function SortButton({ column, label, sorted, onSort }: Props) {
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

/** A DataTable column sorted by the server: its header is a sort button with aria-sort. */
export function sortColumn(view: QueueView, column: QueueSort, label: string, onSort: (column: QueueSort) => void, num = false): Column {
  const sorted = ariaSort(view, column);
  return { label: <SortButton column={column} label={label} sorted={sorted} onSort={onSort} />, num, sort: sorted };
}
