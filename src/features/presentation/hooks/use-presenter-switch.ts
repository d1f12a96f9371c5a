import { useCallback } from 'react';
import { useFiltersStore } from '../../../store/filters-store';
import { audienceUrl, openAudienceWindow } from '../utils/audience-window';
import { PRESENTER_PARAM } from '../utils/presentation-state';

const here = () => location.pathname + location.search;

/** This window becomes the presenter's (R, "Vista relatore") and opens the audience's; or goes back to the slides. */
export function usePresenterSwitch() {
  const setExtra = useFiltersStore((s) => s.setExtra);
  const toPresenter = useCallback(() => {
    // Opened inside the key press or click: a browser allows a popup only then.
    openAudienceWindow(audienceUrl(here()));
    setExtra(PRESENTER_PARAM, '1');
  }, [setExtra]);
  const toSlides = useCallback(() => setExtra(PRESENTER_PARAM, null), [setExtra]);
  return { toPresenter, toSlides };
}
