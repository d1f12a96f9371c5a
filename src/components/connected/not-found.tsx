import { ViewLink } from '../ui/view-link';
import { useMessages } from '../../lib/i18n';
import { shellMessages } from '../../lib/shell-messages';

export function NotFound() {
  const t = useMessages(shellMessages);
  return (
    <section className="not-found" aria-labelledby="nf-title">
      <h1 id="nf-title">{t.notFoundTitle}</h1>
      <p>{t.notFoundText}</p>
      <p>
        <ViewLink view="overview">{t.backHome}</ViewLink>
      </p>
    </section>
  );
}
