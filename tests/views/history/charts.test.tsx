// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dimensionConfig, PROMISES_CHART_MAX_WIDTH, promisesConfig, readTheme, trendConfig, wrapLabel } from '../../../src/views/history/charts';
import { ChartFigure } from '../../../src/views/history/ChartFigure';
import { CoachingSection } from '../../../src/views/history/CoachingSection';
import { addRecord } from '../../../src/history/store';
import type { PromiseItem } from '../../../src/history/types';
import { rec } from '../../history/helpers';

vi.mock('wxt/browser', async () => {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  return { browser: fakeBrowser, default: fakeBrowser };
});

/** Chart.js replaced by a recorder: jsdom can't draw, and the test is about what the chart is asked to draw. */
const charts = vi.hoisted(() => ({ created: [] as { config: unknown; destroyed: boolean }[], registered: [] as unknown[], ChartClass: undefined as unknown }));
vi.mock('chart.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('chart.js')>();
  class FakeChart {
    static defaults = { font: { family: '', size: 0 } };
    static register(...items: unknown[]) {
      charts.registered.push(...items);
    }
    entry: { config: unknown; destroyed: boolean };
    constructor(_ctx: unknown, config: unknown) {
      this.entry = { config, destroyed: false };
      charts.created.push(this.entry);
    }
    destroy() {
      this.entry.destroyed = true;
    }
  }
  charts.ChartClass = FakeChart;
  return { ...real, Chart: FakeChart };
});

const FakeChartDefaults = () => (charts.ChartClass as unknown as { defaults: { font: { family: string } } }).defaults;

function mockMedia(reducedMotion: boolean) {
  window.matchMedia = ((query: string) => ({
    matches: reducedMotion && query.includes('reduced-motion'),
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  })) as unknown as typeof window.matchMedia;
}

describe('coaching charts', () => {
  beforeEach(() => {
    charts.created.length = 0;
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({} as CanvasRenderingContext2D);
    document.documentElement.style.setProperty('--accent', '#123456');
    document.documentElement.style.setProperty('--great', '#00aa00');
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
    document.documentElement.removeAttribute('style');
    delete (window as { matchMedia?: unknown }).matchMedia;
  });

  it('takes colours from the page’s CSS variables and keeps still when motion is reduced', () => {
    mockMedia(true);
    const theme = readTheme();
    expect(theme).toMatchObject({ accent: '#123456', great: '#00aa00', reducedMotion: true });
    const line = trendConfig(['a', 'b'], [50, null], theme);
    expect(line.type).toBe('line');
    expect(line.options?.animation).toBe(false);
    expect(line.data.datasets[0]).toMatchObject({ data: [50, null], borderColor: '#123456', spanGaps: true });
    mockMedia(false);
    expect(trendConfig([], [], readTheme()).options?.animation).not.toBe(false);
    const bars = dimensionConfig(['Clarity', 'Account research & listening'], [90, 70], theme);
    expect(bars.options).toMatchObject({ indexAxis: 'y', scales: { x: { min: 0, max: 100 } } });
    // Long area names wrap, so they fit beside the bars on a narrow screen.
    expect(bars.data.labels).toEqual(['Clarity', ['Account research', '& listening']]);
    expect(wrapLabel('Follow-up commitments')).toEqual(['Follow-up', 'commitments']);
    expect(promisesConfig(['Kept on time'], [3], theme).data.datasets[0]!.backgroundColor).toEqual(['#00aa00', expect.any(String), expect.any(String), expect.any(String)]);
  });

  it('draws on a canvas named for screen readers, with the numbers one click away, and cleans up', async () => {
    mockMedia(true);
    const { unmount } = render(
      <ChartFigure
        id="t"
        title="Score over time"
        label="Line chart of your average score"
        dataKey="k1"
        config={(theme) => trendConfig(['Mon'], [70], theme)}
        table={
          <table>
            <caption>Numbers</caption>
            <tbody>
              <tr>
                <td>70</td>
              </tr>
            </tbody>
          </table>
        }
      />,
    );
    expect(screen.getByRole('img', { name: 'Line chart of your average score' }).tagName).toBe('CANVAS');
    expect(screen.getByText('Show the numbers').closest('details')).toBeTruthy();
    await waitFor(() => expect(charts.created).toHaveLength(1));
    expect((charts.created[0]!.config as { options: { animation: unknown } }).options.animation).toBe(false);
    // Only what the three charts use is registered.
    const names = charts.registered.map((c) => (c as { id?: string }).id);
    expect(names).toEqual(expect.arrayContaining(['line', 'bar', 'doughnut', 'category', 'linear', 'tooltip', 'legend']));
    expect(names).not.toContain('radar');
    expect(names).not.toContain('pie');
    expect(FakeChartDefaults().font.family).toMatch(/^system-ui/);
    unmount();
    expect(charts.created[0]!.destroyed).toBe(true);
  });

  it('draws a chart only once it nears the screen (the Coaching section sits at the foot of the options page)', async () => {
    mockMedia(true);
    const observed: { callback: IntersectionObserverCallback; targets: Element[]; options?: IntersectionObserverInit }[] = [];
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        entry: (typeof observed)[number];
        constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
          this.entry = { callback, targets: [], ...(options ? { options } : {}) };
          observed.push(this.entry);
        }
        observe(el: Element) {
          this.entry.targets.push(el);
        }
        disconnect() {
          this.entry.targets = [];
        }
      },
    );
    try {
      render(<ChartFigure id="t" title="Average by area" label="Bar chart" dataKey="k" config={(theme) => dimensionConfig(['Clarity'], [80], theme)} table={<p>80</p>} />);
      const canvas = screen.getByRole('img', { name: 'Bar chart' });
      await new Promise((r) => setTimeout(r, 50));
      expect(charts.created).toHaveLength(0);
      const watching = observed.find((o) => o.targets.includes(canvas.parentElement!))!;
      expect(watching.options?.rootMargin).toBe('100% 0px');
      act(() => watching.callback([{ isIntersecting: false, target: canvas.parentElement! } as unknown as IntersectionObserverEntry], {} as IntersectionObserver));
      await new Promise((r) => setTimeout(r, 50));
      expect(charts.created).toHaveLength(0);
      act(() => watching.callback([{ isIntersecting: true, target: canvas.parentElement! } as unknown as IntersectionObserverEntry], {} as IntersectionObserver));
      await waitFor(() => expect(charts.created).toHaveLength(1));
      expect(watching.targets).toEqual([]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('draws no line for one day with emails (a lone dot): the number and a sentence instead, and the line from two days on', async () => {
    mockMedia(false);
    fakeBrowser.reset();
    const now = new Date('2026-11-23T12:00:00Z');
    await addRecord(rec('2026-11-23T09:00:00Z', { score: 72 }), now);
    await addRecord(rec('2026-11-23T10:00:00Z', { score: 76 }), now);
    render(<CoachingSection now={() => now} timeZone="UTC" locale="en-GB" />);
    const trend = (await screen.findByRole('heading', { level: 3, name: 'Score over time' })).parentElement!;
    expect(trend.textContent).toBe('Score over time74 average score on Mon 23 Nov, from 2 emails.Your line over time starts once you send emails on a second day.');
    expect(screen.queryByRole('img', { name: /^Line chart/ })).toBeNull();
    await waitFor(() => expect(charts.created.length).toBeGreaterThan(0));
    expect(charts.created.map((c) => (c.config as { type: string }).type)).not.toContain('line');

    // A second day: now there is a line to draw.
    await act(async () => {
      await addRecord(rec('2026-11-24T09:00:00Z', { score: 80 }), now);
    });
    cleanup();
    render(<CoachingSection now={() => new Date('2026-11-24T12:00:00Z')} timeZone="UTC" locale="en-GB" />);
    expect(await screen.findByRole('img', { name: /^Line chart of your average score by day/ })).toBeTruthy();
    await waitFor(() => expect(charts.created.map((c) => (c.config as { type: string }).type)).toContain('line'));
  });

  it('puts each count in the promises legend, beside the doughnut', async () => {
    mockMedia(false);
    fakeBrowser.reset();
    const now = new Date('2026-11-23T12:00:00Z');
    await addRecord(rec('2026-11-22T09:00:00Z'), now);
    const promises: PromiseItem[] = [
      ...Array.from({ length: 4 }, (): PromiseItem => ({ status: 'kept', due: '2026-11-20', keptAt: '2026-11-20T09:00:00Z' })),
      { status: 'kept', due: '2026-11-18', keptAt: '2026-11-19T09:00:00Z' },
      { status: 'kept', due: '2026-11-18', keptAt: '2026-11-20T09:00:00Z' },
      { status: 'open', due: '2026-11-21' },
    ];
    render(<CoachingSection now={() => now} timeZone="UTC" locale="en-GB" loadPromises={async () => promises} />);
    const donut = await screen.findByRole('img', { name: /^Doughnut chart of your promises: 4 kept on time, 2 kept late, 1 overdue, 0 open/ });
    await waitFor(() => expect(charts.created.some((c) => (c.config as { type: string }).type === 'doughnut')).toBe(true));
    const config = charts.created.find((c) => (c.config as { type: string }).type === 'doughnut')!.config as ReturnType<typeof promisesConfig> & {
      options: { plugins: { legend: { display: boolean; position: string }; tooltip: { callbacks: { label: (item: { label: string }) => string } } } };
    };
    // The legend reads "Kept on time (4)": no need to open "Show the numbers".
    expect(config.data.labels).toEqual(['Kept on time (4)', 'Kept late (2)', 'Overdue (1)', 'Open, not due yet (0)']);
    expect(config.data.datasets[0]!.data).toEqual([4, 2, 1, 0]);
    expect(config.options.plugins.legend).toMatchObject({ display: true, position: 'right' });
    // The tooltip doesn't repeat the count.
    expect(config.options.plugins.tooltip.callbacks.label({ label: 'Kept late (2)' })).toBe('Kept late (2)');
    // The chart is only as wide as the doughnut and its legend need, so the legend sits beside the doughnut.
    expect((donut.parentElement as HTMLElement).style.maxWidth).toBe(`${PROMISES_CHART_MAX_WIDTH}px`);
    expect(PROMISES_CHART_MAX_WIDTH).toBeLessThanOrEqual(400);
    // The other charts keep the page's width.
    expect((screen.getByRole('img', { name: /^Bar chart/ }).parentElement as HTMLElement).style.maxWidth).toBe('');
  });
});
