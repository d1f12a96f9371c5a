import { describe, expect, it } from 'vitest';
import { CHECK_SPECS, runChecks } from '../checks';
import { mapThenable, runCheckSlice, runChecksInSlices, settled } from '../checks/slices';
import type { Dataset } from '../schema';
import { loadDataset } from './dataset-fixtures';

const realDatasets: Dataset[] = ['assolombarda-2020.json', 'sviluppo-pmi-2020.json', 'cciaa-performance-2019.json', 'lavoro-milano-2018.json'].map(loadDataset);

const all = runChecks(realDatasets);

/** A task queue run by hand: each queued slice is one task. */
function tasks() {
  const queue: { slice: () => void; first: boolean }[] = [];
  return { queue, later: (slice: () => void, first: boolean) => void queue.push({ slice, first }) };
}

describe('runCheckSlice', () => {
  it('one check a slice: the slices, in order, give what runChecks gives all at once', () => {
    const results = [];
    let from = 0;
    let slices = 0;
    while (from < CHECK_SPECS.length) {
      const s = runCheckSlice(realDatasets, from, () => false);
      expect(s.next).toBe(from + 1);
      results.push(...s.results);
      from = s.next;
      slices += 1;
    }
    expect(slices).toBe(CHECK_SPECS.length);
    expect(results).toEqual(all);
  });

  it('runs on while allowed, to the last check', () => {
    expect(runCheckSlice(realDatasets, 0, () => true)).toEqual({ results: all, next: CHECK_SPECS.length });
  });
});

describe('runChecksInSlices', () => {
  it('runs nothing in the task that starts it, then one slice per task, and settles with runChecks’ results', async () => {
    const { queue, later } = tasks();
    const run = runChecksInSlices(realDatasets, { later, budgetMs: 0, now: () => 0 });
    expect(run.status).toBe('pending');
    expect(queue).toHaveLength(1);
    let ran = 0;
    while (queue.length) {
      const { slice, first } = queue.shift()!;
      expect(first).toBe(ran === 0);
      slice();
      ran += 1;
      expect(queue.length).toBeLessThanOrEqual(1);
    }
    // Budget 0: every slice is one check.
    expect(ran).toBe(CHECK_SPECS.length);
    await expect(run).resolves.toEqual(all);
    expect(run.status === 'fulfilled' && run.value).toEqual(all);
  });

  it('fits as many checks in a slice as its time budget allows', async () => {
    const { queue, later } = tasks();
    let clock = 0;
    // Each call of now() moves the clock on 1 ms: a 3 ms budget starts three checks a slice, after the first.
    const run = runChecksInSlices(realDatasets, { later, budgetMs: 3, now: () => clock++ });
    let ran = 0;
    while (queue.length) {
      queue.shift()!.slice();
      ran += 1;
    }
    expect(ran).toBeLessThan(CHECK_SPECS.length);
    await expect(run).resolves.toEqual(all);
  });

  it('rejects, with the error, when a check throws', async () => {
    const { queue, later } = tasks();
    const broken = [{ ...realDatasets[0]!, facts: null as never }];
    const run = runChecksInSlices(broken, { later, budgetMs: 5 });
    queue.shift()!.slice();
    await expect(run).rejects.toBeInstanceOf(Error);
    expect(run.status).toBe('rejected');
  });

  it('settles at once when there is nothing to check', () => {
    const { queue, later } = tasks();
    return expect(runChecksInSlices(realDatasets, { later, budgetMs: 5, specs: [] })).resolves.toEqual([]).then(() => expect(queue).toHaveLength(0));
  });
});

describe('mapThenable', () => {
  it('maps a settled value at once, so React reads it without suspending', () => {
    const m = mapThenable(settled(2), (n) => n * 3);
    expect(m.status === 'fulfilled' && m.value).toBe(6);
  });

  it('maps a pending one when it settles', async () => {
    let resolve: (n: number) => void = () => {};
    const pending = Object.assign(new Promise<number>((r) => (resolve = r)), { status: 'pending' as const });
    const m = mapThenable(pending, (n) => n * 3);
    expect(m.status).toBe('pending');
    resolve(2);
    await expect(m).resolves.toBe(6);
    expect(m.status === 'fulfilled' && m.value).toBe(6);
  });
});
