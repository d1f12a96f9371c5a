import { shellMessages } from '../../../app/messages';
import { useMessages } from '../../../lib/i18n';

/** Placeholder until this view lands. */
export default function View() {
  const s = useMessages(shellMessages);
  return (
    <section className="view" aria-labelledby="view-title">
      <h1 id="view-title">{s.views['covid']}</h1>
    </section>
  );
}
