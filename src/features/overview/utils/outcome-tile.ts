import { matchesFilters, type FactFilters } from '../../../data/facts';
import { organizationShort, type TileModel } from '../../../data/kpi';
import type { Dataset } from '../../../data/schema';
import type { Locale } from '../../../lib/locale';

export interface OutcomeText {
  label: string;
  section: string;
  note: (total: number, missed: number, unstated: number) => string;
}

/**
 * One tile per performance report the filters leave in: how many of its indicators were achieved,
 * out of how many. The counts come from the indicators' stated outcomes; nothing is typed in.
 */
export function buildOutcomeTiles(datasets: readonly Dataset[], filters: FactFilters, text: OutcomeText, locale: Locale): TileModel[] {
  return datasets.flatMap((d) => {
    const organization = d.source.organization;
    const kept = d.indicators.filter((i) => matchesFilters({ ...i, area: 'performance', organization }, filters));
    if (kept.length === 0) return [];
    const count = (s: string) => kept.filter((i) => i.status === s).length;
    const year = Math.max(...kept.map((i) => i.year));
    const org = d.organizations[organization]?.[locale] ?? d.source.publisher;
    return [
      {
        id: `${d.id}-indicators-achieved`,
        series: `${d.source.id}|indicators-achieved`,
        label: text.label,
        value: count('achieved'),
        unit: 'indicators',
        qualifier: 'exact',
        year,
        organization: organizationShort({ ...d.source, organizations: d.organizations, polarity: d.polarity }, organization, locale),
        note: text.note(kept.length, count('not_achieved'), count('not_stated')),
        signed: false,
        source: { id: d.source.id, title: d.source.title, publisher: org, section: text.section, label: d.source.title },
        view: 'scorecard',
      } satisfies TileModel,
    ];
  });
}
