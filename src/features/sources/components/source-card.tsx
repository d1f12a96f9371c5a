import { shellMessages } from '../../../lib/shell-messages';
import { formatDate, formatNumber } from '../../../lib/format';
import { useLocale, useMessages } from '../../../lib/i18n';
import { sourcesMessages } from '../messages';
import { countWords } from '../utils/check-models';
import type { Count, SourceModel } from '../utils/source-models';

/** A source's metadata and what the dashboard took from it. */
export function SourceCard({ source }: { source: SourceModel }) {
  const locale = useLocale();
  const t = useMessages(sourcesMessages);
  const s = useMessages(shellMessages);
  const n = (c: Count) =>
    c.shown === c.total ? formatNumber(c.total, locale) : t.ofTotal(formatNumber(c.shown, locale), formatNumber(c.total, locale));
  const rows: [string, string][] = [
    [t.field.publisher, source.publisher],
    [t.field.kind, t.kind[source.kind]],
    [t.field.year, String(source.year)],
    [t.field.years, source.years.join(', ')],
    [t.field.published, source.published ? formatDate(source.published, locale) : t.notStated],
    [t.field.facts, n(source.counts.facts)],
    [t.field.indicators, n(source.counts.indicators)],
    [t.field.lists, n(source.counts.lists)],
    [t.field.records, n(source.counts.records)],
    [t.field.areas, source.areas.map((a) => s.areas[a]).join(', ')],
    [t.field.checks, t.checkCounts(countWords(source.checks, locale))],
  ];
  return (
    <article className="source-card" aria-labelledby={`src-${source.id}`}>
      <h3 id={`src-${source.id}`} lang="it">{source.title}</h3>
      <p className="source-desc">{source.description}</p>
      <dl className="source-meta">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        <div className="source-file">
          <dt>{t.field.file}</dt>
          <dd><code>{source.file}</code></dd>
        </div>
      </dl>
    </article>
  );
}
