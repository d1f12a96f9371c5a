import type { Covered } from '../../../data/coverage';
import { matchesFilters, type FactFilters } from '../../../data/facts';
import type { Locale } from '../../../lib/locale';

export interface YearOption {
  year: number;
  /** "2019 · Camera di commercio", "2020 · Assolombarda, Assolombarda Servizi +1"; the year alone when empty or chosen. */
  label: string;
  /** Nothing of the current view holds this year under the other filters. */
  disabled: boolean;
}

/** Something a view can show, with what the global filters and the year options read. */
export type { Covered };

/** How many organizations an option names before "+N" (the select stays narrow). */
const NAMED = 2;

/**
 * One option per year of the data, newest first, saying whose figures the current view has for it
 * under the other filters (area, territory, organization); a year with none is disabled. A year the
 * URL chose stays enabled, so the control never hides the current choice. The chosen year reads as the
 * year alone: the closed select shows it whole, and the figures below say whose they are.
 */
export function buildYearOptions(allYears: readonly number[], items: readonly Covered[], filters: FactFilters, locale: Locale): YearOption[] {
  const others = { ...filters, year: null };
  const byYear = new Map<number, Set<string>>();
  for (const i of items) {
    if (!matchesFilters(i, others)) continue;
    byYear.set(i.year, (byYear.get(i.year) ?? new Set()).add(i.whose[locale]));
  }
  const years = [...new Set([...allYears, ...(filters.year !== null ? [filters.year] : [])])].sort((a, b) => b - a);
  return years.map((year) => {
    const names = [...(byYear.get(year) ?? [])];
    const more = names.length > NAMED ? ` +${names.length - NAMED}` : '';
    return {
      year,
      label: names.length && year !== filters.year ? `${year} · ${names.slice(0, NAMED).join(', ')}${more}` : String(year),
      disabled: names.length === 0 && year !== filters.year,
    };
  });
}
