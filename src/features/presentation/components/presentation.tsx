import { useEffect, useId, useRef, useState, type CSSProperties } from 'react';
import { PanelBoundary } from '../../../components/ui/panel-boundary';
import { PresentingContext } from '../../../components/ui/presenting';
import type { Area } from '../../../data/schema';
import { useLocale, useMessages } from '../../../lib/i18n';
import { useCanvasFit } from '../hooks/use-canvas-fit';
import { useDeckAutoAdvance } from '../hooks/use-deck-auto-advance';
import { useIdleControls } from '../hooks/use-idle-controls';
import { enterFullscreen, usePresentation } from '../hooks/use-presentation';
import { useSlideMoves } from '../hooks/use-slide-moves';
import { usePresentationKeys } from '../hooks/use-presentation-keys';
import { usePresenterSwitch } from '../hooks/use-presenter-switch';
import { useWindowSync } from '../hooks/use-window-sync';
import type { Slide } from '../utils/deck';
import { CYCLES, INTERVALS, type CycleId, type DeckId } from '../utils/presentation-state';
import { presentationMessages } from '../messages';
import { presenterMessages } from '../presenter-messages';
import { DeckLoading } from './deck-loading';
import { KeysHelp } from './keys-help';
import '../presentation.css';

export interface PresentationProps {
  slides: readonly Slide[];
  loading: boolean;
  /** Names of the views, for the banner. */
  viewNames: Readonly<Record<string, string>>;
  /** "Anno 2020 · Area Associati", or empty. */
  filtersSummary: string;
  /** The values a cycle goes through, from the data. */
  cycleValues: { anno: readonly number[]; area: readonly Area[] };
}

/**
 * Full-window slides. Each slide is laid out on a canvas of fixed logical size and drawn scaled to
 * the screen, so it fits a 4:3 projector and a 4K TV alike; the filters stay on its banner. The
 * controls float over the bottom edge and hide while the presenter is not using them.
 */
export function Presentation({ slides, loading, viewNames, filtersSummary, cycleValues }: PresentationProps) {
  const t = useMessages(presentationMessages);
  const locale = useLocale();
  const { state, update, exit } = usePresentation();
  const go = useSlideMoves();
  const total = slides.length;
  const slideNo = Math.min(state.slide, Math.max(total, 1));
  const current = slides[slideNo - 1];
  const id = useId();
  const stage = useRef<HTMLDivElement>(null);
  const fit = useCanvasFit();
  const controlsShown = useIdleControls(state.auto);
  const [help, setHelp] = useState(false);
  // With the presenter's window open, this is the audience's: the slide and its banner only, moved from there.
  const presenterThere = useWindowSync('audience');
  const { toPresenter } = usePresenterSwitch();
  const r = useMessages(presenterMessages);

  useEffect(() => {
    stage.current?.focus({ preventScroll: true });
  }, [slideNo, current?.slide.id]);

  usePresentationKeys({
    onCommand: (c) => go(c, total),
    onExit: () => (help ? setHelp(false) : presenterThere ? undefined : exit()),
    onToggleAuto: () => update({ auto: !state.auto }),
    onHelp: () => setHelp((h) => !h),
    onPresenter: presenterThere ? undefined : toPresenter,
    onFullscreen: () => void enterFullscreen(),
  });

  // While a presenter's window is open, it runs the auto-advance and this window follows.
  useDeckAutoAdvance(total, slideNo, cycleValues, !presenterThere);

  const slideLabel = t.slideOf(String(total ? slideNo : 0), String(total));
  const canvas = {
    width: `${fit.width}px`,
    height: `${fit.height}px`,
    transform: `translate(${fit.x}px, ${fit.y}px) scale(${fit.scale})`,
  } satisfies CSSProperties;
  return (
    <div
      className="presentation"
      role="region"
      aria-label={t.region}
      lang={locale}
      data-controls={controlsShown ? 'shown' : 'hidden'}
      data-audience={presenterThere || undefined}
      onClick={presenterThere ? () => void enterFullscreen() : undefined}
    >
      <div className="slide-canvas" style={canvas} data-scale={fit.scale}>
        <header className="presentation-banner">
          <p className="presentation-filters">
            <span className="sr-only">{t.filters}: </span>
            {filtersSummary || t.noFilters}
          </p>
          <p className="presentation-where">
            {current?.view ? `${viewNames[current.view] ?? ''} · ` : ''}
            <span aria-live="polite" aria-atomic="true">{slideLabel}</span>
            <span className="sr-only" aria-live="polite">{state.auto ? t.running : ''}</span>
          </p>
        </header>
        <div className="presentation-stage" ref={stage} tabIndex={-1} aria-label={current ? current.slide.title[locale] : slideLabel}>
          {loading ? (
            <DeckLoading><p role="status">{t.loading}</p></DeckLoading>
          ) : current ? (
            <div className="presentation-slide" data-slide={current.slide.id} data-empty={t.emptySlide} key={`${current.view}-${current.slide.id}`}>
              <PresentingContext.Provider value={true}>
                <PanelBoundary name={current.slide.title[locale]}>
                  <current.slide.Component />
                </PanelBoundary>
              </PresentingContext.Provider>
            </div>
          ) : (
            <p>{t.noSlides}</p>
          )}
        </div>
      </div>
      {!presenterThere && (
      <nav className="presentation-controls" aria-label={t.controls}>
        <button type="button" onClick={() => go('previous', total)} disabled={slideNo <= 1}>← {t.previous}</button>
        <button type="button" onClick={() => go('next', total)} disabled={slideNo >= total}>{t.next} →</button>
        <button type="button" aria-pressed={state.auto} onClick={() => update({ auto: !state.auto })}>
          {state.auto ? `❚❚ ${t.pause}` : `▶ ${t.play}`}
        </button>
        <label htmlFor={`${id}-interval`}>{t.interval}</label>
        <select id={`${id}-interval`} value={state.interval} onChange={(e) => update({ interval: Number(e.target.value) })}>
          {INTERVALS.map((s) => (
            <option key={s} value={s}>{t.seconds(String(s))}</option>
          ))}
        </select>
        <label htmlFor={`${id}-cycle`}>{t.cycle}</label>
        <select id={`${id}-cycle`} value={state.cycle ?? ''} onChange={(e) => update({ cycle: (e.target.value || null) as CycleId | null })}>
          <option value="">{t.cycleNone}</option>
          {CYCLES.map((c) => (
            <option key={c} value={c}>{c === 'anno' ? t.cycleYear : t.cycleArea}</option>
          ))}
        </select>
        <label htmlFor={`${id}-deck`}>{t.deck}</label>
        <select id={`${id}-deck`} value={state.deck} onChange={(e) => update({ deck: e.target.value as DeckId, slide: 1 })}>
          <option value="vista">{t.deckView}</option>
          <option value="riunione">{t.deckMeeting}</option>
        </select>
        <button type="button" aria-expanded={help} aria-keyshortcuts="?" onClick={() => setHelp((h) => !h)}>{t.keysButton}</button>
        <button type="button" onClick={toPresenter} title={r.presenterHint} aria-keyshortcuts="R">{r.presenterView}</button>
        <button type="button" onClick={exit}>{t.exit}</button>
      </nav>
      )}
      {help && !presenterThere && <KeysHelp onClose={() => setHelp(false)} />}
    </div>
  );
}
