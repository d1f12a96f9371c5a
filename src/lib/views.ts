/** The dashboard's views and their paths (Italian, so shared links read naturally). */
export const VIEW_PATHS = {
  overview: '/',
  members: '/associati',
  communication: '/comunicazione',
  scorecard: '/performance',
  labour: '/lavoro',
  covid: '/covid',
  sources: '/fonti',
  data: '/dati',
} as const;

export type ViewId = keyof typeof VIEW_PATHS;
export const VIEW_IDS = Object.keys(VIEW_PATHS) as ViewId[];

/** A path without its trailing slashes ("/associati/" → "/associati"; "" → "/"). */
export function normalizePath(pathname: string): string {
  return pathname.replace(/\/+$/, '') || '/';
}

/** The view a path shows, or undefined for a path that is no view. */
export function viewAtPath(pathname: string): ViewId | undefined {
  const path = normalizePath(pathname);
  return VIEW_IDS.find((v) => VIEW_PATHS[v] === path);
}
