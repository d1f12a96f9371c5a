import { matchesFilters, type FactFilters } from '../../../data/facts';
import type { Dataset } from '../../../data/schema';

/**
 * The organisations whose figures the filters leave in: facts (with their own organisation, or their
 * dataset's), indicators, lists and records. In the datasets' order, named in both languages.
 */
export function organisationsInView(datasets: readonly Dataset[], filters: FactFilters): { key: string; name: { it: string; en: string } }[] {
  const keys = new Set<string>();
  for (const d of datasets) {
    const own = d.source.organization;
    const items = [...d.facts, ...d.indicators.map((i) => ({ ...i, area: 'performance' as const })), ...d.lists, ...d.records];
    for (const item of items) {
      const organization = ('organization' in item && item.organization) || own;
      if (matchesFilters({ ...item, organization }, filters)) keys.add(organization);
    }
  }
  return [...keys].map((key) => ({ key, name: datasets.map((d) => d.organizations[key]).find(Boolean) ?? { it: key, en: key } }));
}
