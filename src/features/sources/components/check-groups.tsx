import { Suspense, use } from 'react';
import { useProgressiveCount } from '../../../components/ui/progressive-mount';
import { formatNumber } from '../../../lib/format';
import { useLocale, useMessages } from '../../../lib/i18n';
import { useSources } from '../hooks/use-sources';
import { sourcesMessages } from '../messages';
import { countWords, type ChecksModel } from '../utils/check-models';
import type { Thenable } from '../../../data/checks/slices';
import { CheckItem } from './check-item';

function CheckGroups({ checks }: { checks: Thenable<ChecksModel> }) {
  const locale = useLocale();
  const t = useMessages(sourcesMessages);
  const { groups, counts } = use(checks);
  // One source's checks per frame: together they are a long page of their own.
  const shown = useProgressiveCount(groups.length, 1);
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

/** The checks while they run: the panel's title, busy, and a line that says so where they will be. */
function ChecksPending() {
  const t = useMessages(sourcesMessages);
  return (
    <section className="sources-checks" aria-labelledby="sources-checks" aria-busy="true">
      <h2 id="sources-checks">{t.checksTitle}</h2>
      <p className="checks-pending">{t.checksPending}</p>
    </section>
  );
}

/** Every check, grouped by source, once they have run (the built page does not hold them: it is drawn after hydration). */
export function ChecksPanel() {
  const { checks, isLoading } = useSources();
  if (isLoading) return null;
  return (
    <Suspense fallback={<ChecksPending />}>
      <CheckGroups checks={checks} />
    </Suspense>
  );
}
