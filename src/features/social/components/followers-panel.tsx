import { lazyChart } from '../../../components/ui/lazy-chart';
import { ChartFrame } from '../../../components/ui/chart-frame';
import { formatNumber } from '../../../lib/format';
import { useCommunication } from '../hooks/use-communication';
import { barsTable, followerBars, followersTitle, presentGrowth, whenOf } from '../utils/present-growth';
import { barRowsHeight } from './bar-rows-height';
import { GrowthCheck } from './growth-check';
import { PanelEmpty } from '../../../components/connected/panel-empty';

const BarRows = lazyChart(() => import('./bar-rows'));

/** Followers against the previous year (the chamber's: totals and per-platform growth rates only). */
export function FollowersPanel() {
  const { t, locale, all, source, orgName, viewEmpty, followers: model } = useCommunication();
  if (viewEmpty) return null;
  if (!model) return <PanelEmpty title={t.followersPanel} facts={all} />;
  const view = presentGrowth(model, t, locale);
  const bars = followerBars(model, view, t, locale);
  const org = orgName(model.organization);
  const totals = [model.previous, model.current].flatMap((f) =>
    f ? [{ key: f.id, label: f.asOf ? t.followersAt(whenOf(f, locale)) : t.followersIn(String(f.year)), value: formatNumber(f.value, locale) }] : [],
  );
  const facts = [model.previous, model.current, ...model.stated.map((s) => s.fact), ...model.platforms.map((p) => p.fact)].filter((f) => f !== null);
  const summary = t.followersSummary;
  return (
    <section className="social-panel" aria-labelledby="social-followers">
      <h2 id="social-followers">{`${t.followersPanel} — ${org}`}</h2>
      {bars.length === 0 && (
        <>
          <p className="lead">{followersTitle(model, view, org, t, locale)}</p>
          <p className="chart-source">{source(facts)}</p>
        </>
      )}
      <div className="social-split">
        {bars.length > 0 && <ChartFrame headingLevel={3} title={followersTitle(model, view, org, t, locale)} summary={summary} source={source(facts)}
          table={barsTable(bars, t.platform, t.growthColumn, 'percent')} height={barRowsHeight(bars.length)}>
          <BarRows rows={bars} />
        </ChartFrame>}
        <GrowthCheck heading={t.checkTitle} extra={totals} items={view.checks} />
      </div>
    </section>
  );
}
