/** Sizes of a BarRows chart, apart from the chart itself: panels reserve its height without loading recharts. */
export const ROW_HEIGHT = 52;

/** Height of a BarRows chart with this many rows (fixed before render, so nothing shifts). */
export const barRowsHeight = (rows: number) => rows * ROW_HEIGHT + 8;
