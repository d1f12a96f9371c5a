import { lazyChart } from '../../../components/ui/lazy-chart';
import { ChartFrame } from '../../../components/ui/chart-frame';
import { useCommunication } from '../hooks/use-communication';
import { barsTable, presentGrowth, websiteTitle } from '../utils/present-growth';
import { barRowsHeight } from './bar-rows-height';
import { GrowthCheck } from './growth-check';
import { PanelEmpty } from '../../../components/connected/panel-empty';

const BarRows = lazyChart(() => import('./bar-rows'));

/** Website users year on year, with the growths the source states (each marked with its check on the Sources view). */
export function WebsitePanel() {
  const { t, locale, all, source, viewEmpty, website: model } = useCommunication();
  if (viewEmpty) return null;
  if (!model) return <PanelEmpty title={t.websitePanel} facts={all} />;
  const view = presentGrowth(model, t, locale);
  const facts = [model.previous, model.current, ...model.stated.map((s) => s.fact)].filter((f) => f !== null);
  return (
    <section className="social-panel" aria-labelledby="social-website">
      <h2 id="social-website">{t.websitePanel}</h2>
      <div className="social-split">
        <ChartFrame headingLevel={3} title={websiteTitle(model, view, t, locale)} summary={model.previous ? t.websiteSummary(String(model.current.year), String(model.previous.year)) : t.websiteSummaryOne(String(model.current.year))}
          source={source(facts)} table={barsTable(view.values, t.year, model.current.label[locale], 'number')} height={barRowsHeight(view.values.length)}>
          <BarRows rows={view.values} />
        </ChartFrame>
        <GrowthCheck heading={t.checkTitle} items={view.checks} />
      </div>
    </section>
  );
}
