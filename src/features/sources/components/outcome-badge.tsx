import type { CheckOutcome } from '../../../data/checks';
import { useMessages } from '../../../lib/i18n';
import { sourcesMessages } from '../messages';

const ICON: Record<CheckOutcome, string> = { pass: '✓', warning: '!', 'not-applicable': '–' };

/** Outcome as an icon and a word, never colour alone. */
export function OutcomeBadge({ outcome }: { outcome: CheckOutcome }) {
  const t = useMessages(sourcesMessages);
  return (
    <span className={`outcome outcome-${outcome}`}>
      <span className="outcome-icon" aria-hidden="true">{ICON[outcome]}</span>
      {t.outcome[outcome]}
    </span>
  );
}
