import type { CheckItem } from '../utils/present-growth';

/** The computed growth and each stated one, with a plain verdict in words (and a sign, never colour alone). */
export function GrowthCheck({ heading, items, verdict, extra }: { heading: string; items: readonly CheckItem[]; verdict: string; extra?: readonly CheckItem[] }) {
  const differs = items.some((i) => i.verdict && !i.verdict.agrees);
  return (
    <div className="growth-check">
      <h3>{heading}</h3>
      <dl>
        {[...(extra ?? []), ...items].map((i) => (
          <div key={i.key} className="growth-check-row">
            <dt>{i.label}</dt>
            <dd>
              <strong>{i.value}</strong>
              {i.verdict && (
                <span className={i.verdict.agrees ? 'verdict verdict-ok' : 'verdict verdict-differs'}>
                  <span aria-hidden="true">{i.verdict.agrees ? '✓ ' : '⚠ '}</span>
                  {i.verdict.text}
                </span>
              )}
            </dd>
          </div>
        ))}
      </dl>
      {verdict && <p className={differs ? 'growth-verdict growth-verdict-differs' : 'growth-verdict'}>{verdict}</p>}
    </div>
  );
}
