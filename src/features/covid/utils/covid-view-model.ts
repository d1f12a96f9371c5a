import type { FactFilters } from '../../../data/facts';
import type { Dataset, Territory } from '../../../data/schema';
import type { Locale } from '../../../lib/locale';
import type { ViewModelSpec } from '../../../store/view-model';
import { covidContextOf, prepareCovid, type CovidContext, type CovidData } from './context';
import { buildCovidModel, widerTerritoriesFromData, type CovidModel } from './covid-model';

/** The datasets this view reads: Assolombarda's 2020 report (Covid-19 task force, Assolombarda Servizi). */
export const COVID_DATASETS = ['assolombarda-2020'] as const;

/** The covid view under the filters and language: what its builders read, every panel's model, and for an empty view the wider territories with data. */
export interface CovidViewModel {
  ctx: CovidContext;
  model: CovidModel;
  wider: Territory[];
  locale: Locale;
}

export function covidViewModelOf(data: CovidData, filters: FactFilters, locale: Locale): CovidViewModel {
  const ctx = covidContextOf(data, filters, locale);
  const model = buildCovidModel(ctx, locale);
  return { ctx, model, wider: model.empty ? widerTerritoriesFromData(data, filters, locale) : [], locale };
}

export const COVID_MODEL: ViewModelSpec<CovidData, CovidViewModel> = { datasets: COVID_DATASETS, prepare: prepareCovid, build: covidViewModelOf };

/** The covid view's model for the data, filters and language. */
export function buildCovidViewModel(datasets: readonly Dataset[], filters: FactFilters, locale: Locale): CovidViewModel {
  return covidViewModelOf(prepareCovid(datasets), filters, locale);
}
