import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Chart } from 'chart.js';
import { matches, readTheme, type ChartTheme, type CoachingChartConfig } from './charts';

/** 'dark' or 'light', updated when the system switches, so charts redraw in the new colours. */
function useColorScheme(): 'dark' | 'light' {
  const query = '(prefers-color-scheme: dark)';
  const [scheme, setScheme] = useState<'dark' | 'light'>(() => (matches(query) ? 'dark' : 'light'));
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const list = window.matchMedia(query);
    const onChange = () => setScheme(list.matches ? 'dark' : 'light');
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }, []);
  return scheme;
}

export interface ChartFigureProps {
  /** Prefix for the heading's id. */
  id: string;
  title: string;
  /** The chart's gist for screen readers (role="img"); the table has every number. */
  label: string;
  config: (theme: ChartTheme) => CoachingChartConfig;
  /** Changes whenever the data does: the chart is redrawn then, not on every render. */
  dataKey: string;
  /** The same numbers as a table. */
  table: ReactNode;
  height?: number;
  /** At most this wide, in px (by default the container's width). */
  maxWidth?: number;
}

/**
 * True once the element is within a screen's height of being seen, and from
 * then on; at once where the browser can't tell (no IntersectionObserver).
 */
function useNearScreen(ref: { current: Element | null }): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver !== 'function');
  useEffect(() => {
    if (near || !ref.current) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setNear(true);
    }, { rootMargin: '100% 0px' });
    observer.observe(ref.current);
    return () => observer.disconnect();
  }, [near, ref]);
  return near;
}

/**
 * A Chart.js chart with its numbers as a table under "Show the numbers". When
 * the canvas can't draw (no 2D context), the chart is left out and the table
 * shows on its own, so nothing depends on the canvas.
 *
 * The chart is drawn when it nears the screen, with Chart.js loaded then: the
 * Coaching section sits at the foot of the options page, and drawing its
 * charts (and loading Chart.js) while the page opened took time from the
 * sections the writer sees first.
 */
export function ChartFigure({ id, title, label, config, dataKey, table, height = 220, maxWidth }: ChartFigureProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const build = useRef(config);
  build.current = config;
  const scheme = useColorScheme();
  const [drawable, setDrawable] = useState(true);

  const box = useRef<HTMLDivElement>(null);
  const near = useNearScreen(box);

  useEffect(() => {
    if (!near) return;
    let live = true;
    let chart: Chart | undefined;
    import('./chart-draw').then(
      ({ drawChart }) => {
        if (!live || !canvas.current) return;
        chart = drawChart(canvas.current, build.current(readTheme()));
        if (!chart) setDrawable(false);
      },
      // Chart.js could not be loaded: the table, as for a canvas that can't draw.
      () => live && setDrawable(false),
    );
    return () => {
      live = false;
      chart?.destroy();
    };
  }, [near, dataKey, scheme]);

  return (
    <div className="hist-figure">
      <h3 id={`${id}-title`}>{title}</h3>
      {drawable ? (
        <>
          <div className="hist-chart" ref={box} style={{ height, maxWidth }}>
            <canvas ref={canvas} role="img" aria-label={label} />
          </div>
          <details className="hist-numbers">
            <summary>
              Show the numbers<span className="sr-only"> for {title.toLowerCase()}</span>
            </summary>
            {table}
          </details>
        </>
      ) : (
        table
      )}
    </div>
  );
}
