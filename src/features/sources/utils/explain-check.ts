import type { CheckResult } from '../../../data/checks';
import type { ExplanationKey, GrowthNumbers, IndicatorComparison, PartsNumbers, TargetNumbers } from '../../../data/checks/types';
import { formatNumber, formatPercent } from '../../../lib/format';
import type { Locale } from '../../../lib/locale';
import { sourcesMessages, type GrowthParams, type PartsParams } from '../messages';
import { findingMessages } from '../finding-messages';
import { amount, plusMinusPoints, points } from './amount';
import { cleanSentence } from './findings';

/** Negative parts or totals (changes, not stocks) are shown with their sign. */
export const isSigned = (n: PartsNumbers) => n.total < 0 || n.parts.some((p) => p.value < 0);

function partsParams(n: PartsNumbers, locale: Locale): PartsParams {
  const signed = isSigned(n);
  return {
    count: formatNumber(n.parts.length, locale),
    sum: amount(n.sum, n.unit, locale, signed),
    total: amount(n.total, n.unit, locale, signed),
    diff: amount(Math.abs(n.difference), n.unit, locale),
    totalLabel: n.totalLabel[locale],
  };
}

function growthParams(n: GrowthNumbers, locale: Locale): GrowthParams {
  return {
    statement: n.statement?.label[locale],
    stated: formatPercent(n.stated, locale),
    computed: formatPercent(n.computed, locale),
    from: amount(n.from.value, n.unit, locale),
    fromYear: String(n.from.year),
    to: amount(n.to.value, n.unit, locale),
    toYear: String(n.to.year),
    diff: points(n.difference, locale),
    tolerance: plusMinusPoints(n.tolerance, locale),
  };
}

/** "PIRA 6.1.2, target ≥ 2, risultato 1, dichiarato raggiunto ma secondo i numeri non raggiunto" */
export function describeDisagreement(c: IndicatorComparison, locale: Locale): string {
  const t = sourcesMessages[locale];
  const unit = c.unit ?? 'count';
  return t.sentence.disagreement({
    code: c.code,
    pira: c.table === 'pira-not-in-plan',
    target: `${t.direction[c.direction]} ${amount(c.target, unit, locale)}`,
    result: c.basis === 'attainment' ? t.attainment(formatPercent(c.result, locale)) : amount(c.result, unit, locale),
    status: t.status[c.status],
    numbersSay: t.status[c.numbersSay],
  });
}

function targetSentence(n: TargetNumbers, locale: Locale): string {
  const t = sourcesMessages[locale];
  const params = {
    compared: formatNumber(n.compared, locale),
    agreeing: formatNumber(n.agreeing, locale),
    disagreeing: formatNumber(n.disagreements.length, locale),
    notComparable: formatNumber(n.notComparable, locale),
    list: n.disagreements.map((d) => describeDisagreement(d, locale)).join('; '),
  };
  return n.disagreements.length === 0 ? t.sentence.statusAgrees(params) : t.sentence.statusDisagrees(params);
}

/** The plain sentence for a check, built from its numbers with lib/format. */
export function explainCheck(r: CheckResult, locale: Locale): string {
  const s = sourcesMessages[locale].sentence;
  if (r.explanation === 'dataset-missing') return s.datasetMissing;
  if (!r.numbers || r.explanation === 'facts-missing') return s.factsMissing;
  switch (r.kind) {
    case 'parts-vs-total':
    case 'outside-groups': {
      const p = partsParams(r.numbers, locale);
      const bySentence: Partial<Record<ExplanationKey, (p: PartsParams) => string>> = {
        'parts-match': s.partsMatch, 'parts-below-total': s.partsBelow, 'parts-above-total': s.partsAbove,
        'none-outside': s.noneOutside, outside: s.outside, 'subset-above-total': s.subsetAbove,
      };
      const sentence = bySentence[r.explanation]?.(p) ?? s.factsMissing;
      const { sum, total } = r.numbers;
      const signFlip = sum !== 0 && total !== 0 && Math.sign(sum) !== Math.sign(total);
      return signFlip ? `${sentence} ${sum < 0 ? s.signDown : s.signUp}` : sentence;
    }
    case 'stated-vs-computed-growth': {
      const p = growthParams(r.numbers, locale);
      const text = r.outcome === 'pass' ? s.growthOk(p) : s.growthOff(p);
      return text.charAt(0).toUpperCase() + text.slice(1);
    }
    case 'target-vs-result':
      return targetSentence(r.numbers, locale);
    default: {
      const n = r.numbers.findings.length;
      return n === 0 ? cleanSentence(r.kind, locale) : findingMessages[locale].found(formatNumber(n, locale), n);
    }
  }
}
