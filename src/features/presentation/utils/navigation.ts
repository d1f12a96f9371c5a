export type SlideCommand = 'next' | 'previous' | 'first' | 'last';

/** The slide a command leads to, within 1…total (never past either end). */
export function moveSlide(current: number, total: number, command: SlideCommand): number {
  if (total < 1) return 1;
  const clamped = Math.min(Math.max(current, 1), total);
  switch (command) {
    case 'next':
      return Math.min(clamped + 1, total);
    case 'previous':
      return Math.max(clamped - 1, 1);
    case 'first':
      return 1;
    case 'last':
      return total;
  }
}

/** The key → command map of presentation mode (Esc and A are handled apart). */
export function commandForKey(key: string): SlideCommand | null {
  switch (key) {
    case 'ArrowRight':
    case ' ':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}

export interface AutoStep {
  slide: number;
  /** When the deck wraps while cycling: the filter value to move to. */
  cycleTo?: number | string | null;
}

/**
 * One auto-advance tick: the next slide; at the end, back to the first and, when cycling
 * through filter values, on to the next value (after the last value: all values, then the first again).
 */
export function autoStep<V extends number | string>(slide: number, total: number, cycleValues: readonly V[] | null, current: V | null): AutoStep {
  if (slide < total) return { slide: slide + 1 };
  if (!cycleValues || cycleValues.length === 0) return { slide: 1 };
  const i = current === null ? -1 : cycleValues.indexOf(current);
  return { slide: 1, cycleTo: cycleValues[(i + 1) % cycleValues.length] ?? null };
}
