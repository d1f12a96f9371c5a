// @vitest-environment jsdom
import { QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import OverviewView from '../../features/overview/components/overview-view';
import { useFiltersStore } from '../../store/filters-store';
import { DEFAULT_STATE } from '../../store/url-state';
import { Providers } from '../providers';

const dataDir = resolve(__dirname, '../../../public/data');

/** Serve the real bundled files, except the ones overridden. */
function serve(overrides: Record<string, { status?: number; body: string }>) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const file = url.split('/').pop()!;
      const o = overrides[file];
      if (o) return new Response(o.body, { status: o.status ?? 200 });
      return new Response(readFileSync(resolve(dataDir, file), 'utf8'));
    }),
  );
}

function renderOverview() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <Providers client={client}>
      <OverviewView />
    </Providers>,
  );
}

beforeEach(() => useFiltersStore.setState({ ...DEFAULT_STATE, extra: {} }));
afterEach(() => vi.unstubAllGlobals());

describe('a broken dataset', () => {
  it.each([
    ['missing', { status: 404, body: 'Not found' }, /HTTP 404/],
    ['truncated', { body: '{"schemaVersion": 1, "facts": [' }, /JSON valido/],
    ['schema-violating', { body: JSON.stringify({ schemaVersion: 2, id: 'x' }) }, /schema/],
  ])('(%s) is named in an alert while the other datasets still show', async (_, response, message) => {
    serve({ 'lavoro-milano-2018.json': response });
    renderOverview();
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('lavoro-milano-2018.json');
    expect(alert).toHaveTextContent(message);
    const members = await screen.findByRole('article', { name: 'Imprese associate' }, { timeout: 5000 });
    expect(within(members).getByText('6.796 imprese')).toBeInTheDocument();
  });

  it('lists the first schema problems with their place in the file', async () => {
    serve({ 'sviluppo-pmi-2020.json': { body: JSON.stringify({ schemaVersion: 1, id: 'sviluppo-pmi-2020', facts: 'none' }) } });
    renderOverview();
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(within(alert).getByText('facts')).toBeInTheDocument();
    expect(within(alert).getByText('source')).toBeInTheDocument();
  });
});
