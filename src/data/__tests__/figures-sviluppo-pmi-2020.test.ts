import { describe, expect, it } from 'vitest';
import type { Qualifier, Territory, Unit } from '../schema';
import { findFacts, loadDataset } from './dataset-fixtures';

const dataset = loadDataset('sviluppo-pmi-2020.json');

interface Figure {
  metric: string;
  dimensions?: Record<string, string>;
  year: number;
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  territory: Territory;
}

// Typed from the press release (001_4cbdb62fabcd0653.txt), not from the JSON.
const figures: Figure[] = [
  // "offre a 100 PMI lombarde, in un anno, l'assessment gratuito"
  { metric: 'policy.sviluppo_pmi.target_firms', year: 2020, value: 100, unit: 'companies_assessed', qualifier: 'exact', territory: 'lombardia' },
  { metric: 'policy.sviluppo_pmi.duration', year: 2020, value: 1, unit: 'years', qualifier: 'exact', territory: 'lombardia' },
  // "dimezzando i volumi della produzione metalmeccanica del periodo marzo aprile"
  { metric: 'production.metalworking.change', year: 2020, value: -50, unit: 'percent', qualifier: 'about', territory: 'lombardia' },
  // "il secondo in Europa dopo la Germania"
  { metric: 'manufacturing.rank_in_europe', year: 2020, value: 2, unit: 'count', qualifier: 'exact', territory: 'italia' },
];

describe('sviluppo-pmi-2020 figures', () => {
  it.each(figures)('$metric $year = $value $unit', ({ metric, dimensions, year, value, unit, qualifier, territory }) => {
    const found = findFacts(dataset, { metric, year, dimensions });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ value, unit, qualifier, territory });
  });

  it('names the three promoters', () => {
    const promoters = dataset.lists.find((l) => l.kind === 'promoters');
    expect(promoters?.items.map((i) => i.id).sort()).toEqual(['confindustria-lombardia', 'dih-lombardia', 'federmanager']);
    for (const id of promoters?.items.map((i) => i.id) ?? []) expect(dataset.organizations).toHaveProperty(id);
  });

  it('describes the initiative as one record dated 8 July 2020', () => {
    const records = dataset.records.filter((r) => r.kind === 'initiative');
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ id: 'sviluppo-pmi', date: '2020-07-08', territory: 'lombardia' });
    expect(records[0]?.factIds).toEqual(
      expect.arrayContaining(
        [...findFacts(dataset, { metric: 'policy.sviluppo_pmi.target_firms', year: 2020 }), ...findFacts(dataset, { metric: 'policy.sviluppo_pmi.duration', year: 2020 })].map((f) => f.id),
      ),
    );
    expect(records[0]?.fields.map((f) => f.key)).toEqual(
      expect.arrayContaining(['promoters', 'supporter', 'operator', 'target', 'duration']),
    );
  });
});
