import type { Territory } from './schema';

/** The territories each territory lies within, narrowest first (from the schema's definitions of the areas). */
const WITHIN: Record<Territory, readonly Territory[]> = {
  milano: ['cciaa-area', 'assolombarda-area', 'lombardia', 'italia', 'ue'],
  'monza-brianza': ['cciaa-area', 'assolombarda-area', 'lombardia', 'italia', 'ue'],
  lodi: ['cciaa-area', 'assolombarda-area', 'lombardia', 'italia', 'ue'],
  pavia: ['assolombarda-area', 'lombardia', 'italia', 'ue'],
  'cciaa-area': ['assolombarda-area', 'lombardia', 'italia', 'ue'],
  'assolombarda-area': ['lombardia', 'italia', 'ue'],
  lombardia: ['italia', 'ue'],
  italia: ['ue'],
  ue: [],
};

/**
 * When a territory filter empties a view: the wider territories that contain it for which the view would
 * show something (`shows` answers that), narrowest first. Their figures include the chosen territory, without a breakdown.
 */
export function widerTerritoriesWithData(territory: Territory | null, shows: (t: Territory) => boolean): Territory[] {
  return territory === null ? [] : WITHIN[territory].filter(shows);
}
