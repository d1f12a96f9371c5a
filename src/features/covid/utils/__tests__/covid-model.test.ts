import { describe, expect, it } from 'vitest';
import { NO_FILTERS, type FactFilters } from '../../../../data/facts';
import { buildCovidModel, widerTerritoriesForCovid } from '../covid-model';
import { covidDatasets, ctxFor } from './fixtures';

// Assolombarda, Relazione 2020 (000): 150.000 consulenze; 6.077 / 3.021 vertenze (96.136 lavoratori); 160 webinar,
// 15.000 persone; Control Center "oltre 23mila visualizzazioni"; Assolombarda Servizi: 1780 aziende supportate, 23% per più
// tipologie di servizio, 20 eventi in presenza, 140 in webinar, fatturato 17.444.351 euro.
describe('Covid tiles', () => {
  it.each<[string, Partial<FactFilters>, number[], number[], number[]]>([
    ['no filters', {}, [150000, 6077, 3021, 96136], [160, 15000, 23000], [1780, 23, 20, 140, 17444351]],
    ['year 2020', { year: 2020 }, [150000, 6077, 3021, 96136], [160, 15000, 23000], [1780, 23, 20, 140, 17444351]],
    ['year 2019', { year: 2019 }, [11130, 671], [], []],
    ['area services', { area: 'services' }, [], [], [1780, 23, 20, 140, 17444351]],
    ['territory lodi', { territory: 'lodi' }, [], [], []],
  ])('with %s', (_, filters, taskForce, outreach, services) => {
    const m = buildCovidModel(ctxFor(filters), 'it');
    expect(m.taskForce.map((t) => t.value)).toEqual(taskForce);
    expect(m.outreach.map((t) => t.value)).toEqual(outreach);
    expect(m.services.map((t) => t.value)).toEqual(services);
  });

  it('computes the disputes’ change against the year before; other tiles have none', () => {
    const m = buildCovidModel(ctxFor({ year: 2020 }), 'it');
    const deltas = m.taskForce.map((t) => (t.delta ? [t.delta.fromYear, t.delta.fromValue, Math.round(t.delta.pct! * 10) / 10] : null));
    expect(deltas).toEqual([null, [2019, 11130, -45.4], [2019, 671, 350.2], null]);
  });

  it('marks the Control Center views as “more than”', () => {
    expect(buildCovidModel(ctxFor(), 'it').outreach[2]!.qualifier).toBe('more_than');
  });

  it.each<[string, Partial<FactFilters>, boolean, string[]]>([
    ['no filters', {}, false, []],
    ['territory lodi', { territory: 'lodi' }, true, ['assolombarda-area']],
    ['territory pavia, year 2019', { territory: 'pavia', year: 2019 }, true, ['assolombarda-area']],
    ['territory lodi, area labour', { territory: 'lodi', area: 'labour' }, true, []],
    ['year 2015', { year: 2015 }, true, []],
  ])('with %s the view is empty: %s, wider territories with data: %j', (_, filters, empty, wider) => {
    expect(buildCovidModel(ctxFor(filters), 'it').empty).toBe(empty);
    if (empty) expect(widerTerritoriesForCovid(covidDatasets, { ...NO_FILTERS, ...filters }, 'it')).toEqual(wider);
  });

  it('groups the lists by area: the same kind for Covid and for the services company', () => {
    const m = buildCovidModel(ctxFor(), 'it');
    expect([m.taskForceAreas[0]?.items.length, m.covidRequests[0]?.items.length, m.servicesRequests[0]?.items.length]).toEqual([6, 3, 9]);
  });
});
