// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LocaleContext } from '../../../lib/i18n';
import { UpdateOffer } from '../rare-notices';

describe('UpdateOffer', () => {
  it('says a new version is waiting, and lets it take over only when asked, ready to reload first', async () => {
    const calls: string[] = [];
    const waiting = { postMessage: vi.fn((m: string) => calls.push(`worker: ${m}`)) } as unknown as ServiceWorker;
    render(<UpdateOffer waiting={waiting} onUpdate={() => calls.push('reload when it takes over')} />);
    expect(screen.getByRole('status')).toHaveTextContent('È disponibile una nuova versione del cruscotto.');
    expect(calls).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Aggiorna ora' }));
    // The page must know to reload before the new worker takes control.
    expect(calls).toEqual(['reload when it takes over', 'worker: skip-waiting']);
  });

  it('speaks English', () => {
    render(
      <LocaleContext value="en">
        <UpdateOffer waiting={{ postMessage: () => {} } as unknown as ServiceWorker} onUpdate={() => {}} />
      </LocaleContext>,
    );
    expect(screen.getByRole('button', { name: 'Update now' })).toBeVisible();
  });
});
