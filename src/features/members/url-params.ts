import type { OwnedParams } from '../../store/url-state';

/** The view's URL parameters, in Italian like the rest of the URL. */
export const PARAM_METRIC = 'metrica';
export const PARAM_SORT = 'ordine';
export const PARAM_GROUP = 'gruppo';

/**
 * Registered by src/app/views.tsx. A file of its own: every page loads it (the store must know the
 * names before it reads the URL), and the parsing of the values stays in the view's chunk.
 */
export const membersUrlParams: OwnedParams = { names: [PARAM_GROUP, PARAM_METRIC, PARAM_SORT] };
