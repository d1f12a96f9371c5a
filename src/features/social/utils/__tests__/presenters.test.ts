import { describe, expect, it } from 'vitest';
import { socialMessages } from '../../messages';
import { buildPlatformComparison } from '../platforms';
import { presentPlatforms } from '../present-platforms';
import { followerBars, presentGrowth, websiteTitle } from '../present-growth';
import { presentRanking } from '../present-projects';
import { buildProjectRanking } from '../projects';
import { buildYearOnYear, FOLLOWERS, WEBSITE_USERS } from '../year-on-year';
import { runChecks } from '../../../../data/checks';
import { all, datasets, labels, visible } from './fixtures';

const t = socialMessages.it;

describe('presentPlatforms', () => {
  const model = buildPlatformComparison(visible(), labels)!;

  it.each([
    ['views', /^Facebook raccoglie il 57,4% delle visualizzazioni social di Assolombarda nel 2020 \(14\.726\.633 in totale\)$/],
    ['interactions', /^Facebook raccoglie il 68% delle interazioni/],
    ['followers', /^Twitter raccoglie il 29,8% dei follower/],
    ['engagement', /LinkedIn ha il coinvolgimento più alto, 36,6 interazioni ogni 1\.000 visualizzazioni \(media 16,6\)$/],
  ] as const)('titles the %s chart with its finding', (metric, title) => {
    expect(presentPlatforms(model, metric, 'Assolombarda', t, 'it').title).toMatch(title);
  });

  it('shows the unattributed part as its own bar and YouTube interactions as n.d.', () => {
    const views = presentPlatforms(model, 'views', 'Assolombarda', t, 'it');
    expect(views.rows.at(-1)).toMatchObject({ label: 'Non attribuito a una piattaforma (calcolato)', value: 648116, display: '648.116', computed: true });
    expect(views.summary).toContain('14.078.517');
    // Under the title, one sentence; every platform's figure is in words for screen readers (and in the table).
    expect(views.summary.split(/[.;:]\s+(?=[A-Z«])/)).toHaveLength(1);
    expect(views.details).toContain('Facebook 8.452.299');
    const interactions = presentPlatforms(model, 'interactions', 'Assolombarda', t, 'it');
    expect(interactions.rows.find((r) => r.key === 'youtube')).toMatchObject({ value: null, display: 'n.d.' });
    expect(interactions.rows.at(-1)!.display).toBe('20.260');
    expect(`${interactions.summary} ${interactions.details}`).toContain('YouTube');
    const table = interactions.table.rows;
    expect(table.find((r) => r.platform === 'YouTube')).toMatchObject({ interactions: 'n.d.', engagement: 'n.d.', views: 1394848 });
    expect(table.at(-1)).toMatchObject({ platform: 'Totale dichiarato', views: 14726633, interactions: 244556, followers: 74936 });
  });
});

describe('presentGrowth', () => {
  it('website: the text’s +175,15% (agrees) and the highlight’s +175,5% (differs), each marked with its check; the title gives the source’s figure', () => {
    const m = buildYearOnYear(visible(), all, WEBSITE_USERS, labels)!;
    const v = presentGrowth(m, t, 'it');
    expect(v.computedText).toBe('+175,15%');
    expect(v.checks.map((c) => [c.value, c.check?.agrees])).toEqual([['+175,15%', true], ['+175,5%', false]]);
    // The markers point at the Sources view's results (their ids are `<check id>@<stated fact id>`).
    const ids = new Set(runChecks(datasets).map((r) => r.id));
    for (const c of v.checks) expect(ids.has(c.check!.resultId)).toBe(true);
    expect(v.verdict).toMatch(/crescite diverse/);
    expect(websiteTitle(m, v, t, 'it')).toBe('Utenti del sito: da 1.042.043 nel 2019 a 2.867.204 nel 2020, +175,15%');
  });

  it('followers: per-platform rates, then the total computed and stated', () => {
    const m = buildYearOnYear(visible(), all, FOLLOWERS, labels)!;
    const v = presentGrowth(m, t, 'it');
    expect(v.values.map((b) => [b.label, b.display])).toEqual([['1 gennaio 2019', '22.680'], ['1 gennaio 2020', '29.378']]);
    // The stated total only: the one computed from the two values is the Sources view's.
    expect(followerBars(m, v, t, 'it').map((b) => b.display)).toEqual(['+52%', '+46%', '+3,2%', '+29,5%']);
    expect(v.verdict).toBe(t.agreement);
  });
});

describe('presentRanking', () => {
  it('keeps qualifiers in the bars and splits channels in the table', () => {
    const participants = presentRanking(buildProjectRanking(visible(), 'participants', labels, 'it'), t, labels, 'it');
    expect(participants.rows[0]!.display).toBe('oltre 1.000');
    expect(participants.title).toMatch(/^Assemblea generale 2020 .* è primo per partecipanti: oltre 1\.000/);
    const views = presentRanking(buildProjectRanking(visible({ year: 2020 }), 'views', labels, 'it'), t, labels, 'it');
    const row = views.table.rows.find((r) => String(r.project).startsWith('Miniserie'))!;
    expect(row).toMatchObject({ total: 2254287, 'ch:youtube': 1314254, 'ch:social': 940033 });
    expect(views.rows.every((r) => !r.label.includes('(2020)'))).toBe(true);
  });

  it('says so when nothing ranks', () => {
    expect(presentRanking(buildProjectRanking([], 'views', labels, 'it'), t, labels, 'it').title).toBe(t.noData);
  });
});
