import type { ReactNode } from "react";
import { SortHeader } from "./SortHeader.tsx";

/** One column of a list table: its header, its cell, and the field it sorts by (if sortable). */
export interface ListColumn<T> {
  label: string;
  /** The API's sort field; the header becomes a sort button when set. */
  sort?: string;
  className?: string;
  cell: (item: T) => ReactNode;
}

/** A scrolling table of list items, one row per item, with sortable column headers. */
export function ListTable<T extends { id: string }>(props: {
  items: T[];
  columns: ListColumn<T>[];
  sort: string;
  onSort: (sort: string) => void;
}) {
  return (
    <div className="table-scroll">
      <table>
        <thead>
          <tr>
            {props.columns.map((column) =>
              column.sort ? (
                <SortHeader
                  key={column.label}
                  field={column.sort}
                  label={column.label}
                  sort={props.sort}
                  onSort={props.onSort}
                />
              ) : (
                <th key={column.label} scope="col">
                  {column.label}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {props.items.map((item) => (
            <tr key={item.id}>
              {props.columns.map((column) => (
                <td key={column.label} className={column.className}>
                  {column.cell(item)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
