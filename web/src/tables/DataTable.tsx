import type { AriaAttributes, ReactNode } from 'react';
import { Table } from '../ui';

export interface Column {
  label: ReactNode;
  /** Right-aligned tabular numbers. */
  num?: boolean;
  /** More classes for the column's header and cells (`no-print`). */
  className?: string;
  /** Classes for the column's body cells only (`nowrap`). */
  cellClassName?: string;
  /** The order the rows are in by this column, when the table is sorted by it. */
  sort?: AriaAttributes['aria-sort'];
}

export interface Row {
  key: string | number;
  /** The row header (th scope="row"). */
  header: ReactNode;
  /** The other cells, in column order. */
  cells: ReactNode[];
}

interface Props {
  id: string;
  caption: ReactNode;
  columns: Column[];
  rows: Row[];
  foot?: Row | undefined;
  /** Which column holds the row headers (the first unless told). */
  rowHeaderColumn?: number;
  /** When a heading right above says the same: the caption stays for screen readers only. */
  hideCaption?: boolean;
  size?: 'sm';
  className?: string;
}

const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ') || undefined;

/** A captioned table with column and row headers, scrolling in its own focusable region when narrow. */
export function DataTable(props: Props) {
  const { id, caption, columns, rows, foot, rowHeaderColumn = 0, hideCaption = false, size, className = 'data-table' } = props;
  const bodyClass = (i: number) => {
    const c = columns[i];
    return classes(c?.num && 'num', c?.className, c?.cellClassName);
  };
  const renderRow = (row: Row) => {
    const cells = [...row.cells];
    cells.splice(rowHeaderColumn, 0, row.header);
    return (
      <Table.Row key={row.key}>
        {cells.map((cell, i) =>
          i === rowHeaderColumn ? (
            <Table.HeaderCell key={i} scope="row" className={classes(columns[i]?.className, columns[i]?.cellClassName)}>
              {cell}
            </Table.HeaderCell>
          ) : (
            <Table.Cell key={i} className={bodyClass(i)}>
              {cell}
            </Table.Cell>
          ),
        )}
      </Table.Row>
    );
  };
  return (
    <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <Table zebra border data-size={size} className={className} id={id}>
        <caption id={`${id}-caption`} className={hideCaption ? 'ds-sr-only' : undefined}>
          {caption}
        </caption>
        <Table.Head>
          <Table.Row>
            {columns.map((c, i) => (
              <Table.HeaderCell key={i} scope="col" aria-sort={c.sort} className={classes(c.num && 'num', c.className)}>
                {c.label}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>{rows.map(renderRow)}</Table.Body>
        {foot ? <tfoot>{renderRow(foot)}</tfoot> : null}
      </Table>
    </div>
  );
}
