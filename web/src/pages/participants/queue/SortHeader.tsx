import type { QueueSort } from '../../../participantsTypes';
import { Table } from '../../../ui';
import { useI18n } from '../../../i18n/I18nProvider';
import { ariaSort, type QueueView } from './queueQuery';

interface Props {
  view: QueueView;
  column: QueueSort;
  label: string;
  num?: boolean;
  onSort: (column: QueueSort) => void;
}

/** A column header whose button asks the server for that sort; aria-sort tells the current one. */
export function SortHeader({ view, column, label, num = false, onSort }: Props) {
  const { t } = useI18n();
  const sorted = ariaSort(view, column);
  return (
    <Table.HeaderCell scope="col" aria-sort={sorted} className={num ? 'num' : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(column)} title={t.queue.sortBy(label)}>
        {label}
        <span aria-hidden="true" className="sort-button__icon">
          {sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </Table.HeaderCell>
  );
}
