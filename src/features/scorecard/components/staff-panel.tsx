import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '../../../components/ui/chart-frame';
import { prefersReducedMotion, useThemeColours } from '../../../lib/colours';
import { formatDate, formatNumber, formatPercent } from '../../../lib/format';
import { useMessages } from '../../../lib/i18n';
import { useScorecard } from '../hooks/use-scorecard';
import { useNarrow } from '../hooks/use-narrow';
import { scorecardMessages } from '../messages';
import { staffTable } from '../utils/staff';

/** Established and filled posts per staff category, with the document's totals in the title. */
export function StaffPanel() {
  const t = useMessages(scorecardMessages);
  const { staff, indicators, sources, locale, isLoading } = useScorecard();
  const colours = useThemeColours();
  const narrow = useNarrow();
  const headingId = useId();
  if (isLoading) return null;
  if (!staff) {
    if (indicators.length === 0) return null;
    return (
      <section className="sc-panel" aria-labelledby={headingId}>
        <h2 id={headingId}>{t.staffTitle}</h2>
        <p>{t.staffEmpty}</p>
      </section>
    );
  }
  const n = (v: number) => formatNumber(v, locale);
  const date = staff.asOf ? formatDate(staff.asOf, locale) : String(staff.year);
  const title = t.staffFinding(date, n(staff.filled), n(staff.posts), staff.posts ? formatPercent((staff.filled / staff.posts) * 100, locale, 1) : '—');
  const summary = [
    staff.mostVacant && staff.mostVacant.vacant > 0 ? t.staffSummary(staff.mostVacant.label, n(staff.mostVacant.vacant)) : '',
    staff.sumsMatch ? t.staffSumOk : t.staffSumOff(n(staff.rows.reduce((a, r) => a + r.posts, 0)), n(staff.rows.reduce((a, r) => a + r.filled, 0))),
  ].filter(Boolean).join(' ');
  const table = staffTable(staff, { category: t.category, posts: t.posts, filled: t.filled, vacant: t.vacant, total: t.total });
  const source = t.source(sources.get(staff.sourceId)?.title ?? staff.sourceId, staff.section);
  const animate = !prefersReducedMotion();
  const label = (v: unknown) => n(Number(v));
  return (
    <ChartFrame title={title} summary={summary} source={source} table={table} height={(narrow ? 94 : 70) + staff.rows.length * (narrow ? 56 : 50)}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={staff.rows} layout="vertical" accessibilityLayer={false} margin={{ top: 4, right: 44, bottom: 4, left: 4 }} barGap={2} barCategoryGap="18%">
          <defs>
            <pattern id="sc-posts" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="5" height="5" fill={colours.surface} />
              <line x1="0" y1="0" x2="0" y2="5" stroke={colours.series[0]} strokeWidth="2" />
            </pattern>
          </defs>
          <CartesianGrid horizontal={false} stroke={colours.grid} />
          <XAxis type="number" allowDecimals={false} tickFormatter={label} stroke={colours.muted} tick={{ fill: colours.text }} />
          <YAxis type="category" dataKey="label" width={narrow ? 108 : 130} interval={0} stroke={colours.muted} tick={{ fill: colours.text, fontSize: narrow ? 11 : 13 }} />
          <Tooltip formatter={label} itemSorter={(item) => (item.dataKey === 'posts' ? 0 : 1)} cursor={{ fill: colours.grid, fillOpacity: 0.4 }} />
          <Legend verticalAlign="top" height={narrow ? 56 : 32} itemSorter={null} />
          <Bar dataKey="posts" name={t.posts} fill="url(#sc-posts)" stroke={colours.series[0]} strokeWidth={1.5} isAnimationActive={animate}>
            <LabelList dataKey="posts" position="right" fill={colours.text} formatter={label} />
          </Bar>
          <Bar dataKey="filled" name={t.filled} fill={colours.series[0]} isAnimationActive={animate}>
            <LabelList dataKey="filled" position="right" fill={colours.text} fontWeight={700} formatter={label} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
