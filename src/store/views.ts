/** The dashboard's views and their paths (Italian, so shared links read naturally). */
export const VIEW_PATHS = {
  overview: '/',
  members: '/associati',
  communication: '/comunicazione',
  scorecard: '/performance',
  labour: '/lavoro',
  covid: '/covid',
  sources: '/fonti',
} as const;

export type ViewId = keyof typeof VIEW_PATHS;
export const VIEW_IDS = Object.keys(VIEW_PATHS) as ViewId[];
