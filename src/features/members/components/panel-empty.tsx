import { useMessages } from '../../../lib/i18n';
import { membersMessages } from '../messages';

/** A panel with nothing under the current filters: its heading and one line (the view shows the full empty state). */
export function PanelEmpty({ heading }: { heading: string }) {
  const t = useMessages(membersMessages);
  return (
    <section className="members-panel-empty">
      <h2>{heading}</h2>
      <p className="muted">{t.noData}</p>
    </section>
  );
}
