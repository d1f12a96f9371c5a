/** Relative change in percent from one value to another; null when the starting value is zero. */
export function growthPct(from: number, to: number): number | null {
  return from === 0 ? null : ((to - from) / Math.abs(from)) * 100;
}

/** How many decimals a stated figure was written with (175.15 → 2, 29.5 → 1, 52 → 0). */
export function statedDecimals(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

export interface GrowthCheck {
  stated: number;
  computed: number;
  /** Stated minus computed, in percentage points. */
  diffPts: number;
  /** Decimals the stated figure was written with. */
  decimals: number;
  /** True when the computed growth, rounded as the source rounds, gives the stated figure. */
  agrees: boolean;
}

/** A stated growth against the growth computed from its two values: it agrees when within half a unit of its last decimal. */
export function compareGrowth(computed: number, stated: number): GrowthCheck {
  const decimals = statedDecimals(stated);
  const diffPts = stated - computed;
  const tolerance = 0.5 * 10 ** -decimals + 1e-9;
  return { stated, computed, diffPts, decimals, agrees: Math.abs(diffPts) <= tolerance };
}
