/** A sentence whose quotes of the source («…» or “…”) are marked as Italian, for screen readers and hyphenation. */
export function QuotedText({ text }: { text: string }) {
  const parts = text.split(/(«[^»]*»|“[^”]*”)/);
  return <>{parts.map((p, k) => (k % 2 === 1 ? <span key={k} lang="it">{p}</span> : p))}</>;
}
