import { flattenFacts, type SourcedFact } from './facts';
import type { Area, Dataset, Territory } from './schema';

/** One thing a view can show, with whose figure it is (the year options count them per year). */
export interface Covered {
  year: number;
  area: Area;
  territory: Territory;
  organization: string;
  publisher: string;
  /** Whose figure, in short, per language (as the tiles say it). */
  whose: { it: string; en: string };
}

/** What a view shows, as its feature declares it: which facts, whether the indicators, which lists and records. */
export interface ViewScope {
  facts: (f: SourcedFact) => boolean;
  indicators?: boolean;
  /** The areas of the lists and records it shows; 'all' for every one. */
  lists?: readonly Area[] | 'all';
}

type Org = Dataset['organizations'][string];
const shortOf = (org: Org | undefined) => (org ? (org.short ?? { it: org.it, en: org.en }) : undefined);

/** Everything a view can show under any filter. */
export function coverage(scope: ViewScope, datasets: readonly Dataset[]): Covered[] {
  const out: Covered[] = [];
  for (const d of datasets) {
    const publisher = d.source.organization;
    const own = shortOf(d.organizations[publisher]) ?? { it: d.source.publisher, en: d.source.publisher };
    const whose = (org: string) => (org === publisher ? own : (d.organizations[org]?.short ?? own));
    for (const f of flattenFacts([d])) {
      if (scope.facts(f)) out.push({ year: f.year, area: f.area, territory: f.territory, organization: f.organization, publisher, whose: whose(f.organization) });
    }
    const scoped = { organization: publisher, publisher, whose: own };
    if (scope.indicators) for (const i of d.indicators) out.push({ year: i.year, area: 'performance', territory: i.territory, ...scoped });
    const { lists } = scope;
    if (lists) for (const l of [...d.lists, ...d.records]) if (lists === 'all' || lists.includes(l.area)) out.push({ year: l.year, area: l.area, territory: l.territory, ...scoped });
  }
  return out;
}
