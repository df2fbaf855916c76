import type uPlot from 'uplot';
import { formatClock } from '../metrics/format.js';

/** What one {@link TimeChart} draws. */
export interface ChartLook {
  color: string;
  /** Formats the y axis' ticks. */
  format: (value: number) => string;
  /** Seconds of history shown; the window slides with the newest point. */
  windowSeconds: number;
  width: number;
  height: number;
}

const font = '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const axisStroke = '#5d6377';
const grid = { stroke: '#eceef4', width: 1 };

/** Rounds a maximum up to a tidy value so the y axis does not jitter with every point. */
function tidyMax(max: number): number {
  if (!(max > 0)) return 1;
  const step = 10 ** Math.floor(Math.log10(max));
  return Math.ceil((max * 1.1) / step) * step;
}

/** uPlot options for a single filled line over a sliding time window, y from zero. */
export function chartOptions(look: ChartLook): uPlot.Options {
  return {
    width: look.width,
    height: look.height,
    legend: { show: false },
    cursor: { show: false },
    scales: {
      x: {
        time: true,
        range: (_chart, _min, max) => {
          const end = max ?? Date.now() / 1000;
          return [end - look.windowSeconds, end];
        },
      },
      y: { range: (_chart, _min, max) => [0, tidyMax(max ?? 0)] },
    },
    axes: [
      {
        stroke: axisStroke,
        font,
        grid,
        ticks: { show: false },
        space: 70,
        size: 32,
        // One line of wall-clock time; uPlot's default adds a second line with the date.
        values: (_chart, splits) => splits.map((seconds) => formatClock(seconds * 1000)),
      },
      {
        stroke: axisStroke,
        font,
        grid,
        ticks: { show: false },
        size: 64,
        values: (_chart, splits) => splits.map(look.format),
      },
    ],
    series: [{}, { stroke: look.color, width: 2, fill: `${look.color}1f`, points: { show: false } }],
  };
}
