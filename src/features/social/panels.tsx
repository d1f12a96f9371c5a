import type { PanelDef } from '../../components/ui/panel';
import { CampaignsPanel, WebTilesPanel } from './components/tiles-panels';
import { FollowersPanel } from './components/followers-panel';
import { PlatformsPanel } from './components/platforms-panel';
import { PressPanel } from './components/press-panel';
import { ProjectsPanel } from './components/projects-panel';
import { WebsitePanel } from './components/website-panel';
import { socialMessages } from './messages';
import { WebYearsSlide } from './components/web-years';
import { flattenFacts } from '../../data/facts';
import { isCommunicationFact } from './utils/scope';
import { buildWebYears } from './utils/years-view';
import { socialYearMessages as y } from './year-messages';
import { platformsNotes, webTilesNotes } from './utils/notes';

const title = (key: 'platformsPanel' | 'websitePanel' | 'webPanel' | 'pressPanel' | 'campaignsPanel' | 'projectsPanel' | 'followersPanel') => ({
  it: socialMessages.it[key],
  en: socialMessages.en[key],
});

/** The communication view's panels, in order; each reads its own data and filters, so it can stand alone on a slide. */
export const socialPanels: PanelDef[] = [
  { id: 'platforms', title: title('platformsPanel'), Component: PlatformsPanel, notes: platformsNotes },
  { id: 'website', title: title('websitePanel'), Component: WebsitePanel },
  {
    id: 'web-tiles',
    title: title('webPanel'),
    Component: WebTilesPanel,
    // With several years, the chart by year follows the tiles on a slide of its own (both would not fit one).
    slides: ({ datasets, filters }) => {
      const tiles = { id: 'web-tiles', title: title('webPanel'), Component: WebTilesPanel, notes: webTilesNotes };
      if (!buildWebYears(flattenFacts(datasets).filter(isCommunicationFact), filters, 'it')) return [tiles];
      return [tiles, { id: 'web-years', title: { it: y.it.webSlide, en: y.en.webSlide }, Component: WebYearsSlide }];
    },
  },
  { id: 'press', title: title('pressPanel'), Component: PressPanel },
  { id: 'campaigns', title: title('campaignsPanel'), Component: CampaignsPanel },
  { id: 'projects', title: title('projectsPanel'), Component: ProjectsPanel },
  { id: 'followers', title: title('followersPanel'), Component: FollowersPanel },
];
