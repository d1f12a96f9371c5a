// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { useRef } from 'react';
import { useDeferredMount } from '../../../../components/ui/deferred-mount';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountAllDeferred } from '../../../../components/ui/progressive-mount';
import BarRows from '../bar-rows';
import { barRowsHeight } from '../bar-rows-height';
import type { BarRow } from '../../utils/bar-row';

const ROWS: BarRow[] = [
  { key: 'facebook', label: 'Facebook', value: 800, display: '800' },
  { key: 'instagram', label: 'Instagram', value: 200, display: '200' },
  { key: 'youtube', label: 'YouTube', value: null, display: 'n.d.' },
  { key: 'rest', label: 'Non attribuito (calcolato)', value: 100, display: '100', computed: true },
];

describe('BarRows', () => {
  // jsdom lays nothing out: the chart's box is given a width, as a browser would.
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(631);
  });
  afterEach(() => vi.restoreAllMocks());

  it('draws one bar per row with a value, the longest ending where the value room begins, its value after it', () => {
    const { container } = render(<BarRows rows={ROWS} />);
    const svg = container.querySelector('svg.bar-rows-surface')!;
    expect(svg.getAttribute('height')).toBe(String(barRowsHeight(ROWS.length)));
    const bars = [...svg.querySelectorAll('rect.bar-rows-bar')];
    expect(bars).toHaveLength(3);
    // 631 px wide, 130 px kept for the values: 800 spans 500 px from x = 1.
    expect(bars.map((b) => Number(b.getAttribute('width')))).toEqual([500, 125, 62.5]);
    expect([...svg.querySelectorAll('text.bar-rows-value')].map((t) => t.textContent)).toEqual(['800', '200', '100']);
    expect(Number(svg.querySelector('text.bar-rows-value')!.getAttribute('x'))).toBe(506);
  });

  it('names each row above its bar, says n.d. beside a row without a value, and hatches computed rows', () => {
    const { container } = render(<BarRows rows={ROWS} />);
    const names = [...container.querySelectorAll('text:not(.bar-rows-value)')].map((t) => t.textContent);
    expect(names).toEqual(['Facebook', 'Instagram', 'YouTube — n.d.', 'Non attribuito (calcolato)']);
    const bars = [...container.querySelectorAll('rect.bar-rows-bar')];
    const pattern = container.querySelector('pattern')!.id;
    expect(bars.at(-1)!.getAttribute('fill')).toBe(`url(#${pattern})`);
    expect(bars[0]!.getAttribute('fill')).not.toContain('url(');
  });

  describe('in a browser, which reports a box once it has laid the page out', () => {
    /** A stand-in ResizeObserver the test drives: `report()` is the browser's report after its layout. */
    const observers: (() => void)[] = [];
    const report = () => act(() => observers.splice(0).forEach((callback) => callback()));
    beforeEach(() => {
      vi.stubGlobal('ResizeObserver', class {
        constructor(private readonly callback: () => void) {}
        observe() {
          observers.push(this.callback);
        }
        disconnect() {}
      });
    });
    afterEach(() => {
      observers.length = 0;
      vi.unstubAllGlobals();
    });

    it('does not measure its box while it mounts (that lays the page out at once): it draws on the report', () => {
      const width = vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(631);
      const { container } = render(<BarRows rows={ROWS} />);
      expect(width).not.toHaveBeenCalled();
      expect(container.querySelector('svg')).toBeNull();
      report();
      expect(container.querySelectorAll('rect.bar-rows-bar')).toHaveLength(3);
    });

    it('is drawn at once before printing, with no report to wait for', () => {
      const { container } = render(<BarRows rows={ROWS} />);
      act(() => mountAllDeferred());
      expect(container.querySelectorAll('rect.bar-rows-bar')).toHaveLength(3);
    });

    it('is drawn before printing when printing is what mounts it (a chart still waiting for its turn)', () => {
      function Waiting() {
        const slot = useRef<HTMLDivElement>(null);
        return <div ref={slot}>{useDeferredMount(slot) && <BarRows rows={ROWS} />}</div>;
      }
      const { container } = render(<Waiting />);
      expect(container.querySelector('.bar-rows')).toBeNull();
      act(() => mountAllDeferred());
      expect(container.querySelectorAll('rect.bar-rows-bar')).toHaveLength(3);
    });
  });

  it('draws nothing while its box has no width', () => {
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(0);
    const { container } = render(<BarRows rows={ROWS} />);
    expect(container.querySelector('svg')).toBeNull();
  });
});
