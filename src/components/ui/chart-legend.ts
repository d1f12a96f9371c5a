import { createContext, useContext } from 'react';

/**
 * Where a chart draws its legend: a row of HTML that its ChartFrame lays out above the drawing
 * (`FramedLegend` in framed-legend.tsx). Left inside the chart, recharts makes room for the
 * legend by the size it measures on the screen, and a slide is drawn scaled (3.2 times on a 4K
 * screen): the room taken grew with the screen and squeezed the bars. Laid out by the page, the
 * legend takes its own height at any scale.
 */
export const ChartLegendSlot = createContext<HTMLElement | null>(null);

export const useChartLegendSlot = (): HTMLElement | null => useContext(ChartLegendSlot);
