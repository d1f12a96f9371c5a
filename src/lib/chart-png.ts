/**
 * A chart as a PNG at 2× with its title, filters and source drawn in, in the current theme.
 * The SVG is cloned with the computed text styles inlined (CSS variables do not travel with it).
 */
export interface PngOptions {
  title: string;
  footer: readonly string[];
  background: string;
  text: string;
  muted: string;
  scale?: number;
  /** The chart's legend as the page shows it, drawn above the chart. */
  legend?: readonly PngLegendEntry[];
}

/** One entry of a chart's legend: its icon (an SVG, whose fill may name a pattern of the chart) and its name. */
export interface PngLegendEntry {
  icon: SVGSVGElement;
  label: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const ICON = 14;
const ICON_GAP = 6;
const ENTRY_GAP = 16;
const LEGEND_ROW = 22;
const LEGEND_FONT = 13;

/**
 * Draws the legend into the chart's SVG, above the drawing (which moves down by the legend's height):
 * in the same SVG, an icon's fill that names one of the chart's patterns (hatching) still finds it.
 * Entries are centred in rows as wide as the chart. Returns the height added.
 */
export function drawLegendInto(clone: SVGSVGElement, legend: readonly PngLegendEntry[], opts: { width: number; font: string; colour: string; measure: (text: string) => number }): number {
  if (legend.length === 0) return 0;
  const rows: { entry: PngLegendEntry; width: number }[][] = [[]];
  let used = 0;
  for (const entry of legend) {
    const width = ICON + ICON_GAP + opts.measure(entry.label);
    if (used > 0 && used + ENTRY_GAP + width > opts.width) {
      rows.push([]);
      used = 0;
    }
    rows[rows.length - 1]!.push({ entry, width });
    used += (used > 0 ? ENTRY_GAP : 0) + width;
  }
  const added = rows.length * LEGEND_ROW + 6;
  const drawing = document.createElementNS(SVG_NS, 'g');
  drawing.setAttribute('transform', `translate(0 ${added})`);
  drawing.append(...clone.childNodes);
  clone.append(drawing);
  rows.forEach((row, r) => {
    let x = (opts.width - row.reduce((sum, e, i) => sum + e.width + (i > 0 ? ENTRY_GAP : 0), 0)) / 2;
    const y = r * LEGEND_ROW + 4;
    for (const { entry, width } of row) {
      const icon = entry.icon.cloneNode(true) as SVGSVGElement;
      for (const [k, v] of Object.entries({ x, y, width: ICON, height: ICON })) icon.setAttribute(k, String(v));
      const text = document.createElementNS(SVG_NS, 'text');
      for (const [k, v] of Object.entries({ x: x + ICON + ICON_GAP, y: y + ICON - 2, fill: opts.colour, 'font-size': LEGEND_FONT, 'font-family': opts.font })) text.setAttribute(k, String(v));
      text.textContent = entry.label;
      clone.append(icon, text);
      x += width + ENTRY_GAP;
    }
  });
  return added;
}

const STYLE_PROPS = ['fill', 'stroke', 'font-size', 'font-family', 'font-weight', 'opacity', 'stroke-width'] as const;

function inlineStyles(source: SVGSVGElement, clone: SVGSVGElement): void {
  const from = source.querySelectorAll<SVGElement>('text, tspan');
  const to = clone.querySelectorAll<SVGElement>('text, tspan');
  from.forEach((el, i) => {
    const css = getComputedStyle(el);
    const target = to[i];
    if (!target) return;
    for (const p of STYLE_PROPS) target.style.setProperty(p, css.getPropertyValue(p));
  });
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('The chart could not be drawn as an image.'));
    img.src = url;
  });
}

function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (ctx.measureText(next).width > width && line) {
      lines.push(line);
      line = w;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export async function chartToPng(svg: SVGSVGElement, opts: PngOptions): Promise<Blob> {
  const scale = opts.scale ?? 2;
  const { width, height: drawn } = svg.getBoundingClientRect();
  const font = getComputedStyle(document.body).fontFamily;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', SVG_NS);
  inlineStyles(svg, clone);
  const measure = document.createElement('canvas').getContext('2d')!;
  measure.font = `${LEGEND_FONT}px ${font}`;
  // The legend is drawn in the SVG's own units (its viewBox), which the image then scales to the screen's size.
  const box = svg.viewBox.baseVal;
  const [unitsW, unitsH] = box && box.width > 0 ? [box.width, box.height] : [width, drawn];
  const added = drawLegendInto(clone, opts.legend ?? [], { width: unitsW, font, colour: opts.text, measure: (t) => measure.measureText(t).width });
  const height = drawn + (added * width) / unitsW;
  clone.setAttribute('viewBox', `0 0 ${unitsW} ${unitsH + added}`);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const svgUrl = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(clone)], { type: 'image/svg+xml' }));
  try {
    const img = await loadImage(svgUrl);
    const pad = 16;
    measure.font = `700 18px ${font}`;
    const titleLines = wrap(measure, opts.title, width);
    measure.font = `12px ${font}`;
    const footLines = opts.footer.flatMap((f) => wrap(measure, f, width));
    const top = pad + titleLines.length * 24 + 8;
    const totalH = top + height + 8 + footLines.length * 16 + pad;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round((width + 2 * pad) * scale);
    canvas.height = Math.round(totalH * scale);
    const ctx = canvas.getContext('2d')!;
    ctx.scale(scale, scale);
    ctx.fillStyle = opts.background;
    ctx.fillRect(0, 0, width + 2 * pad, totalH);
    ctx.fillStyle = opts.text;
    ctx.font = `700 18px ${font}`;
    ctx.textBaseline = 'top';
    titleLines.forEach((l, i) => ctx.fillText(l, pad, pad + i * 24));
    ctx.drawImage(img, pad, top, width, height);
    ctx.fillStyle = opts.muted;
    ctx.font = `12px ${font}`;
    footLines.forEach((l, i) => ctx.fillText(l, pad, top + height + 8 + i * 16));
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(svgUrl);
  }
}
