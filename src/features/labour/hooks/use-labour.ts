import { createViewModel } from '../../../store/view-model';
import { LABOUR_MODEL, type LabourViewModel } from '../utils/labour-view-model';

/** The labour view's model, built once per change of data, filters or language. */
export const labourModel = createViewModel(LABOUR_MODEL);

/** For a labour panel: the model its view (or its slide) provides. */
export function useLabour(): LabourViewModel {
  return labourModel.use().model;
}
