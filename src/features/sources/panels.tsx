import { usePresenting } from '../../components/ui/presenting';
import type { PanelDef } from '../../components/ui/panel';
import { checkAnchor } from '../../data/checks';
import { useProgressiveCount } from '../../components/ui/deferred-mount';
import { formatNumber } from '../../lib/format';
import { useLocale, useMessages } from '../../lib/i18n';
import { CheckItem } from './components/check-item';
import { OutcomeBadge } from './components/outcome-badge';
import { SourceCard } from './components/source-card';
import { sourcesModel, useSources } from './hooks/use-sources';
import { countWords } from './utils/check-models';
import { sourcesMessages } from './messages';

function SummaryPanel() {
  const locale = useLocale();
  // On a slide the warnings are named, not links into the page.
  const presenting = usePresenting();
  const t = useMessages(sourcesMessages);
  const { counts, checks, isLoading } = useSources();
  if (isLoading) return null;
  const f = (v: number) => formatNumber(v, locale);
  const warnings = checks.filter((c) => c.outcome === 'warning');
  return (
    <section className="panel sources-summary" aria-labelledby="sources-summary">
      <h2 id="sources-summary">{t.summaryTitle}</h2>
      <p className="sources-summary-line">{t.summaryLine(countWords(counts, locale))}</p>
      <ul className="outcome-counts">
        {(['pass', 'warning', 'not-applicable'] as const).map((o) => (
          <li key={o}>
            <span className="outcome-count">{f(counts[o])}</span>
            <OutcomeBadge outcome={o} />
          </li>
        ))}
      </ul>
      {warnings.length > 0 && (
        <>
          <h3>{t.warningsTitle}</h3>
          <ul className="warning-list">
            {warnings.map((c) => (
              <li key={c.id}>{presenting ? c.title[locale] : <a href={`#${checkAnchor(c.id)}`}>{c.title[locale]}</a>}</li>
            ))}
          </ul>
        </>
      )}
      <p className="muted">{t.summaryNote}</p>
    </section>
  );
}

/** Source cards a slide holds: one, its dozen lines of metadata in three columns. */
const SOURCES_PER_SLIDE = 1;

function SourcesPanel({ page }: { page?: number }) {
  const t = useMessages(sourcesMessages);
  const { sources: all, isLoading } = useSources();
  if (isLoading) return null;
  const sources = page === undefined ? all : all.slice(page * SOURCES_PER_SLIDE, (page + 1) * SOURCES_PER_SLIDE);
  return (
    <section className="sources-list" aria-labelledby="sources-list">
      <h2 id="sources-list">{t.sourcesTitle}</h2>
      {sources.length === 0 ? <p>{t.noSources}</p> : (
        <div className="source-cards">
          {sources.map((s) => <SourceCard key={s.id} source={s} />)}
        </div>
      )}
    </section>
  );
}

function ChecksPanel() {
  const locale = useLocale();
  const t = useMessages(sourcesMessages);
  const { groups, counts, isLoading } = useSources();
  // One source's checks per frame: together they are a long page of their own.
  const shown = useProgressiveCount(groups.length, 1);
  if (isLoading) return null;
  return (
    <section className="sources-checks" aria-labelledby="sources-checks">
      <h2 id="sources-checks">{t.checksTitle}</h2>
      {groups.length === 0 && <p>{t.noChecks}</p>}
      {/* On paper, the checks that found something; the rest are a page of ticks. */}
      <p className="print-only">{t.printChecksOmitted(formatNumber(counts.warning, locale), formatNumber(counts.pass + counts['not-applicable'], locale))}</p>
      {groups.slice(0, shown).map((g) => (
        <section key={g.sourceId ?? 'missing'} className={g.counts.warning > 0 ? 'check-group' : 'check-group print-omit'} aria-labelledby={`checks-${g.sourceId ?? 'missing'}`}>
          <h3 id={`checks-${g.sourceId ?? 'missing'}`}>
            <span lang={g.title ? 'it' : undefined}>{g.title ?? t.missingGroup}</span>
            <span className="check-group-counts">{t.checkCounts(countWords(g.counts, locale))}</span>
          </h3>
          <ul className="check-list">
            {g.checks.map((c) => <CheckItem key={c.id} check={c} />)}
          </ul>
        </section>
      ))}
    </section>
  );
}

const { withModel } = sourcesModel;
const Sources = withModel(SourcesPanel);

const sourcesTitle = { it: sourcesMessages.it.sourcesTitle, en: sourcesMessages.en.sourcesTitle };

export const sourcesPanels: PanelDef[] = [
  { id: 'riepilogo', title: { it: sourcesMessages.it.summaryTitle, en: sourcesMessages.en.summaryTitle }, Component: withModel(SummaryPanel) },
  {
    id: 'fonti',
    title: sourcesTitle,
    Component: Sources,
    slides: ({ datasets }) =>
      Array.from({ length: Math.ceil(datasets.length / SOURCES_PER_SLIDE) }, (_, page) => ({ id: `fonti-${page + 1}`, title: sourcesTitle, Component: () => <Sources page={page} /> })),
  },
  // The checks are a long page for whoever reads them one by one; on a slide the summary lists what they found.
  { id: 'controlli', title: { it: sourcesMessages.it.checksTitle, en: sourcesMessages.en.checksTitle }, Component: withModel(ChecksPanel), slides: () => [] },
];

