import { PRESENTER_PARAM } from './presentation-state';
import { sharedUrl } from './window-sync';

/** The audience window's name: opening it again finds the same window instead of a second one. */
export const AUDIENCE_WINDOW = 'cruscotto-pubblico';

/** The audience's address: this one without the presenter's marker. */
export function audienceUrl(pathAndQuery: string): string {
  return sharedUrl(pathAndQuery);
}

/** The presenter's address: this one with the marker. */
export function presenterUrl(pathAndQuery: string): string {
  const shared = sharedUrl(pathAndQuery);
  return `${shared}${shared.includes('?') ? '&' : '?'}${PRESENTER_PARAM}=1`;
}

/** How the last attempt went, so the presenter view that mounts after it knows (null: none yet in this page). */
let last: 'opened' | 'blocked' | null = null;
export const lastAudienceAttempt = () => last;

/**
 * Opens the audience window, or finds it when it is already open (without reloading it). False when
 * the browser blocked the popup: the presenter view then offers a button and a link.
 */
export function openAudienceWindow(url: string): boolean {
  let w: Window | null;
  try {
    w = window.open('', AUDIENCE_WINDOW, 'popup');
  } catch {
    w = null;
  }
  if (!w) {
    last = 'blocked';
    return false;
  }
  try {
    if (w.location.href === 'about:blank') w.location.replace(url);
  } catch {
    // The named window went to another site: bring it back to the presentation.
    w.location.href = url;
  }
  w.focus?.();
  last = 'opened';
  return true;
}
