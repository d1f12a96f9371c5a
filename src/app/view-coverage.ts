import { flattenFacts, matchesQuery, type SourcedFact } from '../data/facts';
import type { Area, Dataset } from '../data/schema';
import type { Covered } from '../features/filters/utils/year-options';
import { HEADLINES } from '../features/overview/utils/headlines';
import { isCommunicationFact } from '../features/social/utils/scope';
import type { ViewId } from '../lib/views';

type Org = Dataset['organizations'][string];
const shortOf = (org: Org | undefined) => (org ? (org.short ?? { it: org.it, en: org.en }) : undefined);

/** Which facts, indicators, lists and records each view shows: the same declarations the views use. */
const FACTS_OF: Record<ViewId, (f: SourcedFact) => boolean> = {
  overview: (f) => HEADLINES.some((h) => matchesQuery(f, h)),
  members: (f) => f.area === 'members',
  communication: isCommunicationFact,
  scorecard: (f) => f.area === 'staff',
  labour: (f) => f.area === 'labour' || f.area === 'policy',
  covid: (f) => f.area === 'covid' || f.area === 'services',
  sources: () => true,
  data: () => true,
};
const LISTS_OF: Partial<Record<ViewId, readonly Area[]>> = { labour: ['labour', 'policy'], covid: ['covid', 'services'] };

/** Everything a view can show under any filter (the year options say what each year holds with it). */
export function viewCoverage(view: ViewId, datasets: readonly Dataset[]): Covered[] {
  const out: Covered[] = [];
  for (const d of datasets) {
    const publisher = d.source.organization;
    const own = shortOf(d.organizations[publisher]) ?? { it: d.source.publisher, en: d.source.publisher };
    const whose = (org: string) => (org === publisher ? own : (d.organizations[org]?.short ?? own));
    for (const f of flattenFacts([d])) {
      if (FACTS_OF[view](f)) out.push({ year: f.year, area: f.area, territory: f.territory, organization: f.organization, publisher, whose: whose(f.organization) });
    }
    const scoped = { organization: publisher, publisher, whose: own };
    // The overview counts the indicators achieved, as the performance view lists them.
    if (view === 'scorecard' || view === 'sources' || view === 'overview') for (const i of d.indicators) out.push({ year: i.year, area: 'performance', territory: i.territory, ...scoped });
    const areas = view === 'sources' ? null : LISTS_OF[view];
    if (areas !== undefined) {
      for (const l of [...d.lists, ...d.records]) if (!areas || areas.includes(l.area)) out.push({ year: l.year, area: l.area, territory: l.territory, ...scoped });
    }
  }
  return out;
}
