import { useMessages } from '../../../lib/i18n';
import { usePresentKey } from '../hooks/use-present-key';
import { usePresentation } from '../hooks/use-presentation';
import { presentButtonMessages } from '../button-messages';

/** The "Presenta" button of the header; also binds the P key. */
export function PresentButton() {
  const t = useMessages(presentButtonMessages);
  const { enter } = usePresentation();
  usePresentKey(() => enter());
  return (
    <button type="button" className="present-button" onClick={() => enter()} title={t.presentHint} aria-keyshortcuts="P">
      ▶ {t.present}
    </button>
  );
}
