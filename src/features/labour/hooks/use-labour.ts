import { useMemo } from 'react';
import { useDatasets } from '../../../data/use-datasets';
import { useLocale } from '../../../lib/i18n';
import { useFactFilters } from '../../../store/filters-store';
import { buildLabourContext } from '../utils/context';
import { buildLabourModel, widerTerritoriesForLabour } from '../utils/labour-model';

/** The datasets this view reads (the city's labour presentation and the Sviluppo PMI release). */
export const LABOUR_DATASETS = ['lavoro-milano-2018', 'sviluppo-pmi-2020'] as const;

/** The labour view's data and panel models for the current filters and language. */
export function useLabour() {
  const locale = useLocale();
  const filters = useFactFilters();
  const data = useDatasets(LABOUR_DATASETS);
  const ctx = useMemo(() => buildLabourContext(data.datasets, filters, locale), [data.datasets, filters, locale]);
  const model = useMemo(() => buildLabourModel(ctx, locale), [ctx, locale]);
  const wider = useMemo(
    () => (model.empty ? widerTerritoriesForLabour(data.datasets, filters, locale) : []),
    [model.empty, data.datasets, filters, locale],
  );
  return { ...data, ctx, model, locale, wider };
}
