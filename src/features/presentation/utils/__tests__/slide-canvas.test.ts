import { describe, expect, it } from 'vitest';
import { fitCanvas } from '../slide-canvas';

describe('the slide canvas', () => {
  it.each([
    // screen, expected logical size and scale
    [1920, 1080, 1200, 675, 1.6],
    [3840, 2160, 1200, 675, 3.2],
    [1280, 720, 1200, 675, 1280 / 1200],
    [1024, 768, 1024, 768, 1],
    [1600, 1200, 1024, 768, 1600 / 1024],
  ])('fills a %i×%i screen: %i×%i drawn at %f×', (w, h, cw, ch, scale) => {
    const fit = fitCanvas(w, h, 16);
    expect([fit.width, fit.height]).toEqual([cw, ch]);
    expect(fit.scale).toBeCloseTo(scale, 6);
    expect([fit.x, fit.y]).toEqual([0, 0]);
  });

  it('is the same slide, larger, on a larger screen of the same shape', () => {
    const hd = fitCanvas(1920, 1080, 16);
    const uhd = fitCanvas(3840, 2160, 16);
    expect([uhd.width, uhd.height]).toEqual([hd.width, hd.height]);
    expect(uhd.scale).toBe(hd.scale * 2);
  });

  it('draws 0.8 rem text at 20 px or more on a 1080p screen, and proportionally on others', () => {
    for (const [w, h] of [[1024, 768], [1280, 720], [1920, 1080], [1600, 1200], [2560, 1440], [3840, 2160]] as const) {
      expect(12.8 * fitCanvas(w, h, 16).scale).toBeGreaterThanOrEqual(20 * Math.min(w / 1920, h / 1080) - 1e-9);
    }
  });

  it('letterboxes a screen wider than 16:9 or narrower than 4:3, centred', () => {
    const cinema = fitCanvas(2560, 1080, 16);
    expect(cinema.height * cinema.scale).toBeCloseTo(1080, 6);
    expect(cinema.x).toBeCloseTo((2560 - 1200 * 1.6) / 2, 6);
    const phone = fitCanvas(390, 844, 16);
    expect(phone.width * phone.scale).toBeCloseTo(390, 6);
    expect(phone.y).toBeGreaterThan(0);
  });
});
