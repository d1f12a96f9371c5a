import type { OwnedParams } from '../../store/url-state';

/** The scorecard's filters and the open indicator, in the URL (registered by src/app/url-params.ts). */
export const SCORECARD_PARAMS = ['sa', 'stato', 'tipo', 'tag', 'unita', 'q'] as const;
export const DETAIL_PARAM = 'indicatore';

/** Typing in the search box replaces the history entry instead of adding one per letter. */
export const scorecardUrlParams: OwnedParams = { names: [...SCORECARD_PARAMS, DETAIL_PARAM], quiet: ['q'] };
