import { formatCompact } from '../../lib/format';
import type { Locale } from '../../lib/locale';
import { lazyChart } from './lazy-chart';
import type { YearBarsProps } from './year-bars-chart';

const YearBarsChart = lazyChart(() => import('./year-bars-chart'));

interface Props extends Pick<YearBarsProps, 'data' | 'format' | 'narrow'> {
  /** The rows (groups, platforms…), each labelled by its key. */
  rows: readonly { key: string; label: string }[];
  years: readonly number[];
  locale: Locale;
}

/** One bar per year for each row, rows down the chart, the axis in compact figures: the charts by year of a breakdown. */
export function YearRowsChart({ data, rows, years, format, narrow, locale }: Props) {
  return (
    <YearBarsChart
      data={data}
      labels={new Map(rows.map((r) => [r.key, r.label]))}
      series={years.map((year) => ({ key: String(year), name: String(year) }))}
      layout="rows"
      format={format}
      axisFormat={(v) => formatCompact(v, locale)}
      narrow={narrow}
    />
  );
}
