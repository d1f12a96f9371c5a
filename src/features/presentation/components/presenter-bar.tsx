import { formatClock, formatDuration } from '../../../lib/clock';
import { useMessages } from '../../../lib/i18n';
import { useClock } from '../hooks/use-clock';
import { presenterMessages } from '../presenter-messages';

export interface PresenterBarProps {
  slideLabel: string;
  audienceThere: boolean;
  onOpenAudience: () => void;
  onSlides: () => void;
  onExit: () => void;
}

/** The presenter's top line: where the deck is, the time and the time elapsed, the audience window. */
export function PresenterBar({ slideLabel, audienceThere, onOpenAudience, onSlides, onExit }: PresenterBarProps) {
  const t = useMessages(presenterMessages);
  const { now, elapsed } = useClock();
  return (
    <header className="presenter-bar">
      <h1>{t.presenterView}</h1>
      <p className="presenter-where" aria-live="polite" aria-atomic="true">{slideLabel}</p>
      <p className="presenter-time">
        <span>{t.clock}</span> <time>{formatClock(now)}</time>
      </p>
      <p className="presenter-time">
        <span>{t.elapsed}</span> <time>{formatDuration(elapsed)}</time>
      </p>
      <p className="presenter-audience" data-state={audienceThere ? 'open' : 'closed'}>
        {t.audience}: <strong>{audienceThere ? t.audienceOpen : t.audienceClosed}</strong>
      </p>
      <button type="button" onClick={onOpenAudience}>{t.openAudience}</button>
      <button type="button" onClick={onSlides} aria-keyshortcuts="R">{t.leavePresenter}</button>
      <button type="button" onClick={onExit}>{t.exit}</button>
    </header>
  );
}
