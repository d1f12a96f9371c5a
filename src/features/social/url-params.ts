import type { OwnedParams } from '../../store/url-state';

/** URL names: the platform chart's metric and the projects ranking's measure. */
export const PLATFORM_PARAM = 'metrica';
export const RANKING_PARAM = 'ordine';

/**
 * Registered by src/app/views.tsx. A file of its own: every page loads it (the store must know the
 * names before it reads the URL), and the parsing of the values stays in the view's chunk.
 */
export const communicationUrlParams: OwnedParams = { names: [PLATFORM_PARAM, RANKING_PARAM] };
