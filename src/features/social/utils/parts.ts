import type { SourcedFact } from '../../../data/facts';
import type { Unit } from '../../../data/schema';
import type { DimensionLabels } from './labels';
import { unattributedPart } from './platforms';
import { byOnlyDimension, pickYear, totalsOf } from './scope';

export interface Part {
  key: string;
  label: string;
  value: number;
  /** Share of the stated total (or of the parts' sum without one), percent. */
  share: number | null;
}

export interface PartsAndTotal {
  year: number;
  unit: Unit;
  parts: Part[];
  total: SourcedFact | null;
  sum: number;
  /** Stated total minus the parts (computed); null without a stated total. */
  rest: number | null;
  facts: SourcedFact[];
}

/** The parts of a metric along one dimension (largest first) with its stated total, for one year. */
export function buildPartsAndTotal(facts: readonly SourcedFact[], metric: string, dimension: string, labels: DimensionLabels): PartsAndTotal | null {
  const partFacts = byOnlyDimension(facts, metric, dimension);
  const totals = totalsOf(facts, metric);
  const year = pickYear([...partFacts, ...totals], { year: null });
  if (year === undefined) return null;
  const inYear = partFacts.filter((f) => f.year === year);
  const total = totals.find((f) => f.year === year) ?? null;
  const sum = inYear.reduce((s, f) => s + f.value, 0);
  const base = total?.value ?? sum;
  const parts = inYear
    .map((f) => ({ key: f.dimensions![dimension]!, label: labels(dimension, f.dimensions![dimension]!), value: f.value, share: base > 0 ? (f.value / base) * 100 : null }))
    .sort((a, b) => b.value - a.value);
  const unit = (total ?? inYear[0])!.unit;
  return { year, unit, parts, total, sum, rest: unattributedPart(total?.value, inYear.map((f) => f.value)), facts: total ? [...inYear, total] : inYear };
}
