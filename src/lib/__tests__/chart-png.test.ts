// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { drawLegendInto } from '../chart-png';

const NS = 'http://www.w3.org/2000/svg';

/** A chart's SVG with a hatching pattern and one bar that uses it, as recharts draws it. */
function chart(): SVGSVGElement {
  const svg = document.createElementNS(NS, 'svg');
  svg.innerHTML = '<defs><pattern id="hatch"><rect width="6" height="6" fill="#c2410c"/></pattern></defs><rect class="bar" width="50" height="20" fill="url(#hatch)"/>';
  return svg;
}

/** A legend icon as the page draws it: its own small SVG, its fill naming the chart's pattern or a colour. */
function icon(fill: string): SVGSVGElement {
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', '0 0 32 32');
  svg.innerHTML = `<path d="M0,4h32v24h-32z" fill="${fill}"/>`;
  return svg;
}

const legend = [
  { icon: icon('#0b3d91'), label: '2020' },
  { icon: icon('url(#hatch)'), label: '2019' },
];
const opts = (width: number) => ({ width, font: 'sans-serif', colour: '#111', measure: (t: string) => t.length * 8 });

describe('drawLegendInto', () => {
  it('writes each entry, icon and name, above the drawing, which moves down by the height it adds', () => {
    const svg = chart();
    const added = drawLegendInto(svg, legend, opts(400));
    expect(added).toBeGreaterThan(0);
    expect([...svg.querySelectorAll(':scope > text')].map((t) => t.textContent)).toEqual(['2020', '2019']);
    const drawing = svg.querySelector(':scope > g')!;
    expect(drawing.getAttribute('transform')).toBe(`translate(0 ${added})`);
    expect(drawing.querySelector('rect.bar')).not.toBeNull();
    // The hatched icon lands in the SVG that defines its pattern.
    const icons = [...svg.querySelectorAll(':scope > svg')];
    expect(icons.map((i) => i.querySelector('path')!.getAttribute('fill'))).toEqual(['#0b3d91', 'url(#hatch)']);
    expect(svg.querySelector('#hatch')).not.toBeNull();
  });

  it('centres one row in the chart’s width, and starts a new row when the next entry would not fit', () => {
    const wide = chart();
    const oneRow = drawLegendInto(wide, legend, opts(400));
    const xs = [...wide.querySelectorAll(':scope > svg')].map((i) => Number(i.getAttribute('x')));
    const entry = 14 + 6 + 4 * 8;
    expect(xs[0]).toBeCloseTo((400 - (2 * entry + 16)) / 2);
    const narrow = chart();
    expect(drawLegendInto(narrow, legend, opts(entry + 10))).toBeGreaterThan(oneRow);
    const ys = [...narrow.querySelectorAll(':scope > svg')].map((i) => Number(i.getAttribute('y')));
    expect(ys[1]).toBeGreaterThan(ys[0]!);
  });

  it('leaves a chart without a legend as it is', () => {
    const svg = chart();
    expect(drawLegendInto(svg, [], opts(400))).toBe(0);
    expect(svg.querySelector(':scope > g')).toBeNull();
  });
});
