import { useEffect, useId, useRef } from 'react';
import { PanelBoundary } from '../../../components/ui/panel-boundary';
import type { Area } from '../../../data/schema';
import { useLocale, useMessages } from '../../../lib/i18n';
import { useFiltersStore } from '../../../store/filters-store';
import { useAutoAdvance } from '../hooks/use-auto-advance';
import { usePresentation } from '../hooks/use-presentation';
import { usePresentationKeys } from '../hooks/use-presentation-keys';
import type { Slide } from '../utils/deck';
import { autoStep } from '../utils/navigation';
import { CYCLES, INTERVALS, type CycleId, type DeckId } from '../utils/presentation-state';
import { presentationMessages } from '../messages';
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

/** Full-window slides: one panel at a time, the filters always in view, keyboard first. */
export function Presentation({ slides, loading, viewNames, filtersSummary, cycleValues }: PresentationProps) {
  const t = useMessages(presentationMessages);
  const locale = useLocale();
  const { state, update, exit, go } = usePresentation();
  const year = useFiltersStore((s) => s.year);
  const area = useFiltersStore((s) => s.area);
  const setYear = useFiltersStore((s) => s.setYear);
  const setArea = useFiltersStore((s) => s.setArea);
  const total = slides.length;
  const slideNo = Math.min(state.slide, Math.max(total, 1));
  const slide = slides[slideNo - 1];
  const id = useId();
  const stage = useRef<HTMLDivElement>(null);

  useEffect(() => {
    stage.current?.focus({ preventScroll: true });
  }, [slideNo, slide?.panel.id]);

  usePresentationKeys({
    active: true,
    onEnter: () => {},
    onCommand: (c) => go(c, total),
    onExit: exit,
    onToggleAuto: () => update({ auto: !state.auto }),
  });

  useAutoAdvance(state.auto && total > 0, state.interval * 1000, () => {
    const values = state.cycle === 'anno' ? cycleValues.anno : state.cycle === 'area' ? cycleValues.area : null;
    const current = state.cycle === 'anno' ? year : state.cycle === 'area' ? area : null;
    const step = autoStep<number | string>(slideNo, total, values, current);
    if (step.cycleTo !== undefined && step.cycleTo !== null) {
      if (state.cycle === 'anno') setYear(step.cycleTo as number);
      else setArea(step.cycleTo as Area);
    }
    update({ slide: step.slide });
  });

  const slideLabel = t.slideOf(String(total ? slideNo : 0), String(total));
  return (
    <div className="presentation" role="region" aria-label={t.region} lang={locale}>
      <header className="presentation-banner">
        <p className="presentation-filters">
          <span className="sr-only">{t.filters}: </span>
          {filtersSummary || t.noFilters}
        </p>
        <p className="presentation-where">
          {slide ? `${viewNames[slide.view] ?? ''} · ` : ''}
          <span aria-live="polite" aria-atomic="true">{slideLabel}</span>
          <span className="sr-only" aria-live="polite">{state.auto ? t.running : ''}</span>
        </p>
      </header>
      <div className="presentation-stage" ref={stage} tabIndex={-1} aria-label={slide ? slide.panel.title[locale] : slideLabel}>
        {loading ? (
          <p role="status">{t.loading}</p>
        ) : slide ? (
          <div className="presentation-slide" data-empty={t.emptySlide} key={`${slide.view}-${slide.panel.id}`}>
            <PanelBoundary name={slide.panel.title[locale]}>
              <slide.panel.Component />
            </PanelBoundary>
          </div>
        ) : (
          <p>{t.noSlides}</p>
        )}
      </div>
      <nav className="presentation-controls" aria-label={t.region}>
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
        <button type="button" onClick={exit}>{t.exit}</button>
        <p className="presentation-keys">{t.keys}</p>
      </nav>
    </div>
  );
}
