import { useId, useState } from 'react';
import type { TileModel } from '../../data/kpi';
import { useMessages } from '../../lib/i18n';
import { uiMessages } from './messages';

/**
 * A disclosure with the figure's provenance: document, section, original label.
 * A button, and the list only while it is open: a filter change mounts a score of tiles at once, and
 * their closed lists were two fifths of the elements it created. Print writes out the document and
 * section, a page without JavaScript the original label too (`data-source`, `data-label`; styles.css
 * and /noscript.css).
 */
export function SourceBadge({ source }: { source: TileModel['source'] }) {
  const t = useMessages(uiMessages);
  const [open, setOpen] = useState(false);
  const id = useId();
  const doc = source.publisher ? `${source.title} — ${source.publisher}` : source.title;
  const label = `«${source.label}»`;
  return (
    <div className="source-badge" data-source={`${t.source}: ${doc} · ${t.section}: ${source.section}`} data-label={`${t.originalLabel}: ${label}`}>
      <button type="button" className="source-toggle" aria-expanded={open} aria-controls={open ? id : undefined} onClick={() => setOpen((v) => !v)}>
        {t.source}
      </button>
      {open && (
        <dl id={id}>
          <dt>{t.source}</dt>
          <dd>{doc}</dd>
          <dt>{t.section}</dt>
          <dd>{source.section}</dd>
          <dt>{t.originalLabel}</dt>
          <dd lang="it">{label}</dd>
        </dl>
      )}
    </div>
  );
}
