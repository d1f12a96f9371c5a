import { createViewModel } from '../../../store/view-model';
import { OVERVIEW_MODEL } from '../utils/overview-model';

/** The overview's model, built once per change of data, filters or language; its panels and slides read it. */
export const overviewModel = createViewModel(OVERVIEW_MODEL);

/** For a panel of the overview: what its view (or its slide) provides. */
export const useOverview = overviewModel.use;

/** The tiles from already flattened facts, under the name src/app's coverage test imports. */
export { overviewTiles as buildOverviewModel } from '../utils/overview-model';
