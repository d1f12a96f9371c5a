import { shellMessages } from '../../../lib/shell-messages';
import { formatCurrency, formatNumber, formatQualified } from '../../../lib/format';
import { useMessages } from '../../../lib/i18n';
import { useLabour } from '../hooks/use-labour';
import { labourMessages } from '../messages';
import { PanelSection } from '../../../components/ui/panel-section';

export function PoliciesPanel() {
  const t = useMessages(labourMessages);
  const s = useMessages(shellMessages);
  const { model, locale } = useLabour();
  if (model.empty) return null;
  const rows = model.policies;
  const withBudget = rows.filter((r) => r.budget).length;
  return (
    <PanelSection
      prefix="lab"
      id="policies"
      title={t.panels.policies}
      lead={rows.length ? t.budgetSummary(formatNumber(withBudget, locale), formatNumber(rows.length, locale)) : undefined}
    >
      {rows.length === 0 ? (
        <p>{t.noData}</p>
      ) : (
        <ul className="lab-cards" role="list">
          {rows.map((r) => (
            <li key={r.id} className="lab-card">
              <h3>{r.label}</h3>
              {r.detail && <p>{r.detail}</p>}
              <p className="lab-budget">
                <span className="lab-budget-label">{t.budget}: </span>
                {r.budget ? (
                  <>
                    <strong>{formatQualified(r.budget.value, r.budget.unit, r.budget.qualifier, locale, { compact: 'long' })}</strong>
                    <span className="lab-budget-exact">
                      {' '}({t.exact(formatCurrency(r.budget.value, locale))} · {s.territories[r.budget.territory]} · {r.budget.year})
                    </span>
                  </>
                ) : (
                  <span className="lab-budget-none">{t.noBudget}</span>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </PanelSection>
  );
}
