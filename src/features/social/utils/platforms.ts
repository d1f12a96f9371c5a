import type { SourcedFact } from '../../../data/facts';
import { byOnlyDimension, pickYear, totalsOf } from './scope';
import type { DimensionLabels } from './labels';
import { compareText } from '../../../lib/compare';

export const COUNT_METRICS = ['views', 'interactions', 'followers'] as const;
export type CountMetric = (typeof COUNT_METRICS)[number];
export const PLATFORM_METRICS = [...COUNT_METRICS, 'engagement'] as const;
export type PlatformMetric = (typeof PLATFORM_METRICS)[number];

export type PlatformRowKind = 'platform' | 'unattributed' | 'total';

export interface PlatformRow {
  key: string;
  kind: PlatformRowKind;
  /** Platform label from the dataset; empty for the computed and total rows (the view names them). */
  label: string;
  views: number | null;
  interactions: number | null;
  followers: number | null;
  /** Interactions per 1,000 views (computed); null when either is not given. */
  engagement: number | null;
}

export interface PlatformComparison {
  organization: string;
  year: number;
  platforms: PlatformRow[];
  /** Stated total minus the platforms' sum, per metric (computed); null where no total is stated. */
  unattributed: PlatformRow | null;
  /** The stated totals (engagement computed from them). */
  total: PlatformRow | null;
  /** Sum of the platforms per metric. */
  platformSum: Record<CountMetric, number>;
  facts: SourcedFact[];
}

/** Interactions for every 1,000 views; null when a value is missing or there are no views. */
export function engagementRate(interactions: number | null | undefined, views: number | null | undefined): number | null {
  if (interactions == null || views == null || views <= 0) return null;
  return (interactions / views) * 1000;
}

/** The part of a stated total that its parts do not account for; null without a stated total. Negative when parts exceed it. */
export function unattributedPart(total: number | null | undefined, parts: readonly (number | null | undefined)[]): number | null {
  if (total == null) return null;
  return total - parts.reduce<number>((sum, p) => sum + (p ?? 0), 0);
}

const metricName = (m: CountMetric) => `social.${m}`;

/**
 * Views, interactions and followers per platform for one organization and year, with the engagement rate,
 * the stated totals and the part of them no platform accounts for. Facts must already be filtered.
 */
export function buildPlatformComparison(facts: readonly SourcedFact[], labels: DimensionLabels): PlatformComparison | null {
  const perPlatform = COUNT_METRICS.flatMap((m) => byOnlyDimension(facts, metricName(m), 'platform'));
  // The organization with most platform figures (one organization's platforms are compared at a time).
  const counts = new Map<string, number>();
  for (const f of perPlatform) counts.set(f.organization, (counts.get(f.organization) ?? 0) + 1);
  const organization = [...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))[0]?.[0];
  if (!organization) return null;
  const ofOrg = perPlatform.filter((f) => f.organization === organization);
  const year = pickYear(ofOrg, { year: null })!;
  const inYear = ofOrg.filter((f) => f.year === year);
  const keys = [...new Set(inYear.map((f) => f.dimensions!.platform!))];
  const value = (m: CountMetric, platform: string) => inYear.find((f) => f.metric === metricName(m) && f.dimensions!.platform === platform)?.value ?? null;

  const platforms: PlatformRow[] = keys.map((key) => {
    const row = { key, kind: 'platform' as const, label: labels('platform', key), views: value('views', key), interactions: value('interactions', key), followers: value('followers', key) };
    return { ...row, engagement: engagementRate(row.interactions, row.views) };
  });

  const totals = COUNT_METRICS.flatMap((m) => totalsOf(facts, metricName(m)).filter((f) => f.organization === organization && f.year === year));
  const stated = (m: CountMetric) => totals.find((f) => f.metric === metricName(m))?.value ?? null;
  const platformSum = Object.fromEntries(COUNT_METRICS.map((m) => [m, platforms.reduce((s, p) => s + (p[m] ?? 0), 0)])) as Record<CountMetric, number>;

  let total: PlatformRow | null = null;
  let unattributed: PlatformRow | null = null;
  if (totals.length > 0) {
    total = { key: 'total', kind: 'total', label: '', views: stated('views'), interactions: stated('interactions'), followers: stated('followers'), engagement: engagementRate(stated('interactions'), stated('views')) };
    const rest = (m: CountMetric) => unattributedPart(stated(m), platforms.map((p) => p[m]));
    const part = { views: rest('views'), interactions: rest('interactions'), followers: rest('followers') };
    if (COUNT_METRICS.some((m) => part[m] !== null && part[m] !== 0)) {
      unattributed = { key: 'unattributed', kind: 'unattributed', label: '', ...part, engagement: engagementRate(part.interactions, part.views) };
    }
  }
  return { organization, year, platforms, unattributed, total, platformSum, facts: [...inYear, ...totals] };
}

/** Platforms ranked by a metric (missing values last), then the unattributed part. */
export function platformRows(model: PlatformComparison, metric: PlatformMetric): PlatformRow[] {
  const ranked = [...model.platforms].sort((a, b) => (b[metric] ?? -Infinity) - (a[metric] ?? -Infinity) || compareText(a.label, b.label));
  return model.unattributed ? [...ranked, model.unattributed] : ranked;
}
