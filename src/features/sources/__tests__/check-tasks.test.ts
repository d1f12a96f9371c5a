import { afterEach, describe, expect, it, vi } from 'vitest';
import { runChecks } from '../../../data/checks';
import { runChecksAfterPaint } from '../check-tasks';
import { realDatasets } from '../utils/__tests__/fixtures';

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
});
