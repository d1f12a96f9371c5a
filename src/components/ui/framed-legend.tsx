import { Legend, type LegendProps } from 'recharts';
import { useChartLegendSlot } from './chart-legend';

/**
 * recharts' Legend, drawn in the row its ChartFrame keeps above the chart (chart-legend.ts) instead
 * of inside the chart. Apart from chart-legend.ts, which ChartFrame imports, so that the frame does
 * not bring recharts with it.
 */
export function FramedLegend(props: Omit<LegendProps, 'portal'>) {
  return <Legend {...props} portal={useChartLegendSlot()} />;
}
