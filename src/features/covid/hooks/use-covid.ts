import { useMemo } from 'react';
import { useDatasets } from '../../../data/use-datasets';
import { useLocale } from '../../../lib/i18n';
import { useFactFilters } from '../../../store/filters-store';
import { buildCovidContext } from '../utils/context';
import { buildCovidModel, widerTerritoriesForCovid } from '../utils/covid-model';

/** The dataset this view reads: Assolombarda's 2020 report (Covid-19 task force, Assolombarda Servizi). */
export const COVID_DATASETS = ['assolombarda-2020'] as const;

export function useCovid() {
  const locale = useLocale();
  const filters = useFactFilters();
  const data = useDatasets(COVID_DATASETS);
  const ctx = useMemo(() => buildCovidContext(data.datasets, filters, locale), [data.datasets, filters, locale]);
  const model = useMemo(() => buildCovidModel(ctx, locale), [ctx, locale]);
  const wider = useMemo(
    () => (model.empty ? widerTerritoriesForCovid(data.datasets, filters, locale) : []),
    [model.empty, data.datasets, filters, locale],
  );
  return { ...data, ctx, model, locale, wider };
}
