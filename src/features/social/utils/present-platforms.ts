import type { TableModel } from '../../../components/ui/table-model';
import { formatNumber, formatPercent } from '../../../lib/format';
import type { Locale } from '../../../lib/locale';
import type { SocialMessages } from '../messages';
import type { BarRow } from './bar-row';
import { COUNT_METRICS, platformRows, type PlatformComparison, type PlatformMetric, type PlatformRow } from './platforms';

export const ENGAGEMENT_BASE = 1000;

export interface PlatformView {
  title: string;
  summary: string;
  details: string;
  rows: BarRow[];
  table: TableModel;
}

const rowLabel = (r: PlatformRow, t: SocialMessages) => (r.kind === 'unattributed' ? t.unattributed : r.kind === 'total' ? t.statedTotal : r.label);

export function formatMetric(value: number | null, metric: PlatformMetric, t: SocialMessages, locale: Locale): string {
  if (value === null) return t.notGiven;
  return formatNumber(value, locale, metric === 'engagement' ? 1 : 0);
}

/** Title, summary, bars and table of the platform comparison for one metric. */
export function presentPlatforms(model: PlatformComparison, metric: PlatformMetric, org: string, t: SocialMessages, locale: Locale): PlatformView {
  const rows = platformRows(model, metric);
  const year = String(model.year);
  const base = formatNumber(ENGAGEMENT_BASE, locale);
  const bars: BarRow[] = rows.map((r) => ({ key: r.key, label: rowLabel(r, t), value: r[metric], display: formatMetric(r[metric], metric, t, locale), computed: r.kind === 'unattributed' }));
  const valued = model.platforms.filter((p) => p[metric] !== null).sort((a, b) => b[metric]! - a[metric]!);
  const top = valued[0];
  const sentences: string[] = [];
  let title: string;
  if (metric === 'engagement') {
    const avg = model.total?.engagement ?? null;
    title = top ? t.engagementTitle(org, year, top.label, formatMetric(top.engagement, metric, t, locale), base, formatMetric(avg, metric, t, locale)) : t.noData;
    sentences.push(t.engagementNote(base));
  } else {
    const total = model.total?.[metric] ?? model.platformSum[metric];
    title = top && total > 0 ? t.platformTitle(org, year, top.label, formatPercent((top[metric]! / total) * 100, locale, 1), t.metricPhrase[metric], formatNumber(total, locale)) : t.noData;
    const stated = model.total?.[metric];
    const rest = model.unattributed?.[metric];
    if (stated != null && rest != null && rest > 0) sentences.push(t.restSentence(formatNumber(stated, locale), formatNumber(model.platformSum[metric], locale), formatNumber(rest, locale)));
    if (stated != null && rest != null && rest < 0) sentences.push(t.exceedSentence(formatNumber(stated, locale), formatNumber(model.platformSum[metric], locale)));
  }
  const listed = bars.filter((b) => b.key !== 'unattributed').map((b) => `${b.label} ${b.display}`).join('; ');
  const missing = COUNT_METRICS.flatMap((m) => {
    const names = model.platforms.filter((p) => p[m] === null).map((p) => p.label);
    return names.length > 0 && (metric === m || (metric === 'engagement' && m !== 'followers')) ? [t.missingSentence(names.join(', '), t.metricPhrase[m])] : [];
  });
  // One sentence under the title (what the bars leave out, if anything); every figure in words for screen readers.
  const [summary = t.platformsLead, ...more] = [...sentences, ...missing];
  const details = [`${t.metric[metric]}: ${listed}${listed.endsWith('.') ? '' : '.'}`, ...more].join(' ');
  return { title, summary, details, rows: bars, table: platformTable(model, rows, t, locale) };
}

export function platformTable(model: PlatformComparison, ranked: PlatformRow[], t: SocialMessages, locale: Locale): TableModel {
  const cell = (v: number | null) => (v === null ? t.notGiven : v);
  const all = model.total ? [...ranked, model.total] : ranked;
  return {
    columns: [
      { key: 'platform', label: t.platform },
      { key: 'views', label: t.metric.views, unit: 'number' },
      { key: 'interactions', label: t.metric.interactions, unit: 'number' },
      { key: 'followers', label: t.metric.followers, unit: 'number' },
      { key: 'engagement', label: t.engagementLong(formatNumber(ENGAGEMENT_BASE, locale)), unit: 'number' },
    ],
    rows: all.map((r) => ({
      platform: rowLabel(r, t),
      views: cell(r.views),
      interactions: cell(r.interactions),
      followers: cell(r.followers),
      engagement: cell(r.engagement),
    })),
  };
}
