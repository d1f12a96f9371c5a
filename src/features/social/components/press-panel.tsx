import { lazyChart } from '../../../components/ui/lazy-chart';
import { ChartFrame } from '../../../components/ui/chart-frame';
import { useThemeColours } from '../../../lib/colours';
import { useCommunication } from '../hooks/use-communication';
import { presentPress } from '../utils/present-press';
import { barRowsHeight } from './bar-rows-height';
import { PanelEmpty } from '../../../components/connected/panel-empty';

const BarRows = lazyChart(() => import('./bar-rows'));

/** Press items by channel, against the stated total. */
export function PressPanel() {
  const { t, locale, all, source, viewEmpty, press: model } = useCommunication();
  const colours = useThemeColours();
  if (viewEmpty) return null;
  if (!model || model.parts.length === 0) return <PanelEmpty title={t.pressPanel} facts={all} />;
  const view = presentPress(model, t, locale);
  return (
    <ChartFrame title={view.title} summary={view.summary} source={source(model.facts)} table={view.table} height={barRowsHeight(view.rows.length)}>
      <BarRows rows={view.rows} colour={colours.series[2]} />
    </ChartFrame>
  );
}
