import { shellMessages } from '../../../lib/shell-messages';
import { DataTable } from '../../../components/ui/data-table';
import { checkAnchor, type CheckResult } from '../../../data/checks';
import { useLocale, useMessages } from '../../../lib/i18n';
import { formatNumber } from '../../../lib/format';
import { sourcesMessages } from '../messages';
import { checkContext, checkFigures, disagreementLines, partsTable } from '../utils/check-figures';
import { explainCheck } from '../utils/explain-check';
import { severityLabel } from '../utils/findings';
import { FindingList } from './finding-list';
import { OutcomeBadge } from './outcome-badge';

/**
 * One check: outcome, title, the sentence, its key numbers and, on demand, the parts; for a reading
 * of the source's words, its severity and each point found. Its id is the anchor other views link to.
 */
export function CheckItem({ check }: { check: CheckResult }) {
  const locale = useLocale();
  const t = useMessages(sourcesMessages);
  const s = useMessages(shellMessages);
  const figures = checkFigures(check, locale);
  const table = partsTable(check, locale);
  const disagreements = disagreementLines(check, locale);
  const context = checkContext(check, locale, (tr) => s.territories[tr]);
  const anchor = checkAnchor(check.id);
  const severity = severityLabel(check, locale);
  return (
    <li className={`check check-${check.outcome}`} id={anchor} tabIndex={-1}>
      <div className="check-head">
        <OutcomeBadge outcome={check.outcome} />
        <h4 id={`${anchor}-title`}>{check.title[locale]}</h4>
        {severity && check.outcome === 'warning' && <span className="check-severity">{severity}</span>}
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
      <FindingList check={check} />
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
