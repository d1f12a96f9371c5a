import type { Unit } from '../../data/schema';

/** The data behind a chart, as a table: the accessible alternative and the CSV export share it. */
export interface TableColumn {
  key: string;
  label: string;
  /** Numeric columns are right-aligned and formatted with lib/format (raw numbers stay in the model). */
  unit?: Unit | 'number';
}

export type TableCell = string | number | null;

export interface TableModel {
  columns: TableColumn[];
  rows: Record<string, TableCell>[];
}
