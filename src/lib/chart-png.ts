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
  const { width, height } = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  inlineStyles(svg, clone);
  const svgUrl = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(clone)], { type: 'image/svg+xml' }));
  try {
    const img = await loadImage(svgUrl);
    const pad = 16;
    const font = getComputedStyle(document.body).fontFamily;
    const measure = document.createElement('canvas').getContext('2d')!;
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
