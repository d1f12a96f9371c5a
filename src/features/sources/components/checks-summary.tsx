import { Suspense, use, useMemo } from 'react';
import { usePresenting } from '../../../components/ui/presenting';
import { checkAnchor, type CheckOutcome } from '../../../data/checks';
import { formatNumber } from '../../../lib/format';
import { useLocale, useMessages } from '../../../lib/i18n';
import type { Locale } from '../../../lib/locale';
import { useSources } from '../hooks/use-sources';
import { sourcesMessages } from '../messages';
import { countWords, type ChecksModel } from '../utils/check-models';
import type { Thenable } from '../../../data/checks/slices';
import { OutcomeBadge } from './outcome-badge';

const OUTCOMES = ['pass', 'warning', 'not-applicable'] as const;

function OutcomeCounts({ count }: { count: (o: CheckOutcome) => string }) {
  return (
    <ul className="outcome-counts">
      {OUTCOMES.map((o) => (
        <li key={o}>
          <span className="outcome-count">{count(o)}</span>
          <OutcomeBadge outcome={o} />
        </li>
      ))}
    </ul>
  );
}

interface SummaryProps {
  checks: Thenable<ChecksModel>;
  locale: Locale;
  /** On a slide the warnings are named, not links into the page. */
  presenting: boolean;
}

/** The outcomes counted and the warnings named. */
function Summary({ checks, locale, presenting }: SummaryProps) {
  const t = sourcesMessages[locale];
  const { counts, checks: all } = use(checks);
  const warnings = all.filter((c) => c.outcome === 'warning');
  return (
    <section className="panel sources-summary" aria-labelledby="sources-summary">
      <h2 id="sources-summary">{t.summaryTitle}</h2>
      <p className="sources-summary-line">{t.summaryLine(countWords(counts, locale))}</p>
      <OutcomeCounts count={(o) => formatNumber(counts[o], locale)} />
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

/** The summary while the checks run: busy, saying so, its lines there without numbers and room kept for the warnings. */
function SummaryPending() {
  const t = useMessages(sourcesMessages);
  return (
    <section className="panel sources-summary" aria-labelledby="sources-summary" aria-busy="true">
      <h2 id="sources-summary">{t.summaryTitle}</h2>
      <p className="sources-summary-line" role="status">{t.checksPending}</p>
      <OutcomeCounts count={() => '…'} />
      <div className="sources-summary-room" />
      <p className="muted">{t.summaryNote}</p>
    </section>
  );
}

/**
 * The checks at a glance. The built page holds them; while they run after it has painted, hydration
 * leaves that HTML in place, in its Suspense boundary, and hydrates it once they are done. Handed a
 * new element before then (the panel re-rendered as the panel list grows), React would hold that
 * whole re-render until the checks are done (the checks panel could not even show that they are
 * pending). So the boundary is the same element as long as what it shows is the same (these checks,
 * language, page or slide), and gets what it shows as props: a changed context does not reach a
 * boundary not hydrated yet, which would then be hydrated in the new language over the old HTML (a
 * mismatch, React error 418). Changed props (a link's language or filters, applied after
 * hydration) make React draw it afresh, pending, as it should.
 */
export function SummaryPanel() {
  const { checks, isLoading } = useSources();
  const locale = useLocale();
  const presenting = usePresenting();
  const body = useMemo(
    () => <Suspense fallback={<SummaryPending />}><Summary checks={checks} locale={locale} presenting={presenting} /></Suspense>,
    [checks, locale, presenting],
  );
  return isLoading ? null : body;
}
