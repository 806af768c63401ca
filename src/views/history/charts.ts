/**
 * Chart.js set-up for the coaching view: the three charts' configurations and
 * the theme they draw in. Colours come from the page's CSS variables
 * (panel.css), which follow the system's light or dark scheme; motion follows
 * prefers-reduced-motion. Chart.js itself is loaded by chart-draw.ts, only when
 * a chart is about to be seen: it is the biggest library the options page has.
 */
import type { ChartConfiguration } from 'chart.js';

export interface ChartTheme {
  text: string;
  muted: string;
  grid: string;
  accent: string;
  great: string;
  fair: string;
  low: string;
  track: string;
  bg: string;
  reducedMotion: boolean;
}

/** Light-scheme values, for when CSS variables can't be read (tests, a page without panel.css). */
const FALLBACK: Omit<ChartTheme, 'reducedMotion'> = {
  text: '#1f2328',
  muted: '#57606a',
  grid: '#d9dde3',
  accent: '#0b57d0',
  great: '#146c2e',
  fair: '#8a4b00',
  low: '#b3261e',
  track: '#e3e6ea',
  bg: '#ffffff',
};

export const matches = (query: string): boolean => typeof window.matchMedia === 'function' && window.matchMedia(query).matches;

/** The page's colours now: call again after the colour scheme changes. */
export function readTheme(root: Element = document.documentElement): ChartTheme {
  const css = getComputedStyle(root);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    text: v('--text', FALLBACK.text),
    muted: v('--muted', FALLBACK.muted),
    grid: v('--border', FALLBACK.grid),
    accent: v('--accent', FALLBACK.accent),
    great: v('--great', FALLBACK.great),
    fair: v('--fair', FALLBACK.fair),
    low: v('--low', FALLBACK.low),
    track: v('--track', FALLBACK.track),
    bg: v('--bg', FALLBACK.bg),
    reducedMotion: matches('(prefers-reduced-motion: reduce)'),
  };
}

export type CoachingChartConfig =
  | ChartConfiguration<'line', (number | null)[], string>
  | ChartConfiguration<'bar', number[], string | string[]>
  | ChartConfiguration<'doughnut', number[], string>;

/** Options every chart shares: sized by its container, themed, still when motion is reduced. */
function base(theme: ChartTheme) {
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: theme.reducedMotion ? (false as const) : { duration: 250 },
    color: theme.text,
    plugins: { legend: { display: false } },
  };
}

const scoreAxis = (theme: ChartTheme) => ({
  min: 0,
  max: 100,
  ticks: { color: theme.muted, stepSize: 25 },
  grid: { color: theme.grid },
  border: { color: theme.grid },
});

/** The score over time: gaps where no email was sent, joined so the direction stays visible. */
export function trendConfig(labels: string[], values: (number | null)[], theme: ChartTheme): CoachingChartConfig {
  return {
    type: 'line',
    data: {
      labels,
      datasets: [
        {
          label: 'Average score',
          data: values,
          borderColor: theme.accent,
          backgroundColor: theme.accent,
          pointRadius: 3,
          pointHoverRadius: 5,
          borderWidth: 2,
          spanGaps: true,
          tension: 0,
        },
      ],
    },
    options: {
      ...base(theme),
      scales: {
        y: scoreAxis(theme),
        x: { ticks: { color: theme.muted, maxRotation: 0, autoSkip: true, autoSkipPadding: 12, maxTicksLimit: 7 }, grid: { display: false }, border: { color: theme.grid } },
      },
    },
  };
}

/**
 * Splits a long axis label into lines of about `max` characters, so
 * "Account research & listening" still fits beside its bar on a 320 px screen.
 */
export function wrapLabel(label: string, max = 16): string | string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length > 1 ? lines : label;
}

/** Horizontal bars on the 0–100 score scale: one per dimension. */
export function dimensionConfig(labels: string[], values: number[], theme: ChartTheme): CoachingChartConfig {
  return {
    type: 'bar',
    data: { labels: labels.map((l) => wrapLabel(l)), datasets: [{ label: 'Average score', data: values, backgroundColor: theme.accent, borderRadius: 4, maxBarThickness: 18 }] },
    options: {
      ...base(theme),
      indexAxis: 'y',
      scales: {
        x: scoreAxis(theme),
        // Every area keeps its name, however narrow the chart.
        y: { ticks: { color: theme.text, autoSkip: false }, grid: { display: false }, border: { color: theme.grid } },
      },
    },
  };
}

/** How wide the promises chart draws at most: the legend sits beside the doughnut, not at the far side of a wide page. */
export const PROMISES_CHART_MAX_WIDTH = 360;

/**
 * Promises kept on time, late, overdue and still open, with a legend that
 * holds the counts ("Kept on time (4)"), so colour is never the only cue and
 * the numbers need no extra click.
 */
export function promisesConfig(labels: string[], values: number[], theme: ChartTheme): CoachingChartConfig {
  return {
    type: 'doughnut',
    data: {
      labels: labels.map((l, i) => `${l} (${values[i] ?? 0})`),
      datasets: [{ label: 'Promises', data: values, backgroundColor: [theme.great, theme.fair, theme.low, theme.track], borderColor: theme.bg, borderWidth: 2 }],
    },
    options: {
      ...base(theme),
      cutout: '60%',
      plugins: {
        legend: { display: true, position: 'right', align: 'center', labels: { color: theme.text, boxWidth: 12 } },
        // The label already has the count: "Kept on time (4)", not "Kept on time (4): 4".
        tooltip: { callbacks: { label: (item) => item.label } },
      },
    },
  };
}

