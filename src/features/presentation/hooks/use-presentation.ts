import { useCallback, useMemo } from 'react';
import { useFiltersStore } from '../../../store/filters-store';
import { parsePresentation, presentationParams, type PresentationState } from '../utils/presentation-state';

let savedScroll = 0;

/** Full screen for the window (the audience window asks on a click or F). */
export async function enterFullscreen() {
  try {
    if (!document.fullscreenElement) await document.documentElement.requestFullscreen?.();
  } catch {
    /* refused (no user gesture, iframe, kiosk…): the in-page layout covers the window anyway */
  }
}

function leaveFullscreen() {
  if (document.fullscreenElement) document.exitFullscreen?.().catch(() => {});
}

/** Back to where the presenter was, once the view (and the window, leaving full screen) has settled. */
function restoreScroll(y: number, framesLeft = 60) {
  requestAnimationFrame(() => {
    window.scrollTo({ top: y });
    if (Math.abs(window.scrollY - y) > 1 && framesLeft > 0) restoreScroll(y, framesLeft - 1);
  });
}

/** Presentation state from the URL, and the actions that change it (each one history entry); the deck's moves: useSlideMoves. */
export function usePresentation() {
  const extra = useFiltersStore((s) => s.extra);
  const patchExtra = useFiltersStore((s) => s.patchExtra);
  const state = useMemo(() => parsePresentation(extra), [extra]);

  const update = useCallback((patch: Partial<PresentationState>) => patchExtra(presentationParams({ ...state, ...patch })), [patchExtra, state]);

  const enter = useCallback(
    (patch: Partial<PresentationState> = {}) => {
      savedScroll = window.scrollY;
      void enterFullscreen();
      update({ active: true, slide: 1, ...patch });
    },
    [update],
  );

  const exit = useCallback(() => {
    leaveFullscreen();
    patchExtra(presentationParams({ ...state, active: false }));
    restoreScroll(savedScroll);
  }, [patchExtra, state]);

  return { state, update, enter, exit };
}
