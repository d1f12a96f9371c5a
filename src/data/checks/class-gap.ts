import type { Dataset } from '../schema';
import type { Finding } from './text-types';

/** A class as its label bounds it: whole numbers from `lo` to `hi` (Infinity when open above). */
export interface ClassBounds {
  key: string;
  /** The bound as the label prints it: "< 100", "101–499", "> 500". */
  printed: string;
  lo: number;
  hi: number;
}

const num = (s: string) => Number(s.replace(/\./g, ''));
const N = '(\\d{1,3}(?:\\.\\d{3})+|\\d+)';
const FORMS: [RegExp, (a: number, b: number) => [number, number]][] = [
  [new RegExp(`${N}\\s*[–-]\\s*${N}`), (a, b) => [a, b]],
  [new RegExp(`tra\\s+${N}\\s+e\\s+${N}`), (a, b) => [a, b]],
  [new RegExp(`≤\\s*${N}`), (a) => [0, a]],
  [new RegExp(`<\\s*${N}`), (a) => [0, a - 1]],
  [new RegExp(`≥\\s*${N}`), (a) => [a, Infinity]],
  [new RegExp(`>\\s*${N}`), (a) => [a + 1, Infinity]],
];

/** The bounds a class label states ("Piccole (< 100 dip.)" → 0–99), or undefined when it states none. */
export function parseBounds(key: string, label: string): ClassBounds | undefined {
  for (const [re, range] of FORMS) {
    const m = re.exec(label);
    if (m) {
      const [lo, hi] = range(num(m[1]!), m[2] === undefined ? NaN : num(m[2]));
      // A no-break space keeps a bound on one line ("< 100").
      return { key, printed: m[0].replace(/\s+/g, '\u00a0'), lo, hi };
    }
  }
  return undefined;
}

/** Whole numbers no class covers, between the lowest and the highest bound ("100", "500", "200–299"). */
export function uncovered(classes: readonly ClassBounds[]): string[] {
  const sorted = [...classes].sort((a, b) => a.lo - b.lo);
  return sorted.slice(1).flatMap((c, k) => {
    const from = sorted[k]!.hi + 1;
    const to = c.lo - 1;
    if (to < from) return [];
    return [from === to ? String(from) : `${from}–${to}`];
  });
}

/**
 * The classes of `dimension` used by facts of `metric`, read from the dataset's labels of the
 * dimension's values: sizes that fall in no class are a finding. Undefined when no label has bounds.
 */
export function classGaps(dataset: Dataset, metric: string, dimension: string): Finding[] | undefined {
  const facts = dataset.facts.filter((f) => f.metric === metric && f.dimensions?.[dimension] !== undefined);
  const keys = [...new Set(facts.map((f) => f.dimensions![dimension]!))];
  const classes = keys.flatMap((k) => {
    const label = dataset.dimensions[dimension]?.[k]?.it;
    const bounds = label === undefined ? undefined : parseBounds(k, label);
    return bounds ? [bounds] : [];
  });
  if (classes.length < 2) return undefined;
  const gaps = uncovered(classes);
  if (gaps.length === 0) return [];
  const lines = [...new Set(facts.flatMap((f) => (f.provenance.line ? [f.provenance.line] : [])))].sort((a, b) => a - b);
  const ordered = [...classes].sort((a, b) => a.lo - b.lo);
  return [{
    key: `${metric}:${dimension}`, subject: dimension, lines, section: facts[0]?.provenance.section,
    quoted: ordered.map((c) => c.printed), odd: gaps, indicatorIds: [],
  }];
}
