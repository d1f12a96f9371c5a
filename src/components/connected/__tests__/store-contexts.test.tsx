// @vitest-environment jsdom
import { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { useContext } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Providers } from '../../../app/providers';
import { seedData } from '../../../data/seed';
import { useFiltersStore } from '../../../store/filters-store';
import { DEFAULT_STATE } from '../../../store/url-state';
import { FilterSummaryContext } from '../../ui/filter-summary';

afterEach(() => useFiltersStore.setState({ ...DEFAULT_STATE, extra: {} }));

/** What an exported file says of the filters (chart-export.tsx reads the same context). */
function FiltersInWords() {
  return <p>{useContext(FilterSummaryContext).join(' · ')}</p>;
}

function renderWith(state: Partial<typeof DEFAULT_STATE>) {
  useFiltersStore.setState({ ...DEFAULT_STATE, extra: {}, ...state });
  const client = new QueryClient();
  seedData(client, (file) => readFileSync(`public/data/${file}`, 'utf8'));
  render(
    <Providers client={client}>
      <FiltersInWords />
    </Providers>,
  );
}

describe('the filters in words that exported files carry', () => {
  it('are in the page’s language: English on an English page', () => {
    renderWith({ lang: 'en', year: 2020, area: 'members' });
    expect(screen.getByText('Year 2020 · Area: Members')).toBeInTheDocument();
  });

  it('are in Italian on an Italian page', () => {
    renderWith({ lang: 'it', year: 2020, area: 'members' });
    expect(screen.getByText('Anno 2020 · Area: Associati')).toBeInTheDocument();
  });
});
