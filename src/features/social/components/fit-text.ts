let context: CanvasRenderingContext2D | null | undefined;

/** A 2D context to measure text with (none where canvas is missing: jsdom has the element but no drawing). */
function measurer(): CanvasRenderingContext2D | null {
  if (context === undefined) {
    try {
      const drawing = typeof document !== 'undefined' && !/jsdom/i.test(navigator.userAgent);
      context = drawing ? document.createElement('canvas').getContext('2d') : null;
    } catch {
      context = null;
    }
  }
  return context;
}

/**
 * `text` as it fits on one line `width` pixels wide in `font` (a CSS font shorthand): whole when it
 * fits, otherwise its longest start that fits with "…" after it. Measured on a canvas, not in the
 * page, so nothing is laid out; where nothing can measure, the text is given whole.
 */
export function fitText(text: string, width: number, font: string): string {
  const ctx = measurer();
  if (!ctx || !font) return text;
  ctx.font = font;
  if (ctx.measureText(text).width <= width) return text;
  let lo = 0;
  let hi = text.length;
  // The longest prefix that fits with the ellipsis: binary search over its length.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (ctx.measureText(`${text.slice(0, mid).trimEnd()}…`).width <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…`;
}
