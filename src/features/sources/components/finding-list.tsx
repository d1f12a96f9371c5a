import type { CheckResult } from '../../../data/checks';
import { useLocale, useMessages } from '../../../lib/i18n';
import { findingMessages } from '../finding-messages';
import { findingLines } from '../utils/findings';
import { QuotedText } from './quoted-text';

/** What a reading of the source's words found: for each point, where it is, what it says, what is odd. */
export function FindingList({ check }: { check: CheckResult }) {
  const locale = useLocale();
  const t = useMessages(findingMessages);
  const lines = findingLines(check, locale);
  if (lines.length === 0) return null;
  return (
    <ol className="check-findings">
      {lines.map((f) => (
        <li key={f.key}>
          <dl>
            <div>
              <dt>{t.field.where}</dt>
              <dd>
                {f.section && <><span lang="it">{t.quote(f.section)}</span> · </>}
                {f.lines}
              </dd>
            </div>
            <div>
              <dt>{t.field.stated}</dt>
              <dd><QuotedText text={f.stated} /></dd>
            </div>
            <div>
              <dt>{t.field.odd}</dt>
              <dd><QuotedText text={f.odd} /></dd>
            </div>
          </dl>
        </li>
      ))}
    </ol>
  );
}
