// @vitest-environment jsdom
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { runChecks, type CheckResult } from '../../../../data/checks';
import { NO_FILTERS } from '../../../../data/facts';
import { LocaleContext } from '../../../../lib/i18n';
import type { Locale } from '../../../../lib/locale';
import { sourcesModel } from '../../hooks/use-sources';
import { sourcesPanels } from '../../panels';
import type { Thenable } from '../../../../data/checks/slices';
import { buildSourcesModel, prepareSources, sourcesModelOf } from '../../utils/sources-model';
import { realDatasets } from '../../utils/__tests__/fixtures';

const checks = runChecks(realDatasets);

/** The view's three panels over a model whose checks settle when `finish` is called (or at once). */
async function renderPanels(locale: Locale = 'it', at = 'later' as 'later' | 'once') {
  let finish: () => void = () => {};
  const run = (): Thenable<CheckResult[]> =>
    Object.assign(new Promise<CheckResult[]>((resolve) => (finish = () => resolve(checks))), { status: 'pending' as const });
  const model = at === 'once' ? buildSourcesModel(realDatasets, NO_FILTERS, locale) : sourcesModelOf(prepareSources(realDatasets, run), NO_FILTERS, locale);
  // Awaited: a panel suspends while the checks run.
  await act(async () => render(
    <LocaleContext value={locale}>
      <sourcesModel.Provider value={{ datasets: realDatasets, errors: [], isLoading: false, model }}>
        {sourcesPanels.map(({ id, Component }) => <div key={id} data-panel={id}><Component /></div>)}
      </sourcesModel.Provider>
    </LocaleContext>,
  ));
  return () => act(async () => finish());
}

const region = (name: RegExp) => screen.getByRole('region', { name });

describe('the sources panels', () => {
  it('show the four source cards while the checks run, and say that the checks are running', async () => {
    await renderPanels();
    expect(screen.getAllByRole('article')).toHaveLength(4);
    expect(screen.getByRole('heading', { level: 3, name: 'Relazione sulla Performance 2019' })).toBeInTheDocument();
    const summary = region(/Riepilogo dei controlli/);
    expect(summary).toHaveAttribute('aria-busy', 'true');
    expect(within(summary).getByRole('status')).toHaveTextContent('Verifiche in corso…');
    expect(region(/Controlli di coerenza per fonte/)).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryAllByRole('heading', { level: 4 })).toHaveLength(0);
    // Each card keeps its line of checks, busy, as long as the one it will hold.
    const card = screen.getByRole('article', { name: 'Relazione dell\'attività 2020' });
    expect(within(card).getByText('… superati · … avvisi · … non applicabili').parentElement).toHaveAttribute('aria-busy', 'true');
  });

  it('show the checks once they have run, as when they are there at once', async () => {
    const finish = await renderPanels();
    await finish();
    await screen.findByText('33 controlli: 15 superati, 18 avvisi, 0 non applicabili.');
    const summary = region(/Riepilogo dei controlli/);
    expect(summary).not.toHaveAttribute('aria-busy');
    expect(within(summary).getAllByRole('link')).toHaveLength(18);
    expect(within(screen.getByRole('article', { name: 'Relazione dell\'attività 2020' })).getByText('7 superati · 7 avvisi · 0 non applicabili')).toBeInTheDocument();
    // The checks follow one source per frame.
    expect(await screen.findByRole('heading', { level: 4, name: 'Limiti delle classi dimensionali' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 4, name: 'Numerazione degli indicatori per obiettivo' })).toBeInTheDocument();
    await waitFor(() => expect(document.querySelectorAll('[aria-busy]')).toHaveLength(0));
    expect(screen.queryByText('Verifiche in corso…')).not.toBeInTheDocument();

    const settled = document.body.innerHTML;
    const once = document.createElement('div');
    document.body.replaceChildren(once);
    await renderPanels('it', 'once');
    expect(await screen.findByRole('heading', { level: 4, name: 'Numerazione degli indicatori per obiettivo' })).toBeInTheDocument();
    expect(document.body.lastElementChild?.innerHTML).toBe(settled.replace(/^<div>|<\/div>$/g, ''));
  });

  it('say it in English too', async () => {
    await renderPanels('en');
    expect(within(region(/Consistency checks at a glance/)).getByRole('status')).toHaveTextContent('Checks in progress…');
    expect(screen.getAllByText('… passed · … warnings · … not applicable')).toHaveLength(4);
  });
});
