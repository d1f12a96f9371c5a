import type { SourcedFact } from '../../data/facts';
import { useFiltersStore } from '../../store/filters-store';
import { EmptyPanelLine } from './empty-panel-line';

/**
 * A panel with nothing under the current filters while its view has other data: folded with the
 * others into one line, which offers the nearest year with figures of the view (`facts`) in the chosen area.
 */
export function PanelEmpty({ title, facts }: { title: string; facts: readonly SourcedFact[] }) {
  const area = useFiltersStore((s) => s.area);
  const years = facts.filter((f) => area === null || f.area === area).map((f) => f.year);
  return <EmptyPanelLine title={title} years={years} />;
}
