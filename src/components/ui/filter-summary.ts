import { createContext } from 'react';

/**
 * The active filters in words ("Anno 2020 · Territorio: Lodi"), for what leaves the page (exported
 * files name them). Provided by the shell from the store (src/store/use-filter-summary.ts).
 */
export const FilterSummaryContext = createContext<readonly string[]>([]);
