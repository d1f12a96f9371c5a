import { useMessages } from '../../lib/i18n';
import { uiMessages } from './messages';
import { ViewLink } from './view-link';

/** The Sources view's anchor for a check result (its heading's id). */
export function checkAnchorId(resultId: string): string {
  return `check-${resultId.replace(/[^a-z0-9-]/gi, '-')}`;
}

/**
 * A small mark beside a figure the consistency checks looked at: ✓ when it agrees with the other
 * figures, ⚠ when it does not; either way a link to the check on the Sources view, never the numbers.
 */
export function CheckMarker({ resultId, agrees }: { resultId: string; agrees: boolean }) {
  const t = useMessages(uiMessages);
  return (
    <ViewLink view="sources" hash={checkAnchorId(resultId)} className={`check-marker ${agrees ? 'check-marker-ok' : 'check-marker-warn'}`}>
      <span aria-hidden="true">{agrees ? '✓' : '⚠'}</span> {agrees ? t.checkOk : t.checkWarn}
    </ViewLink>
  );
}
