import { describe, expect, it } from 'vitest';
import type { Qualifier, Territory, Unit } from '../schema';
import { findFacts, loadDataset } from './dataset-fixtures';

const dataset = loadDataset('lavoro-milano-2018.json');
const REPORT = 'assolombarda-cgil-cisl-uil';

interface Figure {
  metric: string;
  dimensions?: Record<string, string>;
  year: number;
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  territory: Territory;
  organization?: string;
}

// Typed from the presentation (003_53561f253ddeb5ae.txt), not from the JSON.
const figures: Figure[] = [
  // "(69,5% di occupazione – 6,5% disoccupazione)"
  { metric: 'labour.employment_rate', year: 2018, value: 69.5, unit: 'percent', qualifier: 'exact', territory: 'milano', organization: REPORT },
  { metric: 'labour.unemployment_rate', year: 2018, value: 6.5, unit: 'percent', qualifier: 'exact', territory: 'milano', organization: REPORT },
  // "Dopo 8 anni l'occupazione torna ai livelli pre-crisi"
  { metric: 'labour.employment.years_to_precrisis_level', year: 2018, value: 8, unit: 'years', qualifier: 'exact', territory: 'milano', organization: REPORT },
  // "L'occupazione femminile è oltre il 60%"
  { metric: 'labour.female_employment_rate', year: 2018, value: 60, unit: 'percent', qualifier: 'more_than', territory: 'milano', organization: REPORT },
  // "cresciuto dal 2008 del 5% (+90mila unità)"
  { metric: 'labour.employed.change_since_2008.pct', year: 2018, value: 5, unit: 'percent', qualifier: 'exact', territory: 'milano', organization: REPORT },
  { metric: 'labour.employed.change_since_2008', year: 2018, value: 90000, unit: 'people', qualifier: 'exact', territory: 'milano', organization: REPORT },
  // "-74mila occupati tra i 15-44enni | +63mila occupati over 45 dal 2008"
  { metric: 'labour.employed.change_since_2008', dimensions: { ageBand: '15-44' }, year: 2018, value: -74000, unit: 'people', qualifier: 'exact', territory: 'milano', organization: REPORT },
  { metric: 'labour.employed.change_since_2008', dimensions: { ageBand: '45+' }, year: 2018, value: 63000, unit: 'people', qualifier: 'exact', territory: 'milano', organization: REPORT },
  // "14,2% tra i 15-24enni"
  { metric: 'labour.neet_share', dimensions: { ageBand: '15-24' }, year: 2018, value: 14.2, unit: 'percent', qualifier: 'exact', territory: 'milano', organization: REPORT },
  // "+12,3% contratti TD nel 2017"
  { metric: 'labour.fixed_term_contracts.change', year: 2017, value: 12.3, unit: 'percent', qualifier: 'exact', territory: 'milano', organization: REPORT },
  // "Nella UE circa 8 milioni di posti di lavoro potrebbero andare persi" (Assolombarda, 2017)
  { metric: 'labour.jobs_at_risk.digital_manufacturing', year: 2017, value: 8000000, unit: 'jobs', qualifier: 'about', territory: 'ue' },
  // "23 miliardi per trasformare il sistema industriale italiano"
  { metric: 'policy.budget', dimensions: { policy: 'piano-nazionale-industria-40' }, year: 2018, value: 23000000000, unit: 'eur', qualifier: 'exact', territory: 'italia' },
  // "Un miliardo di Euro"
  { metric: 'policy.budget', dimensions: { policy: 'por-fesr-lombardia' }, year: 2018, value: 1000000000, unit: 'eur', qualifier: 'exact', territory: 'lombardia' },
  // "Bandi per il rilancio dei 21 Mercati Comunali Coperti"
  { metric: 'policy.covered_markets.calls', year: 2018, value: 21, unit: 'count', qualifier: 'exact', territory: 'milano' },
  // "6 AREE DI INTERVENTO", "3 INDICAZIONI DI METODO"
  { metric: 'policy.manifattura_milano.areas', year: 2018, value: 6, unit: 'count', qualifier: 'exact', territory: 'milano' },
  { metric: 'policy.manifattura_milano.principles', year: 2018, value: 3, unit: 'count', qualifier: 'exact', territory: 'milano' },
];

const list = (kind: string) => {
  const found = dataset.lists.filter((l) => l.kind === kind);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('lavoro-milano-2018 figures', () => {
  it.each(figures)(
    '$metric $year = $value $unit',
    ({ metric, dimensions, year, value, unit, qualifier, territory, organization }) => {
      const found = findFacts(dataset, { metric, year, dimensions, organization });
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ value, unit, qualifier, territory });
    },
  );

  it.each([
    ['programme-areas', 6],
    ['method-principles', 3],
    ['policies', 6],
    ['programme-goals', 3],
    ['opportunities', 4],
    ['risks', 4],
    ['priorities', 5],
    ['global-cities', 4],
    ['commerce-challenges', 3],
    ['commerce-actions', 4],
  ] as const)('list %s has %i items', (kind, count) => {
    expect(list(kind).items).toHaveLength(count);
  });

  it('links the two budgeted policies to their budget facts', () => {
    const budgets = (policy: string) =>
      findFacts(dataset, { metric: 'policy.budget', year: 2018, dimensions: { policy } }).map((f) => f.id);
    const items = list('policies').items;
    expect(items.find((i) => i.id === 'piano-nazionale-industria-40')?.factIds).toEqual(budgets('piano-nazionale-industria-40'));
    expect(items.find((i) => i.id === 'por-fesr-lombardia')?.factIds).toEqual(budgets('por-fesr-lombardia'));
  });

  it('describes Manifattura Milano as one programme record', () => {
    const records = dataset.records.filter((r) => r.kind === 'programme');
    expect(records).toHaveLength(1);
    expect(records[0]?.id).toBe('manifattura-milano');
    expect(records[0]?.factIds?.length).toBe(2);
  });
});
