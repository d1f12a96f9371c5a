// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../../data/checks';
import { LocaleContext } from '../../../../lib/i18n';
import { realDatasets } from '../../utils/__tests__/fixtures';
import { CheckItem } from '../check-item';

const checks = runChecks(realDatasets);
const check = (id: string) => checks.find((c) => c.id === id)!;

describe('CheckItem', () => {
  it.each<[id: string, word: string, title: string, figure: string]>([
    ['members.groups.firms@aslo20.members.firms.group-total', 'Superato', 'Gruppi A–L e riga del totale della tabella (imprese)', '6.131 imprese'],
    ['social.platforms.views@aslo20.social.views', 'Avviso', 'Visualizzazioni per piattaforma e totale social', '+648.116 visualizzazioni'],
  ])('%s shows its outcome as a word, its title and its numbers', (id, word, title, figure) => {
    render(<ul><CheckItem check={check(id)} /></ul>);
    const item = screen.getByRole('listitem');
    expect(within(item).getByText(word)).toBeInTheDocument();
    expect(within(item).getByRole('heading', { level: 4, name: title })).toBeInTheDocument();
    expect(within(item).getAllByText(figure).length).toBeGreaterThan(0);
  });

  it('opens the parts as a table with a caption', async () => {
    render(<ul><CheckItem check={check('members.groups.firms@aslo20.members.firms.group-total')} /></ul>);
    await userEvent.click(screen.getByText('Le voci (12)'));
    const table = screen.getByRole('table', { name: 'Gruppi A–L e riga del totale della tabella (imprese)' });
    expect(within(table).getByText('1.737 imprese')).toBeInTheDocument();
  });

  it('speaks English when asked', () => {
    render(<LocaleContext value="en"><ul><CheckItem check={check('social.platforms.views@aslo20.social.views')} /></ul></LocaleContext>);
    expect(screen.getByText('Warning')).toBeInTheDocument();
    expect(screen.getByText(/648,116 views is not attributed/)).toBeInTheDocument();
  });
});
