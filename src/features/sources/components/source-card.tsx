import { Suspense, use, useMemo } from 'react';
import { shellMessages } from '../../../lib/shell-messages';
import { formatDate, formatNumber } from '../../../lib/format';
import { useLocale, useMessages } from '../../../lib/i18n';
import { sourcesMessages } from '../messages';
import type { Locale } from '../../../lib/locale';
import { countChecks, countWords, PENDING_WORDS, type ChecksModel } from '../utils/check-models';
import type { Thenable } from '../../../data/checks/slices';
import type { Count, SourceModel } from '../utils/source-models';

const NONE = countChecks([]);

/** The card's line of checks: how those that read this source came out. */
function ChecksLine({ checks, sourceId, locale }: { checks: Thenable<ChecksModel>; sourceId: string; locale: Locale }) {
  const t = sourcesMessages[locale];
  const counts = use(checks).bySource[sourceId] ?? NONE;
  return (
    <div>
      <dt>{t.field.checks}</dt>
      <dd>{t.checkCounts(countWords(counts, locale))}</dd>
    </div>
  );
}

/** The same line while the checks run: busy, its words without numbers (as long, so nothing moves when they come). */
function ChecksLinePending() {
  const t = useMessages(sourcesMessages);
  return (
    <div aria-busy="true">
      <dt>{t.field.checks}</dt>
      <dd>{t.checkCounts(PENDING_WORDS)}</dd>
    </div>
  );
}

/** A source's metadata and what the dashboard took from it; `checks`, those of the view under its filters. */
export function SourceCard({ source, checks }: { source: SourceModel; checks: Thenable<ChecksModel> }) {
  const locale = useLocale();
  const t = useMessages(sourcesMessages);
  const s = useMessages(shellMessages);
  // The same element while it shows the same, with its contents as props (see SummaryPanel): the
  // built HTML keeps the line until the checks have run.
  const checksLine = useMemo(
    () => <Suspense fallback={<ChecksLinePending />}><ChecksLine checks={checks} sourceId={source.id} locale={locale} /></Suspense>,
    [checks, source.id, locale],
  );
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
        {checksLine}
        <div className="source-file">
          <dt>{t.field.file}</dt>
          <dd><code>{source.file}</code></dd>
        </div>
      </dl>
    </article>
  );
}
