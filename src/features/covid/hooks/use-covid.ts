import { createViewModel } from '../../../store/view-model';
import { COVID_MODEL, type CovidViewModel } from '../utils/covid-view-model';

/** The covid view's model, built once per change of data, filters or language. */
export const covidModel = createViewModel(COVID_MODEL);

/** For a covid panel: the model its view (or its slide) provides. */
export function useCovid(): CovidViewModel {
  return covidModel.use().model;
}
