import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../../components/ui/chart-frame';
import { prefersReducedMotion, useThemeColours } from '../../../lib/colours';
import { formatNumber, formatPercent } from '../../../lib/format';
import { useLocale, useMessages } from '../../../lib/i18n';
import { useNarrow } from '../hooks/use-narrow';
import { scorecardMessages } from '../messages';
import { STATUSES } from '../utils/params';
import { areaTable, rateExtremes, type AreaCounts, type StatusCounts } from '../utils/status-summary';
import { SegmentLabel } from './segment-label';
import { WrappedTick } from './wrapped-tick';

/** Stacked horizontal bars: achieved / not achieved / not stated per strategic area, counts written in the bars. */
export function AreaStatusChart({ rows, overall, source }: { rows: AreaCounts[]; overall: StatusCounts; source: string }) {
  const t = useMessages(scorecardMessages);
  const locale = useLocale();
  const colours = useThemeColours();
  const narrow = useNarrow();
  const pct = (v: number | null) => (v === null ? '—' : formatPercent(v, locale, 1));
  const ext = rateExtremes(rows);
  const title = !ext
    ? t.rateNone
    : ext.best === ext.worst
      ? t.areaFindingOne(ext.best.name, pct(ext.best.rate))
      : t.areaFinding(ext.best.name, pct(ext.best.rate), ext.worst.name, pct(ext.worst.rate));
  const n = (v: number) => formatNumber(v, locale);
  const summary = t.areaSummary(rows.map((r) => t.areaPart(`${r.code} ${r.name}`, n(r.achieved), n(r.not_achieved), n(r.not_stated))).join('; '));
  const table = areaTable(rows, overall, {
    area: t.areaCol, ...t.statusPlural, total: t.indicatorsCol, rate: t.rate, totalRow: t.total,
  });
  const fill = { achieved: colours.up, not_achieved: colours.down, not_stated: colours.muted };
  const data = rows.map((r) => ({ ...r, label: `${r.code} ${r.name}` }));
  const rowHeight = narrow ? 64 : 52;
  const height = (narrow ? 94 : 70) + rows.length * rowHeight;
  return (
    <ChartFrame title={title} summary={summary} source={source} table={table} height={height} headingLevel={3}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" accessibilityLayer={false} margin={{ top: 4, right: 12, bottom: 4, left: 4 }} barCategoryGap="22%">
          <defs>
            <pattern id="sc-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill={fill.not_achieved} />
              <line x1="0" y1="0" x2="0" y2="6" stroke={colours.surface} strokeOpacity="0.35" strokeWidth="2" />
            </pattern>
          </defs>
          <CartesianGrid horizontal={false} stroke={colours.grid} />
          <XAxis type="number" allowDecimals={false} tickFormatter={(v: number) => n(v)} stroke={colours.muted} tick={{ fill: colours.text }} />
          <YAxis
            type="category"
            dataKey="label"
            width={narrow ? 118 : 250}
            stroke={colours.muted}
            interval={0}
            tick={<WrappedTick fill={colours.text} max={narrow ? 15 : 30} maxLines={narrow ? 4 : 2} fontSize={narrow ? 11 : 13} />}
          />
          <Tooltip formatter={(v) => n(Number(v))} itemSorter={(item) => STATUSES.indexOf(item.dataKey as (typeof STATUSES)[number])} cursor={{ fill: colours.grid, fillOpacity: 0.4 }} />
          <Legend verticalAlign="top" height={narrow ? 56 : 32} itemSorter={null} />
          {STATUSES.map((st) => (
            <Bar key={st} dataKey={st} stackId="status" name={t.statusPlural[st]} fill={st === 'not_achieved' ? 'url(#sc-hatch)' : fill[st]} isAnimationActive={!prefersReducedMotion()}>
              <LabelList dataKey={st} content={(p) => <SegmentLabel {...p} fill={colours.surface} format={n} />} />
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
