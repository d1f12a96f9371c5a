import { describe, expect, it } from 'vitest';
import { scorecardMessages } from '../../messages';
import { buildIndicatorDetail } from '../indicator-detail';
import { localText } from '../localize';
import { buildFilterOptions } from '../params';
import { areas, indicators } from './fixtures';

const byId = (id: string) => indicators.find((i) => i.id === id)!;

describe('the source’s wording in English', () => {
  it('has an English rendering for every stated text with words in it', () => {
    const missing = indicators.flatMap((i) =>
      [i.type, i.formula, i.measureUnit ?? '', i.target.stated, i.result.stated, ...i.responsibleUnits]
        .filter((text) => /\p{L}{2}/u.test(text) && localText(text, i.translations, 'en').lang === 'it')
        .map((text) => `${i.id}: ${text}`),
    );
    expect(missing).toEqual([]);
  });

  it.each([
    ['cciaa19.plan.5.1.1', 'Budget use: 40%', '≥ 90%'],
    ['cciaa19.plan.1.2.1', '5,866 active firms using the chamber\'s shared one-stop business desk (SUAP)', '4,000'],
  ])('%s reads «%s» against «%s» in English, as printed in Italian', (id, result, target) => {
    const i = byId(id);
    expect(localText(i.result.stated, i.translations, 'en')).toEqual({ text: result });
    expect(localText(i.target.stated, i.translations, 'en')).toEqual({ text: target });
    expect(localText(i.result.stated, i.translations, 'it')).toEqual({ text: i.result.stated });
  });

  it('marks a text without a rendering as Italian', () => {
    expect(localText('Sì, entro marzo', {}, 'en')).toEqual({ text: 'Sì, entro marzo', lang: 'it' });
  });

  it('offers the type and responsible-unit filters in English, with the same URL values', () => {
    const en = buildFilterOptions(indicators, areas, 'en', (c) => c);
    const it = buildFilterOptions(indicators, areas, 'it', (c) => c);
    expect(en.types.map((o) => o.label)).toContain('effectiveness');
    expect(en.units.map((o) => o.label)).toContain('Business Register');
    expect(en.units.map((o) => o.label)).not.toContain('Registro delle Imprese');
    expect(new Set(en.types.map((o) => o.value))).toEqual(new Set(it.types.map((o) => o.value)));
  });

  it('gives the detail’s stated fields in English, none of them marked Italian', () => {
    const d = buildIndicatorDetail(byId('cciaa19.plan.5.1.1'), areas, undefined, scorecardMessages.en, 'en');
    const field = (key: string) => d.fields.find((f) => f.key === key)!;
    expect(field('resultStated')).toMatchObject({ value: 'Budget use: 40%', lang: undefined });
    expect(field('type').value).toBe('effectiveness');
    expect(field('originalName').lang).toBe('it');
  });
});
