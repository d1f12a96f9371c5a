import { CheckMarker } from '../../../components/ui/check-marker';
import type { CheckItem } from '../utils/present-growth';

/**
 * The figures as the source states them, each stated growth with a small marker linking to its
 * consistency check on the Sources view (where the computation and the difference are shown).
 */
export function GrowthCheck({ heading, items, extra }: { heading: string; items: readonly CheckItem[]; extra?: readonly CheckItem[] }) {
  const rows = [...(extra ?? []), ...items];
  if (rows.length === 0) return null;
  return (
    <div className="growth-check">
      <h3>{heading}</h3>
      <dl>
        {rows.map((i) => (
          <div key={i.key} className="growth-check-row">
            <dt>{i.label}</dt>
            <dd>
              <strong>{i.value}</strong>
              {i.check && <CheckMarker resultId={i.check.resultId} agrees={i.check.agrees} />}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
