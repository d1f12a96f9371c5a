import { checkAnchor } from '../../data/checks/anchors';
import { useMessages } from '../../lib/i18n';
import { panelMessages } from './panel-messages';
import { usePresenting } from './presenting';
import { ViewLink } from './view-link';

/**
 * A small mark beside a figure the consistency checks looked at: ✓ when it agrees with the other
 * figures, ⚠ when it does not; either way a link to the check on the Sources view, never the numbers.
 */
export function CheckMarker({ resultId, agrees }: { resultId: string; agrees: boolean }) {
  const t = useMessages(panelMessages);
  const className = `check-marker ${agrees ? 'check-marker-ok' : 'check-marker-warn'}`;
  const mark = <span aria-hidden="true">{agrees ? '✓' : '⚠'}</span>;
  // A slide says the figure was checked; the check itself opens from the page, not in front of the room.
  if (usePresenting()) {
    return (
      <span className={className}>
        {mark} {agrees ? t.checkOk : t.checkWarnNoted}
      </span>
    );
  }
  return (
    <ViewLink view="sources" hash={checkAnchor(resultId)} className={className}>
      {mark} {agrees ? t.checkOk : t.checkWarn}
    </ViewLink>
  );
}
