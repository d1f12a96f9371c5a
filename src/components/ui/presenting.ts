import { createContext, useContext } from 'react';

/**
 * True inside a slide. A panel on a slide shows its finding, not its controls: chart frames drop
 * their table and download buttons, toolbars (metric, sort, group pickers) are not rendered.
 */
export const PresentingContext = createContext(false);

export function usePresenting(): boolean {
  return useContext(PresentingContext);
}
