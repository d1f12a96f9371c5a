import { useId, useState } from 'react';
import type { TileModel } from '../../data/kpi';
import { useMessages } from '../../lib/i18n';
import { uiMessages } from './messages';

/**
 * A disclosure with the figure's provenance: document, section, original label.
 * A button and a hidden list rather than <details>: each <details> builds its own shadow tree
 * and style sheet, and a filter change mounts a score of tiles at once (a fifth of its time).
 * Without JavaScript, /noscript.css shows the list and hides the button; print shows the list.
 */
export function SourceBadge({ source }: { source: TileModel['source'] }) {
  const t = useMessages(uiMessages);
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="source-badge">
      <button type="button" className="source-toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen((v) => !v)}>
        {t.source}
      </button>
      <dl id={id} hidden={!open}>
        <dt>{t.source}</dt>
        <dd>{source.publisher ? `${source.title} — ${source.publisher}` : source.title}</dd>
        <dt>{t.section}</dt>
        <dd>{source.section}</dd>
        <dt>{t.originalLabel}</dt>
        <dd lang="it">{`«${source.label}»`}</dd>
      </dl>
    </div>
  );
}
