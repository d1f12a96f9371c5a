import type { TileModel } from '../../../data/kpi';
import type { Locale } from '../../../lib/locale';
import { buildAgeBands, type AgeBandSeries } from './age-bands';
import type { FactFilters } from '../../../data/facts';
import type { Dataset, Territory } from '../../../data/schema';
import { labourContextOf, prepareLabour, type LabourContext, type LabourData } from './context';
import { buildInitiative, type InitiativeModel } from './initiative';
import { groupLists, SWOT_KINDS, type ListGroup } from './lists';
import { joinPolicyBudgets, type PolicyRow } from './policies';
import { buildProgramme, type ProgrammeModel } from './programme';
import { widerTerritoriesWithData } from '../../../data/territories';
import { buildTiles, selectLatest } from '../../../data/kpi';
import { CHANGE_TILES, RATE_TILES, summaryParts, type SummaryPart } from './tiles';

/** Every panel's ready model for the current filters and language. */
export interface LabourModel {
  rates: TileModel[];
  change: TileModel[];
  changeSummary: SummaryPart[];
  generations: AgeBandSeries | null;
  programme: ProgrammeModel | null;
  policies: PolicyRow[];
  swot: ListGroup[];
  initiative: InitiativeModel | null;
  /** True when no panel has anything to show (the view then shows one empty state). */
  empty: boolean;
}

export function buildLabourModel(ctx: LabourContext, locale: Locale): LabourModel {
  const { visible, all, filters, sources } = ctx;
  const model = {
    rates: buildTiles(visible, all, RATE_TILES, filters.year, sources, locale),
    change: buildTiles(visible, all, CHANGE_TILES, filters.year, sources, locale),
    changeSummary: summaryParts(selectLatest(visible, CHANGE_TILES, filters.year), locale),
    generations: buildAgeBands(visible, ctx.dimensions, locale),
    programme: buildProgramme(ctx.records, ctx.allLists, all, filters, locale),
    policies: joinPolicyBudgets(ctx.allLists, all, filters, locale),
    swot: groupLists(ctx.allLists, SWOT_KINDS, all, filters, locale),
    initiative: buildInitiative(ctx.records, all, locale),
  };
  const empty =
    model.rates.length + model.change.length + model.policies.length + model.swot.length === 0 &&
    !model.generations && !model.programme && !model.initiative;
  return { ...model, empty };
}

/** For an empty view under a territory filter: the wider territories (containing it) where this view shows something. */
export function widerTerritoriesForLabour(datasets: readonly Dataset[], filters: FactFilters, locale: Locale): Territory[] {
  return widerTerritoriesFromData(prepareLabour(datasets), filters, locale);
}

/** The same from the view's prepared data. */
export function widerTerritoriesFromData(data: LabourData, filters: FactFilters, locale: Locale): Territory[] {
  return widerTerritoriesWithData(filters.territory, (t) => !buildLabourModel(labourContextOf(data, { ...filters, territory: t }), locale).empty);
}
