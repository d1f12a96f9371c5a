import { EmptyPanelLine } from '../../../components/connected/empty-panel-line';
import { useMembers } from '../hooks/use-members';

/** A panel with nothing under the current filters: folded with the others into one line (the view shows the full empty state). */
export function PanelEmpty({ heading }: { heading: string }) {
  const { members } = useMembers();
  return <EmptyPanelLine title={heading} years={members.map((f) => f.year)} />;
}
