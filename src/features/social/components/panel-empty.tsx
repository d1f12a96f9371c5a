import { useMessages } from '../../../lib/i18n';
import { socialMessages } from '../messages';

/** A panel with nothing under the current filters (while the view has other data): its heading and one line. */
export function PanelEmpty({ title }: { title: string }) {
  const t = useMessages(socialMessages);
  return (
    <section className="social-panel social-panel-empty" aria-label={title}>
      <h2>{title}</h2>
      <p className="muted">{t.noData}</p>
    </section>
  );
}
