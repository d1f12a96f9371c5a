import type { TileModel } from '../../data/kpi';
import { useMessages } from '../../lib/i18n';
import { uiMessages } from './messages';

/** A disclosure with the figure's provenance: document, section, original label. */
export function SourceBadge({ source }: { source: TileModel['source'] }) {
  const t = useMessages(uiMessages);
  return (
    <details className="source-badge">
      <summary>{t.source}</summary>
      <dl>
        <dt>{t.source}</dt>
        <dd>
          {source.title}
          {source.publisher ? ` — ${source.publisher}` : ''}
        </dd>
        <dt>{t.section}</dt>
        <dd>{source.section}</dd>
        <dt>{t.originalLabel}</dt>
        <dd lang="it">«{source.label}»</dd>
      </dl>
    </details>
  );
}
