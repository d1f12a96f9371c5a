import { useMessages } from '../../../lib/i18n';
import { usePresentation } from '../hooks/use-presentation';
import { usePresentationKeys } from '../hooks/use-presentation-keys';
import { presentationMessages } from '../messages';

/** The "Presenta" button of the header; also binds the P key. */
export function PresentButton() {
  const t = useMessages(presentationMessages);
  const { state, enter } = usePresentation();
  usePresentationKeys({ active: state.active, onEnter: () => enter(), onCommand: () => {}, onExit: () => {}, onToggleAuto: () => {} });
  return (
    <button type="button" className="present-button" onClick={() => enter()} title={t.presentHint} aria-keyshortcuts="P">
      ▶ {t.present}
    </button>
  );
}
