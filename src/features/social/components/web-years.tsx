import { ChartFrame } from '../../../components/ui/chart-frame';
import { lazyChart } from '../../../components/ui/lazy-chart';
import { lastChange, yearColumns, yearRowOf, type YearTable } from '../../../data/years';
import { yearsTable } from '../../../components/ui/years-table';
import { formatCompact, formatNumber, formatSignedPercent, formatValue } from '../../../lib/format';
import { useMessages } from '../../../lib/i18n';
import { useCommunication } from '../hooks/use-communication';
import { useNarrow } from '../../../lib/use-narrow';
import { useSeriesChoice } from '../../../store/use-series-choice';
import { WEB_SLUGS } from '../utils/params';
import { webWithYears, type WebMetric } from '../utils/years-view';
import { socialYearMessages } from '../year-messages';
import { MetricSwitch } from './metric-switch';

const YearBarsChart = lazyChart(() => import('../../../components/ui/year-bars-chart'));

/** The website, newsletter and magazine figures over the years, one at a time (chosen in the toolbar); the table has them all. */
export function WebYears({ table, headingLevel = 3 }: { table: YearTable; headingLevel?: 2 | 3 }) {
  const y = useMessages(socialYearMessages);
  const { locale, all, source } = useCommunication();
  const narrow = useNarrow();
  const available = webWithYears(table);
  const { value: metric, rejected, choose } = useSeriesChoice(available, WEB_SLUGS);
  const row = metric ? yearRowOf(table, metric) : undefined;
  if (!metric || !row) return null;

  const facts = all.filter((f) => !f.dimensions && available.some((m) => m === f.metric) && table.years.includes(f.year));
  const value = (v: number) => formatValue(v, row.unit, locale);
  const [first, last] = [row.points[0]!, row.points.at(-1)!];
  const pct = lastChange(row);
  const change = pct === null ? '—' : formatSignedPercent(pct, locale);
  const title = y.webTitle(row.label, value(first.value), String(first.year), value(last.value), String(last.year), change);
  const summary = y.webSummary(row.label, row.points.map((p) => `${p.year} ${value(p.value)}`).join(', '));
  const options = available.map((m) => ({ value: m, label: yearRowOf(table, m)!.label }));
  const toolbar = <MetricSwitch<WebMetric> label={y.series} options={options} value={metric} onChange={choose} />;

  return (
    <>
      {rejected && <p className="social-note" role="status">{y.rejected(rejected, row.label)}</p>}
      <ChartFrame headingLevel={headingLevel} title={title} summary={summary} source={source(facts)} table={yearsTable(table, y.col)} height={{ wide: 300, narrow: 300 }} toolbar={toolbar}>
        <YearBarsChart
          data={yearColumns(row)}
          labels={new Map(row.points.map((p) => [String(p.year), String(p.year)]))}
          series={[{ key: 'value', name: row.label }]}
          layout="columns"
          format={(v) => formatNumber(v, locale)}
          axisFormat={(v) => formatCompact(v, locale)}
          narrow={narrow}
        />
      </ChartFrame>
    </>
  );
}

/** The chart by year on a slide of its own (the tiles fill theirs); nothing with one year. */
export function WebYearsSlide() {
  const { webYears: table } = useCommunication();
  return table ? <WebYears table={table} headingLevel={2} /> : null;
}
