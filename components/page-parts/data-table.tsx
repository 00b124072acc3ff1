import type { ReactNode } from "react";

type Column = ReactNode | { label: ReactNode; className: string };

const isLabelled = (column: Column): column is { label: ReactNode; className: string } =>
  typeof column === "object" && column !== null && "label" in column;

const densities = {
  /** Most admin and public tables. */
  normal: {
    table: "w-full border-collapse text-left text-sm",
    cell: "py-2 pr-4",
    lastCell: "py-2",
    headRow: "border-b border-slate-300",
    body: undefined,
  },
  /** The reach figures: many narrow numeric columns. */
  compact: {
    table: "min-w-full border-collapse text-left text-sm",
    cell: "px-2 py-1.5",
    lastCell: "px-2 py-1.5",
    headRow: "border-b border-slate-300 align-bottom",
    body: undefined,
  },
  padded: {
    table: "w-full border-collapse text-left text-sm",
    cell: "px-2 py-2",
    lastCell: "px-2 py-2",
    headRow: "border-b border-slate-300",
    body: undefined,
  },
  /** Rows of forms (the user list): a minimum width, so the controls scroll rather than wrap on a phone. */
  wide: {
    table: "w-full min-w-[48rem] text-left text-sm",
    cell: "py-2 pr-3",
    lastCell: "py-2",
    headRow: "border-b border-slate-300",
    body: "divide-y divide-slate-200",
  },
} as const;

/**
 * A table that scrolls sideways on a phone, with a caption for screen readers and one header row; the rows
 * (`<tr>`s) are the page's own. A column given as `{ label, className }` sets its header cell's classes.
 */
export function DataTable({
  caption,
  columns,
  density = "normal",
  children,
}: {
  caption: string;
  columns: Column[];
  density?: keyof typeof densities;
  children: ReactNode;
}) {
  const classes = densities[density];
  return (
    <div className="overflow-x-auto">
      <table className={classes.table}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className={classes.headRow}>
            {columns.map((column, index) => (
              <th
                key={index}
                scope="col"
                className={
                  isLabelled(column) ? column.className : index === columns.length - 1 ? classes.lastCell : classes.cell
                }
              >
                {isLabelled(column) ? column.label : column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={classes.body}>{children}</tbody>
      </table>
    </div>
  );
}
