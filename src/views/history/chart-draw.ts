/**
 * Chart.js itself, loaded on demand (ChartFigure imports this file when a chart
 * nears the screen), so the options page opens without it. Only the pieces
 * the three charts use are registered, so the bundle carries no unused chart
 * types.
 */
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import type { CoachingChartConfig } from './charts';

let registered = false;
export function registerCharts(): void {
  if (registered) return;
  Chart.register(LineController, LineElement, PointElement, BarController, BarElement, DoughnutController, ArcElement, CategoryScale, LinearScale, Tooltip, Legend);
  // The page's own font, not Chart.js's Helvetica default.
  Chart.defaults.font.family = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
  Chart.defaults.font.size = 12;
  registered = true;
}

/**
 * Draws a chart on a canvas; returns undefined when the canvas can't draw
 * (no 2D context, as in jsdom or a locked-down browser), so the caller shows
 * the data table alone.
 */
export function drawChart(canvas: HTMLCanvasElement, config: CoachingChartConfig): Chart | undefined {
  const context = canvas.getContext('2d');
  if (!context) return undefined;
  registerCharts();
  return new Chart(context, config as ChartConfiguration);
}
