/**
 * The metric families this view explains (website, newsletter, magazine, press, social, campaigns,
 * projects). A file of its own: the app counts each view's figures (src/app/views.tsx) on every page.
 */
export const COMMUNICATION_PREFIXES = ['web.', 'newsletter.', 'magazine.', 'press.', 'social.', 'campaign.', 'project.'] as const;

export function isCommunicationFact(f: { metric: string }): boolean {
  return COMMUNICATION_PREFIXES.some((p) => f.metric.startsWith(p));
}
