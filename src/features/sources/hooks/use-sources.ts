import { createViewModel } from '../../../store/view-model';
import { runChecksAfterPaint } from '../../../data/checks/slices';
import { sourcesModelSpec, type SourcesModel } from '../utils/sources-model';

/** The sources view's model, built once per change of data, filters or language; its checks run after the page has painted. */
export const sourcesModel = createViewModel(sourcesModelSpec(runChecksAfterPaint));

/** For a sources panel: the model its view (or its slide) provides, and whether the data is still loading. */
export function useSources(): SourcesModel & { isLoading: boolean } {
  const { model, isLoading } = sourcesModel.use();
  return { ...model, isLoading };
}
