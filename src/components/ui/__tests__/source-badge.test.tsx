// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LocaleContext } from '../../../lib/i18n';
import { SourceBadge } from '../source-badge';

const source = { id: 'aslo20', title: 'Relazione dell’attività 2020', publisher: 'Assolombarda', section: '1 | Gli associati', label: 'imprese associate' };

describe('SourceBadge', () => {
  it('is a closed disclosure: a button that says so, and no list in the page until it opens', () => {
    render(<SourceBadge source={source} />);
    const button = screen.getByRole('button', { name: 'Fonte' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).not.toHaveAttribute('aria-controls');
    expect(screen.queryByText('1 | Gli associati')).toBeNull();
  });

  it('opens and closes with the button, from the mouse or the keyboard', async () => {
    const user = userEvent.setup();
    render(<SourceBadge source={source} />);
    const button = screen.getByRole('button', { name: 'Fonte' });
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const list = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(list).toContainElement(screen.getByText('Relazione dell’attività 2020 — Assolombarda'));
    expect(screen.getByText('1 | Gli associati')).toBeVisible();
    expect(screen.getByText('«imprese associate»')).toHaveAttribute('lang', 'it');
    button.focus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText('1 | Gli associati')).toBeNull();
    await user.keyboard(' ');
    expect(screen.getByText('1 | Gli associati')).toBeVisible();
  });

  it('writes its facts out for print (document and section) and for a page without scripts (the label too)', () => {
    const { container } = render(<SourceBadge source={source} />);
    const badge = container.querySelector('.source-badge');
    expect(badge).toHaveAttribute('data-source', 'Fonte: Relazione dell’attività 2020 — Assolombarda · Sezione: 1 | Gli associati');
    expect(badge).toHaveAttribute('data-label', 'Etichetta originale: «imprese associate»');
  });

  it('speaks the current language and leaves out a missing publisher', async () => {
    render(<LocaleContext value="en"><SourceBadge source={{ ...source, publisher: '' }} /></LocaleContext>);
    await userEvent.click(screen.getByRole('button', { name: 'Source' }));
    expect(screen.getByText('Relazione dell’attività 2020')).toBeVisible();
    expect(screen.getByText('Original label')).toBeVisible();
  });
});
