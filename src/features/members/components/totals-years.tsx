import { ChartFrame } from '../../../components/ui/chart-frame';
import { lazyChart } from '../../../components/ui/lazy-chart';
import { lastChange, yearColumns, yearRowOf, type YearTable } from '../../../data/years';
import { yearsTable } from '../../../components/ui/years-table';
import { formatCompact, formatNumber, formatSignedPercent, formatValue } from '../../../lib/format';
import { useMessages } from '../../../lib/i18n';
import { useMembers } from '../hooks/use-members';
import { useNarrow } from '../../../lib/use-narrow';
import { membersYearMessages } from '../year-messages';
import { totalsWithYears } from '../utils/year-on-year';
import { useSeriesChoice } from '../../../store/use-series-choice';
import { TOTAL_SLUGS } from '../utils/year-params';
import { YearSwitch } from './year-switch';
import { useSourceText } from './use-source-text';

const YearBarsChart = lazyChart(() => import('../../../components/ui/year-bars-chart'));

/** The member totals over the years, one total at a time (chosen in the toolbar); the table has them all. */
export function TotalsYears({ table, headingLevel = 3 }: { table: YearTable; headingLevel?: 2 | 3 }) {
  const t = useMessages(membersYearMessages);
  const { all, sources, locale } = useMembers();
  const narrow = useNarrow();
  const available = totalsWithYears(table);
  const { value: metric, choose } = useSeriesChoice(available, TOTAL_SLUGS);
  const row = metric ? yearRowOf(table, metric) : undefined;
  const facts = all.filter((f) => !f.dimensions && available.some((m) => m === f.metric) && table.years.includes(f.year));
  const source = useSourceText(facts, sources);
  if (!metric || !row) return null;

  const value = (v: number) => formatValue(v, row.unit, locale);
  const first = row.points[0]!;
  const last = row.points.at(-1)!;
  const change = lastChange(row);
  const title = t.totalsTitle(row.label, value(first.value), String(first.year), value(last.value), String(last.year), change === null ? '—' : formatSignedPercent(change, locale));
  const summary = t.totalsSummary(row.label, row.points.map((p) => `${p.year} ${value(p.value)}`).join(', '));
  const options = available.map((m) => ({ value: m, label: yearRowOf(table, m)!.label }));
  const toolbar = <YearSwitch label={t.series} options={options} value={metric} onChange={choose} />;
  const labels = new Map(row.points.map((p) => [String(p.year), String(p.year)]));

  return (
    <ChartFrame headingLevel={headingLevel} title={title} summary={summary} source={source} table={yearsTable(table, t.col)} height={{ wide: 300, narrow: 300 }} toolbar={toolbar}>
      <YearBarsChart
        data={yearColumns(row)}
        labels={labels}
        series={[{ key: 'value', name: row.label }]}
        layout="columns"
        format={(v) => formatNumber(v, locale)}
        axisFormat={(v) => formatCompact(v, locale)}
        narrow={narrow}
      />
    </ChartFrame>
  );
}

/** The totals' chart by year on a slide of its own (the tiles fill theirs); nothing with one year. */
export function TotalsYearsSlide() {
  const { totalsYears: table } = useMembers();
  return table ? <TotalsYears table={table} headingLevel={2} /> : null;
}
