import type { TileModel } from '../../../data/kpi';
import type { Locale } from '../../../lib/locale';
import type { FactFilters } from '../../../data/facts';
import type { Dataset, Territory } from '../../../data/schema';
import { covidContextOf, prepareCovid, type CovidContext, type CovidData } from './context';
import { widerTerritoriesWithData } from '../../../data/territories';
import { buildDisputes, type DisputesModel } from './disputes';
import { buildTiles } from '../../../data/kpi';
import { listsOf, OUTREACH_TILES, SERVICES_TILES, TASK_FORCE_TILES, type ListModel } from './tiles';

/** Every panel's ready model for the current filters and language. */
export interface CovidModel {
  taskForce: TileModel[];
  taskForceAreas: ListModel[];
  disputes: DisputesModel | null;
  outreach: TileModel[];
  covidRequests: ListModel[];
  services: TileModel[];
  servicesRequests: ListModel[];
  /** True when no panel has anything to show (the view then shows one empty state). */
  empty: boolean;
}

export function buildCovidModel(ctx: CovidContext, locale: Locale): CovidModel {
  const { visible, all, filters, sources, lists } = ctx;
  const tiles = (specs: Parameters<typeof buildTiles>[2]) => buildTiles(visible, all, specs, filters.year, sources, locale);
  const model = {
    taskForce: tiles(TASK_FORCE_TILES),
    taskForceAreas: listsOf(lists, 'task-force-areas', 'covid', locale),
    disputes: buildDisputes(all, filters, locale),
    outreach: tiles(OUTREACH_TILES),
    covidRequests: listsOf(lists, 'most-requested-services', 'covid', locale),
    services: tiles(SERVICES_TILES),
    servicesRequests: listsOf(lists, 'most-requested-services', 'services', locale),
  };
  const empty = !model.disputes && [model.taskForce, model.taskForceAreas, model.outreach, model.covidRequests, model.services, model.servicesRequests].every((x) => x.length === 0);
  return { ...model, empty };
}

/** For an empty view under a territory filter: the wider territories (containing it) where this view shows something. */
export function widerTerritoriesForCovid(datasets: readonly Dataset[], filters: FactFilters, locale: Locale): Territory[] {
  return widerTerritoriesFromData(prepareCovid(datasets), filters, locale);
}

/** The same from the view's prepared data. */
export function widerTerritoriesFromData(data: CovidData, filters: FactFilters, locale: Locale): Territory[] {
  return widerTerritoriesWithData(filters.territory, (t) => !buildCovidModel(covidContextOf(data, { ...filters, territory: t }), locale).empty);
}
