import type { ReactNode } from 'react';
import { Table } from '../ui';

export interface Column {
  label: ReactNode;
  /** Right-aligned tabular numbers. */
  num?: boolean;
}

export interface Row {
  key: string | number;
  /** The row header (th scope="row"). */
  header: ReactNode;
  cells: ReactNode[];
}

interface Props {
  id: string;
  caption: ReactNode;
  /** The first column is the row headers' column. */
  columns: Column[];
  rows: Row[];
  foot?: Row | undefined;
  /** When a heading right above says the same: the caption stays for screen readers only. */
  hideCaption?: boolean;
}

/** A captioned table with column and row headers, scrolling in its own focusable region when narrow. */
export function DataTable({ id, caption, columns, rows, foot, hideCaption = false }: Props) {
  const cls = (i: number) => (columns[i + 1]?.num ? 'num' : undefined);
  const renderRow = (row: Row) => (
    <Table.Row key={row.key}>
      <Table.HeaderCell scope="row">{row.header}</Table.HeaderCell>
      {row.cells.map((cell, i) => (
        <Table.Cell key={i} className={cls(i)}>
          {cell}
        </Table.Cell>
      ))}
    </Table.Row>
  );
  return (
    <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <Table zebra border className="data-table" id={id}>
        <caption id={`${id}-caption`} className={hideCaption ? 'ds-sr-only' : undefined}>
          {caption}
        </caption>
        <Table.Head>
          <Table.Row>
            {columns.map((c, i) => (
              <Table.HeaderCell key={i} scope="col" className={c.num ? 'num' : undefined}>
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
