// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runChecks } from '../checks';
import { runChecksAfterPaint } from '../checks/slices';
import { TEXT_CHECK_SPECS } from '../checks/text-specs';
import type { Dataset } from '../schema';
import { loadDataset } from './dataset-fixtures';

const realDatasets: Dataset[] = ['assolombarda-2020.json', 'sviluppo-pmi-2020.json', 'cciaa-performance-2019.json', 'lavoro-milano-2018.json'].map(loadDataset);

afterEach(() => vi.restoreAllMocks());

describe('runChecksAfterPaint', () => {
  it('in a page: runs nothing now and starts after a frame, then settles with every check', async () => {
    const frames = vi.spyOn(window, 'requestAnimationFrame');
    const run = runChecksAfterPaint(realDatasets);
    expect(run.status).toBe('pending');
    expect(frames).toHaveBeenCalledTimes(1);
    await expect(run).resolves.toEqual(runChecks(realDatasets));
    expect(frames).toHaveBeenCalledTimes(1);
  });

  it('runs only the checks asked for', async () => {
    await expect(runChecksAfterPaint(realDatasets, TEXT_CHECK_SPECS)).resolves.toEqual(runChecks(realDatasets, TEXT_CHECK_SPECS));
  });
});
