import { shellMessages } from '../../../app/messages';
import { checkAnchorId } from '../../../components/ui/check-marker';
import { DataTable } from '../../../components/ui/data-table';
import type { CheckResult } from '../../../data/checks';
import { useLocale, useMessages } from '../../../lib/i18n';
import { formatNumber } from '../../../lib/format';
import { sourcesMessages } from '../messages';
import { checkContext, checkFigures, disagreementLines, partsTable } from '../utils/check-figures';
import { explainCheck } from '../utils/explain-check';
import { OutcomeBadge } from './outcome-badge';

/** One check: outcome, title, the sentence, its key numbers and, on demand, the parts. */
export function CheckItem({ check }: { check: CheckResult }) {
  const locale = useLocale();
  const t = useMessages(sourcesMessages);
  const s = useMessages(shellMessages);
  const figures = checkFigures(check, locale);
  const table = partsTable(check, locale);
  const disagreements = disagreementLines(check, locale);
  const context = checkContext(check, locale, (tr) => s.territories[tr]);
  const headingId = checkAnchorId(check.id);
  return (
    <li className={`check check-${check.outcome}`}>
      <div className="check-head">
        <OutcomeBadge outcome={check.outcome} />
        <h4 id={headingId}>{check.title[locale]}</h4>
      </div>
      {context && <p className="check-context">{context}</p>}
      <p className="check-sentence">{explainCheck(check, locale)}</p>
      {figures.length > 0 && (
        <dl className="check-figures">
          {figures.map((f) => (
            <div key={f.key}>
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {disagreements.length > 0 && (
        <div className="check-disagreements">
          <p className="check-subtitle">{t.disagreementsCaption}</p>
          <ul>
            {disagreements.map((d) => (
              <li key={d.id}>
                {d.name} — {d.text}
              </li>
            ))}
          </ul>
        </div>
      )}
      {table && check.kind === 'parts-vs-total' && (
        <details className="check-parts">
          <summary>{t.partsDetail(formatNumber(table.rows.length - 2, locale))}</summary>
          <DataTable table={table} caption={check.title[locale]} />
        </details>
      )}
    </li>
  );
}
