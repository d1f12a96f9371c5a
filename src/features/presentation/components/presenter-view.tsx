import { useEffect, useRef, useState } from 'react';
import type { SlideNotes } from '../../../components/ui/panel';
import { useLocale, useMessages } from '../../../lib/i18n';
import { useDeckAutoAdvance } from '../hooks/use-deck-auto-advance';
import { usePresentation } from '../hooks/use-presentation';
import { useSlideMoves } from '../hooks/use-slide-moves';
import { usePresentationKeys } from '../hooks/use-presentation-keys';
import { usePresenterSwitch } from '../hooks/use-presenter-switch';
import { useWindowSync } from '../hooks/use-window-sync';
import { presentationMessages } from '../messages';
import { presenterMessages } from '../presenter-messages';
import { AUDIENCE_WINDOW, audienceUrl, lastAudienceAttempt, openAudienceWindow } from '../utils/audience-window';
import type { Slide } from '../utils/deck';
import { slideKey } from '../utils/own-notes';
import { DeckLoading } from './deck-loading';
import { KeysHelp } from './keys-help';
import { OwnNote } from './own-note';
import type { PresentationProps } from './presentation';
import { PresenterBar } from './presenter-bar';
import { PresenterFilters, SlideList, type FilterOptions } from './presenter-side';
import { ScaledSlide } from './scaled-slide';
import { SpeakerNotes } from './speaker-notes';
import '../presentation.css';
import '../presenter.css';

export interface PresenterViewProps extends PresentationProps {
  notesOf: (slide: Slide) => SlideNotes;
  /** The deck the presenter's own notes belong to. */
  deckKey: string;
  filterOptions: FilterOptions;
}

/** How long a reloaded presenter view waits for an open audience window to answer before opening one. */
const ANSWER_WAIT_MS = 800;

/**
 * The laptop's screen while the audience window shows the slides: the current slide, the next one,
 * the time, the filters, the deck's slides and the notes. Both windows move together (useWindowSync).
 */
export function PresenterView({ slides, loading, viewNames, filtersSummary, cycleValues, notesOf, deckKey, filterOptions }: PresenterViewProps) {
  const t = useMessages(presenterMessages);
  const p = useMessages(presentationMessages);
  const locale = useLocale();
  const { state, update, exit } = usePresentation();
  const go = useSlideMoves();
  const { toSlides } = usePresenterSwitch();
  // Leaving the presentation from here leaves the presenter view too (P later presents on one screen).
  const leave = () => {
    exit();
    toSlides();
  };
  const audienceThere = useWindowSync('presenter');
  const [blocked, setBlocked] = useState(() => lastAudienceAttempt() === 'blocked');
  const [help, setHelp] = useState(false);
  const there = useRef(audienceThere);
  useEffect(() => {
    there.current = audienceThere;
  }, [audienceThere]);

  const total = slides.length;
  const slideNo = Math.min(state.slide, Math.max(total, 1));
  const current = slides[slideNo - 1];
  const next = slides[slideNo];
  const url = audienceUrl(location.pathname + location.search);
  const open = () => setBlocked(!openAudienceWindow(url));

  // Opened from the address (or reloaded): open the audience window unless one answers first.
  useEffect(() => {
    if (lastAudienceAttempt() !== null) return;
    const id = window.setTimeout(() => {
      if (!there.current) setBlocked(!openAudienceWindow(audienceUrl(location.pathname + location.search)));
    }, ANSWER_WAIT_MS);
    return () => window.clearTimeout(id);
  }, []);

  usePresentationKeys({
    onCommand: (c) => go(c, total),
    onExit: () => (help ? setHelp(false) : leave()),
    onToggleAuto: () => update({ auto: !state.auto }),
    onHelp: () => setHelp((h) => !h),
    onPresenter: toSlides,
  });
  useDeckAutoAdvance(total, slideNo, cycleValues);

  const slideLabel = p.slideOf(String(total ? slideNo : 0), String(total));
  const where = (s: Slide | undefined, n: number) => `${s?.view ? `${viewNames[s.view] ?? ''} · ` : ''}${p.slideOf(String(n), String(total))}`;
  const filters = filtersSummary || p.noFilters;
  return (
    <div className="presenter" role="region" aria-label={t.region} lang={locale}>
      <PresenterBar slideLabel={slideLabel} audienceThere={audienceThere} onOpenAudience={open} onSlides={toSlides} onExit={leave} />
      {blocked && !audienceThere && (
        <div className="presenter-blocked" role="alert">
          <p>{t.popupBlocked}</p>
          <button type="button" onClick={open}>{t.openAudience}</button>{' '}
          <a href={url} target={AUDIENCE_WINDOW}>{t.audienceLink}</a>
        </div>
      )}
      <div className="presenter-main">
        <section className="presenter-current" aria-labelledby="presenter-current">
          <h2 id="presenter-current">{t.current}: {current ? current.slide.title[locale] : slideLabel}</h2>
          {loading ? <DeckLoading><p role="status">{p.loading}</p></DeckLoading> : <ScaledSlide slide={current} banner={{ filters, where: where(current, slideNo) }} empty={total ? p.emptySlide : p.noSlides} />}
        </section>
        <section className="presenter-notes" aria-labelledby="presenter-notes">
          <h2 id="presenter-notes">{t.notes}</h2>
          {current && !loading && <SpeakerNotes notes={notesOf(current)} />}
          {current && <OwnNote deck={deckKey} slide={slideKey(current.view, current.slide.id)} />}
        </section>
      </div>
      <aside className="presenter-side" aria-label={t.presenterView}>
        <section className="presenter-next" aria-labelledby="presenter-next">
          <h2 id="presenter-next">{t.next}{next ? `: ${next.slide.title[locale]}` : ''}</h2>
          {next && !loading ? <ScaledSlide slide={next} banner={{ filters, where: where(next, slideNo + 1) }} empty={p.emptySlide} preview /> : <p>{t.nextNone}</p>}
        </section>
        <div className="presenter-controls" role="group" aria-label={p.controls}>
          <button type="button" onClick={() => go('previous', total)} disabled={slideNo <= 1}>← {p.previous}</button>
          <button type="button" onClick={() => go('next', total)} disabled={slideNo >= total}>{p.next} →</button>
          <button type="button" aria-pressed={state.auto} onClick={() => update({ auto: !state.auto })}>{state.auto ? `❚❚ ${p.pause}` : `▶ ${p.play}`}</button>
          <button type="button" aria-expanded={help} aria-keyshortcuts="?" onClick={() => setHelp((h) => !h)}>{p.keysButton}</button>
        </div>
        <PresenterFilters options={filterOptions} />
        <SlideList slides={slides} current={slideNo} onGo={(n) => update({ slide: n })} />
      </aside>
      {help && <KeysHelp onClose={() => setHelp(false)} />}
    </div>
  );
}
