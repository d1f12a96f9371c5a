/** One bar of a labelled horizontal bar chart: the chart draws it, the label and the formatted value are ready. */
export interface BarRow {
  key: string;
  label: string;
  /** Null draws no bar and shows `display` (e.g. "n.d.") next to the label. */
  value: number | null;
  display: string;
  /** Computed rather than stated: drawn with a hatch pattern, not colour alone. */
  computed?: boolean;
}
