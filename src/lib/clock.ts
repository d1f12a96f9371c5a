/* The presenter's clock and stopwatch (apart from format.ts, which every page loads). */

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A time of day as a clock shows it, 24 hours in both languages: "14:05". */
export function formatClock(date: Date): string {
  return `${pad2(date.getHours())}:${pad2(date.getMinutes())}`;
}

/** A duration as a stopwatch shows it: "12:03", "1:02:03" from an hour. */
export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${pad2(m)}:${pad2(s % 60)}` : `${m}:${pad2(s % 60)}`;
}
