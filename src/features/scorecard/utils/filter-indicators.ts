import type { Indicator } from '../../../data/schema';
import type { ScorecardFilters } from './params';
import { normalizeText, slugify } from './text';

/**
 * Every word of the query is the start of the code ("1.1" finds 1.1.x, not 6.1.1) or appears in the name
 * (Italian or English); case, accents and apostrophe styles do not matter.
 */
export function matchesSearch(indicator: Pick<Indicator, 'code' | 'name'>, query: string): boolean {
  const words = normalizeText(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const names = normalizeText(`${indicator.name.it} ${indicator.name.en}`);
  const code = normalizeText(indicator.code);
  return words.every((w) => code.startsWith(w) || names.includes(w));
}

/** The indicators that pass every scorecard filter; `ignoreStatus` keeps all outcomes (for summaries of misses). */
export function applyScorecardFilters<I extends Indicator>(indicators: readonly I[], f: ScorecardFilters, opts: { ignoreStatus?: boolean } = {}): I[] {
  return indicators.filter(
    (i) =>
      (f.sa === null || i.areaCode === f.sa) &&
      (opts.ignoreStatus || f.stato === null || i.status === f.stato) &&
      (f.tipo === null || slugify(i.type) === f.tipo) &&
      (f.tag === null || i.tags.includes(f.tag)) &&
      (f.unita === null || i.responsibleUnits.some((u) => slugify(u) === f.unita)) &&
      matchesSearch(i, f.q),
  );
}
