import { useEffect, useRef, useState, type ReactNode } from 'react';
import { drawChart, matches, readTheme, type ChartTheme, type CoachingChartConfig } from './charts';

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
 * A Chart.js chart with its numbers as a table under "Show the numbers". When
 * the canvas can't draw (no 2D context), the chart is left out and the table
 * shows on its own, so nothing depends on the canvas.
 */
export function ChartFigure({ id, title, label, config, dataKey, table, height = 220, maxWidth }: ChartFigureProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const build = useRef(config);
  build.current = config;
  const scheme = useColorScheme();
  const [drawable, setDrawable] = useState(true);

  useEffect(() => {
    if (!canvas.current) return;
    const chart = drawChart(canvas.current, build.current(readTheme()));
    if (!chart) {
      setDrawable(false);
      return;
    }
    return () => chart.destroy();
  }, [dataKey, scheme]);

  return (
    <div className="hist-figure">
      <h3 id={`${id}-title`}>{title}</h3>
      {drawable ? (
        <>
          <div className="hist-chart" style={{ height, maxWidth }}>
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
