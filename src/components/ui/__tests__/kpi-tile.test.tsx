// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { computeDelta, toneOf, type TileModel } from '../../../data/kpi';
import { useFiltersStore } from '../../../store/filters-store';
import { KpiTile } from '../kpi-tile';

afterEach(() => useFiltersStore.setState({ lang: 'it' }));

// Collective labour disputes: 671 in 2019, 3.021 in 2020 (Assolombarda, Relazione 2020); fewer is better.
const disputes = (polarity: 'lower_better' | 'higher_better' | 'neutral'): TileModel => ({
  id: 'disputes', series: 'disputes', label: 'Vertenze collettive', value: 3021, unit: 'disputes', qualifier: 'exact', year: 2020,
  organization: 'Assolombarda', delta: computeDelta(3021, 671, 2019, polarity), signed: false,
  source: { id: 's', title: 'Relazione', publisher: 'Assolombarda', section: '2', label: 'vertenze' },
});

describe('toneOf', () => {
  it.each([
    [1, 'higher_better', 'good'], [-1, 'higher_better', 'bad'],
    [1, 'lower_better', 'bad'], [-1, 'lower_better', 'good'],
    [1, 'neutral', 'neutral'], [0, 'lower_better', 'neutral'],
  ] as const)('a change of %s under %s is %s news', (change, polarity, tone) => {
    expect(toneOf(change, polarity)).toBe(tone);
  });
});

describe('KpiTile', () => {
  it('draws the trend of a series with three years, its code loaded with the first such tile', async () => {
    const trend = [{ year: 2018, value: 1200 }, { year: 2019, value: 671 }, { year: 2020, value: 3021 }];
    render(<KpiTile tile={{ ...disputes('lower_better'), trend }} />);
    expect(await screen.findByRole('img', { name: 'Andamento 2018–2020: 2018 1.200, 2019 671, 2020 3.021' })).toBeInTheDocument();
  });

  it('says whose figure and which year', () => {
    render(<KpiTile tile={disputes('lower_better')} />);
    expect(screen.getByText('Assolombarda · 2020')).toBeInTheDocument();
  });

  it('styles a growing "less is better" change as bad news, the direction still in symbol and words', () => {
    render(<KpiTile tile={disputes('lower_better')} />);
    const line = screen.getByText(/rispetto al 2019/);
    expect(line).toHaveClass('kpi-tone-bad');
    expect(line).not.toHaveClass('kpi-tone-good');
    expect(line).toHaveTextContent('▲');
    expect(line).toHaveTextContent('in aumento, in peggio');
  });

  it('styles the same rise as good news when more is better', () => {
    render(<KpiTile tile={disputes('higher_better')} />);
    expect(screen.getByText(/rispetto al 2019/)).toHaveClass('kpi-tone-good');
  });

  it('keeps a hyphenated word whole when the label wraps, its name unchanged', () => {
    render(<KpiTile tile={{ ...disputes('neutral'), id: 'neet', label: 'Quota di NEET tra i 15-24enni' }} />);
    const heading = screen.getByRole('heading', { name: 'Quota di NEET tra i 15-24enni' });
    expect(heading.querySelector('.nowrap')).toHaveTextContent(/^15-24enni$/);
  });
});
