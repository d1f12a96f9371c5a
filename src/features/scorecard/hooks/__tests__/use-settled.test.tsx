// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mapThenable, settled, type Thenable } from '../../../../data/checks/slices';
import { useSettled } from '../use-settled';

function Show({ thenable }: { thenable: Thenable<string> }) {
  return <p>{useSettled(thenable) ?? 'pending'}</p>;
}

/** A thenable settled by hand (mapThenable tracks its status, as the checks' runs do). */
function byHand() {
  let resolve: (v: string) => void = () => {};
  const promise = new Promise<string>((r) => (resolve = r));
  const pending: Thenable<string> = Object.assign(promise, { status: 'pending' as const });
  return { thenable: mapThenable(pending, (v) => v), resolve };
}

describe('useSettled', () => {
  it('gives a settled value in the first render', () => {
    render(<Show thenable={settled('ready')} />);
    expect(screen.getByText('ready')).toBeInTheDocument();
  });

  it('gives nothing while pending (without suspending), then the value once it settles', async () => {
    const { thenable, resolve } = byHand();
    render(<Show thenable={thenable} />);
    expect(screen.getByText('pending')).toBeInTheDocument();
    await act(async () => {
      resolve('ready');
      await thenable;
    });
    expect(await screen.findByText('ready')).toBeInTheDocument();
  });
});
