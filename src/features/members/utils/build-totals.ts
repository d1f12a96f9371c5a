import type { SourcedFact } from '../../../data/facts';
import { buildTile, type TileModel, type SourceInfo } from '../../../data/kpi';
import type { Locale } from '../../../lib/locale';
import { findFact, type MembersScope } from './select-members';

/** The headline totals of the members view, in the order they are shown. */
export const TOTAL_METRICS = ['members.firms', 'members.employees', 'members.new.firms', 'members.cancelled.firms'] as const;

/**
 * One tile per total that the scope's year has (no dimensions = the stated total).
 * `all` holds every fact, so a tile can show its change against the previous year when the data has one.
 */
export function buildTotals(scope: MembersScope, all: readonly SourcedFact[], sources: ReadonlyMap<string, SourceInfo>, locale: Locale): TileModel[] {
  return TOTAL_METRICS.flatMap((metric) => {
    const fact = findFact(scope.facts, metric);
    return fact ? [buildTile(fact, all, sources, locale)] : [];
  });
}
