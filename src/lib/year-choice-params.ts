/**
 * The year-on-year choices a view keeps in the URL, the same in every view that offers them: whether
 * a chart compares the years, and which series the chart by year shows (their values: year-choices.ts).
 * A file of its own: every page loads it (registered with the others by src/app/views.tsx).
 */
export const COMPARE_PARAM = 'confronto';
export const SERIES_PARAM = 'serie';
export const yearChoiceUrlParams = { names: [COMPARE_PARAM, SERIES_PARAM] };
