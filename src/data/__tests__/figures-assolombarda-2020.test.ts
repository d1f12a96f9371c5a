import { describe, expect, it } from 'vitest';
import { findFacts, loadDataset } from './dataset-fixtures';

const data = loadDataset('assolombarda-2020.json');

type Row = [metric: string, dims: Record<string, string> | undefined, year: number, value: number, unit: string, qualifier: string];

// Figures typed from reading "Relazione dell'attività 2020" (Assolombarda).
const figures: Row[] = [
  // 1 | Gli associati
  ['members.firms', undefined, 2020, 6796, 'firms', 'exact'],
  ['members.employees', undefined, 2020, 414440, 'employees', 'exact'],
  ['members.new.firms', undefined, 2020, 539, 'firms', 'exact'],
  ['members.new.employees', undefined, 2020, 14613, 'employees', 'exact'],
  ['members.cancelled.firms', undefined, 2020, 440, 'firms', 'exact'],
  ['members.cancelled.firms', { reason: 'objective' }, 2020, 250, 'firms', 'exact'],
  ['members.cancelled.firms', { reason: 'resignation' }, 2020, 190, 'firms', 'exact'],
  ['members.cancelled.employees', undefined, 2020, 10350, 'employees', 'exact'],
  ['members.firms', { sizeClass: 'small' }, 2020, 5996, 'firms', 'exact'],
  ['members.employees', { sizeClass: 'small' }, 2020, 120218, 'employees', 'exact'],
  ['members.firms', { sizeClass: 'medium' }, 2020, 704, 'firms', 'exact'],
  ['members.employees', { sizeClass: 'medium' }, 2020, 143163, 'employees', 'exact'],
  ['members.firms', { sizeClass: 'large' }, 2020, 96, 'firms', 'exact'],
  ['members.employees', { sizeClass: 'large' }, 2020, 151059, 'employees', 'exact'],
  // 1 | Gruppi e filiere
  ['members.firms', { group: 'A' }, 2020, 1737, 'firms', 'exact'],
  ['members.employees', { group: 'A' }, 2020, 93130, 'employees', 'exact'],
  ['members.firms', { group: 'C' }, 2020, 1749, 'firms', 'exact'],
  ['members.employees', { group: 'F' }, 2020, 29364, 'employees', 'exact'],
  ['members.firms', { group: 'J' }, 2020, 249, 'firms', 'exact'],
  ['members.employees', { group: 'L' }, 2020, 7103, 'employees', 'exact'],
  ['members.firms', { group: 'total' }, 2020, 6131, 'firms', 'exact'],
  ['members.employees', { group: 'total' }, 2020, 393212, 'employees', 'exact'],
  ['members.firms', { supplyChain: 'largo-consumo' }, 2020, 165, 'firms', 'exact'],
  ['members.firms', { supplyChain: 'energy-sustainable' }, 2020, 181, 'firms', 'exact'],
  ['members.firms', { supplyChain: 'automotive' }, 2020, 220, 'firms', 'exact'],
  // 2 | Covid-19
  ['covid.consultations', undefined, 2020, 150000, 'consultations', 'exact'],
  ['covid.disputes.individual', undefined, 2020, 6077, 'disputes', 'exact'],
  ['covid.disputes.individual', undefined, 2019, 11130, 'disputes', 'exact'],
  ['covid.disputes.collective', undefined, 2020, 3021, 'disputes', 'exact'],
  ['covid.disputes.collective', undefined, 2019, 671, 'disputes', 'exact'],
  ['covid.disputes.collective.workers', undefined, 2020, 96136, 'workers', 'exact'],
  ['covid.webinars', undefined, 2020, 160, 'webinars', 'exact'],
  ['covid.webinars.participants', undefined, 2020, 15000, 'participants', 'exact'],
  ['covid.control_center.views', undefined, 2020, 23000, 'views', 'more_than'],
  // Assolombarda Servizi
  ['services.firms_supported', undefined, 2020, 1780, 'firms', 'exact'],
  ['services.firms_supported.multi_service_share', undefined, 2020, 23, 'percent', 'exact'],
  ['services.events', { format: 'in_person' }, 2020, 20, 'events', 'exact'],
  ['services.events', { format: 'webinar' }, 2020, 140, 'events', 'exact'],
  ['services.revenue', undefined, 2020, 17444351, 'eur', 'exact'],
  // 3 | Comunicazione
  ['web.users', undefined, 2020, 2867204, 'users', 'exact'],
  ['web.users', undefined, 2019, 1042043, 'users', 'exact'],
  ['web.users.growth', { statement: 'text' }, 2020, 175.15, 'percent', 'exact'],
  ['web.users.growth', { statement: 'highlight' }, 2020, 175.5, 'percent', 'exact'],
  ['web.page_views', undefined, 2020, 7105489, 'page_views', 'exact'],
  ['web.registered_users', undefined, 2020, 16574, 'users', 'exact'],
  ['newsletter.subscriptions', undefined, 2020, 65563, 'subscriptions', 'exact'],
  ['magazine.views', undefined, 2020, 162000, 'views', 'exact'],
  ['magazine.new_users', undefined, 2020, 62000, 'users', 'exact'],
  ['press.items', undefined, 2020, 5860, 'press_items', 'exact'],
  ['press.items', { channel: 'print_online' }, 2020, 5102, 'press_items', 'exact'],
  ['press.items', { channel: 'radio_tv' }, 2020, 758, 'press_items', 'exact'],
  // 3 | Social
  ['social.views', undefined, 2020, 14726633, 'views', 'exact'],
  ['social.interactions', undefined, 2020, 244556, 'interactions', 'exact'],
  ['social.followers', undefined, 2020, 74936, 'followers', 'exact'],
  ['social.views', { platform: 'facebook' }, 2020, 8452299, 'views', 'exact'],
  ['social.interactions', { platform: 'facebook' }, 2020, 166362, 'interactions', 'exact'],
  ['social.followers', { platform: 'twitter' }, 2020, 22300, 'followers', 'exact'],
  ['social.interactions', { platform: 'linkedin' }, 2020, 37264, 'interactions', 'exact'],
  ['social.views', { platform: 'youtube' }, 2020, 1394848, 'views', 'exact'],
  ['social.followers', { platform: 'youtube' }, 2020, 5398, 'followers', 'exact'],
  ['social.views', { platform: 'instagram' }, 2020, 1683104, 'views', 'exact'],
  ['social.followers', { platform: 'instagram' }, 2020, 3493, 'followers', 'exact'],
  ['campaign.views', { campaign: 'vuotanonserve' }, 2020, 300000, 'views', 'exact'],
  ['campaign.interactions', { campaign: 'vuotanonserve' }, 2020, 15000, 'interactions', 'exact'],
  ['campaign.views', { campaign: 'siamonellenostremani' }, 2020, 165000, 'views', 'more_than'],
  ['campaign.interactions', { campaign: 'siamonellenostremani' }, 2020, 8000, 'interactions', 'more_than'],
  // 4 | Progetti
  ['project.views', { project: 'il-futuro-della-fabbrica', channel: 'ansa-streaming' }, 2020, 39577, 'views', 'exact'],
  ['project.interactions', { project: 'il-futuro-della-fabbrica', channel: 'ansa-streaming' }, 2020, 362, 'interactions', 'exact'],
  ['project.views', { project: 'il-futuro-della-fabbrica', channel: 'social' }, 2020, 84583, 'views', 'exact'],
  ['project.interactions', { project: 'il-futuro-della-fabbrica', channel: 'social' }, 2020, 1924, 'interactions', 'exact'],
  ['project.participants', { project: 'italia-2030' }, 2020, 450, 'participants', 'exact'],
  ['project.participants', { project: 'il-futuro-della-formazione' }, 2020, 156, 'participants', 'exact'],
  ['project.participants', { project: 'assemblea-generale-2020' }, 2020, 1000, 'participants', 'more_than'],
  ['project.views', { project: 'assemblea-generale-2020' }, 2020, 2077436, 'views', 'exact'],
  ['project.interactions', { project: 'assemblea-generale-2020' }, 2020, 24702, 'interactions', 'exact'],
  ['project.episodes', { project: 'miniserie-qui-ogni-impresa' }, 2020, 4, 'episodes', 'exact'],
  ['project.views', { project: 'miniserie-qui-ogni-impresa', channel: 'youtube' }, 2020, 1314254, 'views', 'exact'],
  ['project.views', { project: 'miniserie-qui-ogni-impresa', channel: 'social' }, 2020, 940033, 'views', 'exact'],
  ['project.interactions', { project: 'miniserie-qui-ogni-impresa', channel: 'social' }, 2020, 40966, 'interactions', 'exact'],
  ['project.spectators', { project: 'miniserie-qui-ogni-impresa', channel: 'telelombardia' }, 2021, 173176, 'spectators', 'exact'],
  ['project.episodes', { project: 'podcast-piccola-industria' }, 2020, 9, 'episodes', 'exact'],
  ['project.minutes', { project: 'podcast-piccola-industria' }, 2020, 148, 'minutes', 'exact'],
  ['project.hours', { project: 'podcast-piccola-industria' }, 2020, 30, 'hours', 'exact'],
  ['project.sources', { project: 'podcast-piccola-industria' }, 2020, 25, 'sources', 'more_than'],
  ['project.views', { project: 'pavia-verso-il-futuro' }, 2020, 38658, 'views', 'exact'],
  ['project.interactions', { project: 'pavia-verso-il-futuro' }, 2020, 1407, 'interactions', 'exact'],
  ['project.views', { project: 'top500-monza-brianza-lodi' }, 2020, 58782, 'views', 'exact'],
  ['project.interactions', { project: 'top500-monza-brianza-lodi' }, 2020, 1366, 'interactions', 'exact'],
  ['project.participants', { project: 'your-next-milano' }, 2021, 600, 'participants', 'more_than'],
  ['project.views', { project: 'your-next-milano' }, 2021, 350784, 'views', 'exact'],
  ['project.interactions', { project: 'your-next-milano' }, 2021, 7584, 'interactions', 'exact'],
  ['project.museums', { project: 'nel-tempo-di-una-storia' }, 2021, 100, 'museums', 'exact'],
  ['project.views', { project: 'nel-tempo-di-una-storia' }, 2021, 2327035, 'views', 'exact'],
  ['project.interactions', { project: 'nel-tempo-di-una-storia' }, 2021, 43540, 'interactions', 'exact'],
];

describe('assolombarda-2020 figures', () => {
  it.each(figures)('%s %j %i = %d', (metric, dimensions, year, value, unit, qualifier) => {
    const found = findFacts(data, { metric, year, dimensions });
    expect(found).toHaveLength(1);
    expect(found[0]!.value).toBe(value);
    expect(found[0]!.unit).toBe(unit);
    expect(found[0]!.qualifier).toBe(qualifier);
  });

  it('has no YouTube interactions fact (the source gives none)', () => {
    expect(findFacts(data, { metric: 'social.interactions', year: 2020, dimensions: { platform: 'youtube' } })).toEqual([]);
  });

  it('dates the Nel tempo di una storia social figures at 28 April 2021', () => {
    const [views] = findFacts(data, { metric: 'project.views', year: 2021, dimensions: { project: 'nel-tempo-di-una-storia' } });
    expect(views?.asOf).toBe('2021-04-28');
  });

  it('dates registered users at 31 December 2020', () => {
    expect(findFacts(data, { metric: 'web.registered_users', year: 2020 })[0]?.asOf).toBe('2020-12-31');
  });

  it('attributes the services figures to Assolombarda Servizi', () => {
    const revenue = findFacts(data, { metric: 'services.revenue', year: 2020, organization: 'assolombarda-servizi' });
    expect(revenue).toHaveLength(1);
  });
});
