import type { FactFilters } from '../../../data/facts';
import type { Dataset, Territory } from '../../../data/schema';
import type { Locale } from '../../../lib/locale';
import type { ViewModelSpec } from '../../../store/view-model';
import { labourContextOf, prepareLabour, type LabourContext, type LabourData } from './context';
import { buildLabourModel, widerTerritoriesFromData, type LabourModel } from './labour-model';

/** The datasets this view reads: the city's labour presentation and the Sviluppo PMI release. */
export const LABOUR_DATASETS = ['lavoro-milano-2018', 'sviluppo-pmi-2020'] as const;

/** The labour view under the filters and language: what its builders read, every panel's model, and for an empty view the wider territories with data. */
export interface LabourViewModel {
  ctx: LabourContext;
  model: LabourModel;
  wider: Territory[];
  locale: Locale;
}

export function labourViewModelOf(data: LabourData, filters: FactFilters, locale: Locale): LabourViewModel {
  const ctx = labourContextOf(data, filters, locale);
  const model = buildLabourModel(ctx, locale);
  return { ctx, model, wider: model.empty ? widerTerritoriesFromData(data, filters, locale) : [], locale };
}

export const LABOUR_MODEL: ViewModelSpec<LabourData, LabourViewModel> = { datasets: LABOUR_DATASETS, prepare: prepareLabour, build: labourViewModelOf };

/** The labour view's model for the data, filters and language. */
export function buildLabourViewModel(datasets: readonly Dataset[], filters: FactFilters, locale: Locale): LabourViewModel {
  return labourViewModelOf(prepareLabour(datasets), filters, locale);
}
