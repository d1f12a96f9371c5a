import { previousOf, type SourcedFact } from '../../../data/facts';
import { compareGrowth, growthPct, type GrowthCheck } from './growth';
import { byOnlyDimension, dimCount, totalsOf } from './scope';
import type { DimensionLabels } from './labels';
import { compareText } from '../../../lib/compare';

export interface StatedGrowth {
  fact: SourcedFact;
  /** Where the source states it (dataset label of the `statement` dimension), or null for a single statement. */
  statement: string | null;
  check: GrowthCheck | null;
}

export interface PlatformGrowth {
  key: string;
  label: string;
  /** The growth the source states for the platform (percent). */
  stated: number;
  fact: SourcedFact;
}

export interface YearOnYear {
  organization: string;
  current: SourcedFact;
  previous: SourcedFact | null;
  /** Growth computed from the two values (percent); null without a previous value. */
  computed: number | null;
  /** Every growth the source states for the total, each checked against the computed one. */
  stated: StatedGrowth[];
  /** Growth rates the source gives per platform (no platform values exist to check them). */
  platforms: PlatformGrowth[];
}

export interface YearOnYearSpec {
  metric: string;
  growthMetric: string;
}

/**
 * A total against the same series' previous year: the growth computed from the two values next to the growths
 * the source states. `visible` are the filtered facts; `all` supply the previous year even when it is filtered out.
 * Series with something to compare (a previous value or a stated growth) come first, then the latest year; a total
 * with nothing to compare is still returned (the view shows it and says the growth cannot be computed).
 */
export function buildYearOnYear(visible: readonly SourcedFact[], all: readonly SourcedFact[], spec: YearOnYearSpec, labels: DimensionLabels): YearOnYear | null {
  const growthOf = (f: SourcedFact) =>
    visible.filter((g) => g.metric === spec.growthMetric && g.organization === f.organization && g.year === f.year);
  const comparable = (c: { previous: SourcedFact | null; growth: SourcedFact[] }) => (c.previous !== null || c.growth.length > 0 ? 1 : 0);
  const candidates = totalsOf(visible, spec.metric)
    .map((current) => ({ current, previous: previousOf(all, current) ?? null, growth: growthOf(current) }))
    .sort((a, b) => comparable(b) - comparable(a) || b.current.year - a.current.year || compareText(a.current.organization, b.current.organization));
  const pick = candidates[0];
  if (!pick) return null;
  const { current, previous, growth } = pick;
  const computed = previous ? growthPct(previous.value, current.value) : null;
  const stated = growth
    .filter((g) => dimCount(g) === 0 || (dimCount(g) === 1 && g.dimensions?.statement !== undefined))
    .map((fact) => ({
      fact,
      statement: fact.dimensions?.statement ? labels('statement', fact.dimensions.statement) : null,
      check: computed === null ? null : compareGrowth(computed, fact.value),
    }));
  const platforms = byOnlyDimension(growth, spec.growthMetric, 'platform')
    .map((fact) => ({ key: fact.dimensions!.platform!, label: labels('platform', fact.dimensions!.platform!), stated: fact.value, fact }))
    .sort((a, b) => b.stated - a.stated);
  return { organization: current.organization, current, previous, computed, stated, platforms };
}

export const WEBSITE_USERS: YearOnYearSpec = { metric: 'web.users', growthMetric: 'web.users.growth' };
export const FOLLOWERS: YearOnYearSpec = { metric: 'social.followers', growthMetric: 'social.followers.growth' };
