import type { PanelDef } from '../../components/ui/panel';
import { CampaignsPanel, WebTilesPanel } from './components/tiles-panels';
import { FollowersPanel } from './components/followers-panel';
import { PlatformsPanel } from './components/platforms-panel';
import { PressPanel } from './components/press-panel';
import { ProjectsPanel } from './components/projects-panel';
import { WebsitePanel } from './components/website-panel';
import { socialMessages } from './messages';
import { WebYearsSlide } from './components/web-years';
import { communicationModel } from './hooks/use-communication';
import { socialYearMessages as y } from './year-messages';
import { platformsNotes, webTilesNotes } from './utils/notes';

const title = (key: 'platformsPanel' | 'websitePanel' | 'webPanel' | 'pressPanel' | 'campaignsPanel' | 'projectsPanel' | 'followersPanel') => ({
  it: socialMessages.it[key],
  en: socialMessages.en[key],
});

const { withModel } = communicationModel;
const WebTiles = withModel(WebTilesPanel);
const WebYears = withModel(WebYearsSlide);

/** The communication view's panels, in order; each gets the view's model, from the view or (on a slide) on its own. */
export const socialPanels: PanelDef[] = [
  { id: 'platforms', title: title('platformsPanel'), Component: withModel(PlatformsPanel), notes: platformsNotes },
  { id: 'website', title: title('websitePanel'), Component: withModel(WebsitePanel) },
  {
    id: 'web-tiles',
    title: title('webPanel'),
    Component: WebTiles,
    // With several years, the chart by year follows the tiles on a slide of its own (both would not fit one).
    slides: ({ datasets, filters }) => {
      const tiles = { id: 'web-tiles', title: title('webPanel'), Component: WebTiles, notes: webTilesNotes };
      if (!communicationModel.select(datasets, filters, 'it').webYears) return [tiles];
      return [tiles, { id: 'web-years', title: { it: y.it.webSlide, en: y.en.webSlide }, Component: WebYears }];
    },
  },
  { id: 'press', title: title('pressPanel'), Component: withModel(PressPanel) },
  { id: 'campaigns', title: title('campaignsPanel'), Component: withModel(CampaignsPanel) },
  { id: 'projects', title: title('projectsPanel'), Component: withModel(ProjectsPanel) },
  { id: 'followers', title: title('followersPanel'), Component: withModel(FollowersPanel) },
];
