import type { Indicator } from '../../../data/schema';
import { compareIndicators } from './scorecard-data';

export type ShortfallReason = 'no_numbers' | 'no_direction' | 'unit_mismatch' | 'zero_target';

/** How far an indicator fell short of its target, in percent of the target (0 = on target). */
export type Shortfall =
  | { ok: true; pct: number; basis: 'attainment'; attainmentPct: number }
  /** `gap`: how far the result fell short, in the indicator's own unit (positive = short of the target). */
  | { ok: true; pct: number; basis: 'numbers'; target: number; result: number; gap: number }
  | { ok: false; reason: ShortfallReason };

type Comparable = Pick<Indicator, 'target' | 'result'>;

/** Target and result as two comparable numbers with a direction, or why they are not. */
export function comparableNumbers(i: Comparable): { ok: true; target: number; result: number; direction: 'gte' | 'lte' | 'eq' } | { ok: false; reason: ShortfallReason } {
  const { target, result } = i;
  if (target.value === undefined || result.value === undefined) return { ok: false, reason: 'no_numbers' };
  if (target.direction !== 'gte' && target.direction !== 'lte' && target.direction !== 'eq') return { ok: false, reason: 'no_direction' };
  if (target.unit !== result.unit) return { ok: false, reason: 'unit_mismatch' };
  return { ok: true, target: target.value, result: result.value, direction: target.direction };
}

/**
 * Shortfall = 100 − attainment where the report gives an attainment percentage; otherwise the gap between
 * result and target in the target's direction, relative to the target: (target − result) / |target| for "at least",
 * (result − target) / |target| for "at most", |result − target| / |target| for "equal".
 */
export function computeShortfall(i: Comparable): Shortfall {
  if (i.result.attainmentPct !== undefined) return { ok: true, pct: 100 - i.result.attainmentPct, basis: 'attainment', attainmentPct: i.result.attainmentPct };
  const n = comparableNumbers(i);
  if (!n.ok) return n;
  if (n.target === 0) return { ok: false, reason: 'zero_target' };
  const gap = n.direction === 'gte' ? n.target - n.result : n.direction === 'lte' ? n.result - n.target : Math.abs(n.result - n.target);
  return { ok: true, pct: (gap / Math.abs(n.target)) * 100, basis: 'numbers', target: n.target, result: n.result, gap };
}

/** Whether the numbers alone say the target was met (null when they cannot say). */
export function numericVerdict(i: Comparable): 'met' | 'missed' | null {
  const n = comparableNumbers(i);
  if (!n.ok) return null;
  const met = n.direction === 'gte' ? n.result >= n.target : n.direction === 'lte' ? n.result <= n.target : n.result === n.target;
  return met ? 'met' : 'missed';
}

/** The stated outcome contradicts the numbers (e.g. "achieved" with a result below an "at least" target). */
export function isInconsistent(i: Pick<Indicator, 'target' | 'result' | 'status'>): boolean {
  const v = numericVerdict(i);
  return (i.status === 'achieved' && v === 'missed') || (i.status === 'not_achieved' && v === 'met');
}

export interface MissedItem<I extends Indicator> {
  indicator: I;
  shortfall: Shortfall;
}

/** The not-achieved indicators, furthest from target first; those whose shortfall cannot be computed come last. */
export function rankMissed<I extends Indicator>(indicators: readonly I[]): MissedItem<I>[] {
  return indicators
    .filter((i) => i.status === 'not_achieved')
    .map((indicator) => ({ indicator, shortfall: computeShortfall(indicator) }))
    .sort((a, b) => {
      if (a.shortfall.ok !== b.shortfall.ok) return a.shortfall.ok ? -1 : 1;
      const diff = a.shortfall.ok && b.shortfall.ok ? b.shortfall.pct - a.shortfall.pct : 0;
      return diff || compareIndicators(a.indicator, b.indicator);
    });
}
