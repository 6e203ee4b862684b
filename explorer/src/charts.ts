import { BarChart, HeatmapChart, LineChart, SankeyChart } from 'echarts/charts';
import type { BarSeriesOption, HeatmapSeriesOption, LineSeriesOption, SankeySeriesOption } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  type AriaComponentOption,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
  type VisualMapComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { h } from './dom.js';

/**
 * Charts are drawn by Apache ECharts (docs/explorer-record-views.md says
 * why), imported piece by piece so that the bundle carries only the four
 * series the Explorer draws (Sankey, heat map, bars, lines) and the SVG
 * renderer: crisp at any zoom, and text a test can read. Every chart is
 * an image to assistive technology (role="img" with a sentence saying what
 * it shows); the numbers themselves are in a table beside it, which the
 * keyboard reaches.
 */
echarts.use([
  SankeyChart,
  HeatmapChart,
  BarChart,
  LineChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  SVGRenderer,
]);

export type ChartOption = echarts.ComposeOption<
  | SankeySeriesOption
  | HeatmapSeriesOption
  | BarSeriesOption
  | LineSeriesOption
  | AriaComponentOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>;

/** What a click on a chart's item names: its series and, for a Sankey, whether it was a flow or a node. */
export interface ChartClick {
  seriesIndex?: number;
  dataType?: string;
  dataIndex: number;
  data: unknown;
}

/** The colours of the Explorer (style.css), in the order series take them. */
export const palette = ['#2f6db5', '#e07b00', '#1b9e77', '#7b5ea7', '#b2182b', '#c9a227', '#4d8f2f', '#e7298a'];

/**
 * One chart in its own box, drawn once the box has a size and redrawn to
 * the box's size whenever that changes (ECharts measures a detached or
 * hidden box as empty: a chart built before its page is shown waits).
 */
export class Chart {
  readonly element: HTMLElement;
  private chart: echarts.ECharts | null = null;
  private pending: ChartOption | null = null;
  private clickHandler: ((item: ChartClick) => void) | null = null;
  private readonly resize: ResizeObserver;

  constructor(parent: HTMLElement, options: { name: string; height?: string }) {
    this.element = h('div', {
      class: 'chart',
      'data-chart': options.name,
      style: `height: ${options.height ?? '320px'}`,
    });
    parent.append(this.element);
    this.resize = new ResizeObserver(() => {
      if (!this.element.clientWidth || !this.element.clientHeight) return;
      if (this.chart) this.chart.resize();
      else this.init();
    });
    this.resize.observe(this.element);
  }

  private init() {
    this.chart = echarts.init(this.element, null, { renderer: 'svg' });
    const handler = this.clickHandler;
    if (handler) this.chart.on('click', (params) => handler(params as unknown as ChartClick));
    if (this.pending) this.render(this.pending);
  }

  private render(option: ChartOption) {
    this.chart!.setOption(option, { notMerge: true });
    this.pending = null;
    this.element.dataset.drawn = 'true';
  }

  /**
   * Draws the option, with its description as the chart's accessible name
   * (the table beside it carries the numbers). Decals (patterns) tell the
   * series apart without colour.
   */
  draw(option: ChartOption, description: string) {
    const full: ChartOption = {
      color: palette,
      animation: false,
      textStyle: { fontFamily: 'system-ui, "DejaVu Sans", sans-serif' },
      ...option,
      aria: { enabled: true, label: { description }, decal: { show: true } },
    };
    // A picture, not a control: its name says what it shows.
    this.element.setAttribute('role', 'img');
    this.element.setAttribute('aria-label', description);
    if (this.chart) this.render(full);
    else this.pending = full;
  }

  onClick(handler: (item: ChartClick) => void) {
    this.clickHandler = handler;
    this.chart?.on('click', (params) => handler(params as unknown as ChartClick));
  }

  dispose() {
    this.resize.disconnect();
    this.chart?.dispose();
    this.element.remove();
  }
}
