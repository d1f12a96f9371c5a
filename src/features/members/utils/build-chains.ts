import type { SourcedFact } from '../../../data/facts';
import type { Locale } from '../../../lib/locale';
import { dimensionKeys, dimensionLabel, findFact, type DimensionLabels, type MembersScope } from './select-members';

export interface ChainRow {
  key: string;
  label: string;
  firms: number;
  fact: SourcedFact;
}

export interface Chains {
  /** Largest first; ties keep the dataset's order. */
  rows: ChainRow[];
  /** The sum of the rows: the source states no total for the supply chains, so this is computed only. */
  sum: number;
  statedTotal: number | null;
}

/** Firms enrolled in each supply chain ("filiera"). */
export function buildChains(scope: MembersScope, dims: DimensionLabels, locale: Locale): Chains | null {
  const rows = dimensionKeys(dims, 'supplyChain').flatMap((key) => {
    const fact = findFact(scope.facts, 'members.firms', { supplyChain: key });
    return fact ? [{ key, label: dimensionLabel(dims, 'supplyChain', key, locale), firms: fact.value, fact }] : [];
  });
  if (rows.length === 0) return null;
  const sorted = rows.map((r, i) => ({ r, i })).sort((a, b) => b.r.firms - a.r.firms || a.i - b.i).map(({ r }) => r);
  // A total would be a fact with supplyChain "total"; the 2020 report prints none.
  const stated = findFact(scope.facts, 'members.firms', { supplyChain: 'total' });
  return { rows: sorted, sum: rows.reduce((s, r) => s + r.firms, 0), statedTotal: stated?.value ?? null };
}
