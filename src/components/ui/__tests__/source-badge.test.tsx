// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LocaleContext } from '../../../lib/i18n';
import { SourceBadge } from '../source-badge';

const source = { id: 'aslo20', title: 'Relazione dell’attività 2020', publisher: 'Assolombarda', section: '1 | Gli associati', label: 'imprese associate' };

describe('SourceBadge', () => {
  it('is a closed disclosure: a button that says so, its list hidden', () => {
    render(<SourceBadge source={source} />);
    const button = screen.getByRole('button', { name: 'Fonte' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    const list = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(list).not.toBeVisible();
  });

  it('opens and closes with the button, from the mouse or the keyboard', async () => {
    const user = userEvent.setup();
    render(<SourceBadge source={source} />);
    const button = screen.getByRole('button', { name: 'Fonte' });
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('Relazione dell’attività 2020 — Assolombarda')).toBeVisible();
    expect(screen.getByText('1 | Gli associati')).toBeVisible();
    expect(screen.getByText('«imprese associate»')).toHaveAttribute('lang', 'it');
    button.focus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByText('1 | Gli associati')).not.toBeVisible();
    await user.keyboard(' ');
    expect(screen.getByText('1 | Gli associati')).toBeVisible();
  });

  it('speaks the current language and leaves out a missing publisher', async () => {
    render(<LocaleContext value="en"><SourceBadge source={{ ...source, publisher: '' }} /></LocaleContext>);
    await userEvent.click(screen.getByRole('button', { name: 'Source' }));
    expect(screen.getByText('Relazione dell’attività 2020')).toBeVisible();
    expect(screen.getByText('Original label')).toBeVisible();
  });
});
