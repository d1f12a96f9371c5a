// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../lib/format';
import { Sparkline, sparklinePoints } from '../sparkline';

describe('sparklinePoints', () => {
  it.each([
    ['rising', [{ year: 2020, value: 10 }, { year: 2021, value: 20 }, { year: 2022, value: 30 }], [[0, 10], [50, 5], [100, 0]]],
    ['a gap year keeps its distance', [{ year: 2018, value: 1 }, { year: 2019, value: 3 }, { year: 2022, value: 2 }], [[0, 10], [25, 0], [100, 5]]],
    ['flat: a line through the middle', [{ year: 2020, value: 5 }, { year: 2021, value: 5 }, { year: 2022, value: 5 }], [[0, 5], [50, 5], [100, 5]]],
  ])('%s', (_case, points, expected) => {
    expect(sparklinePoints(points, 100, 10, 0)).toEqual(expected);
  });
});

describe('Sparkline', () => {
  it('is an image whose name reads the figures year by year', () => {
    render(<Sparkline points={[{ year: 2020, value: 6796 }, { year: 2021, value: 6728 }, { year: 2022, value: 6661 }]} />);
    const values = [6796, 6728, 6661].map((v) => formatNumber(v, 'it'));
    expect(screen.getByRole('img', { name: `Andamento 2020–2022: 2020 ${values[0]}, 2021 ${values[1]}, 2022 ${values[2]}` })).toBeInTheDocument();
  });
});
