import { EmptyPanelLine } from '../../../components/connected/empty-panel-line';
import { useCommunication } from '../hooks/use-communication';

/** A panel with nothing under the current filters (while the view has other data): folded with the others into one line. */
export function PanelEmpty({ title }: { title: string }) {
  const { all, filters } = useCommunication();
  const years = all.filter((f) => filters.area === null || f.area === filters.area).map((f) => f.year);
  return <EmptyPanelLine title={title} years={years} />;
}
