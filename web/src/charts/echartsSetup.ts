/** ECharts with only what the app uses (core, bar, SVG): loaded lazily by LazyChart. */
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import langSV from 'echarts/lib/i18n/langSV.js';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, SVGRenderer]);
echarts.registerLocale('SV', langSV as Parameters<typeof echarts.registerLocale>[1]);

export { echarts };
