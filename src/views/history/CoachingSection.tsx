import { useEffect, useMemo, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { DIMENSION_LABELS } from '../../panel/format';
import { dimensionConfig, PROMISES_CHART_MAX_WIDTH, promisesConfig, trendConfig } from './charts';
import { ChartFigure } from './ChartFigure';
import { localDay, systemTimeZone } from '../../history/dates';
import { downloadCsv } from '../../options/download';
import { describeDimensions, describePromises, describeTrend, OUTCOME_LABELS, OUTCOMES, plural, pointLabel, promiseTotal, trendHasLine } from '../../history/format';
import { DimensionTable, Headline, KindList, PromisesTable, TrendSoFar, TrendTable } from './parts';
import { summary as summarize, toCsv } from '../../history/stats';
import { clearHistory } from '../../history/store';
import { RANGE_DAYS, RETENTION_DAYS, type PromiseItem, type RangeDays, type RetentionDays } from '../../history/types';
import { useHistory } from '../../history/useHistory';
import './coaching.css';

export interface CoachingSectionProps {
  /** The promises tracker's promises; none until it is wired in. */
  loadPromises?: () => Promise<readonly PromiseItem[]>;
  /** Opens the printable summary; by default coaching.html in a new tab. */
  openSummary?: (days: RangeDays) => void;
  /** Saves the CSV; by default a browser download. */
  download?: (fileName: string, csv: string) => void;
  now?: () => Date;
  timeZone?: string;
  /** For dates; by default the browser's language. */
  locale?: string;
}

const RETENTION_LABELS: Record<RetentionDays, string> = {
  30: '30 days',
  90: '90 days',
  180: '180 days',
  365: '1 year',
  0: 'Until I clear it',
};

const noPromises = async (): Promise<readonly PromiseItem[]> => [];
const openSummaryTab = (days: RangeDays) => void browser.tabs.create({ url: browser.runtime.getURL(`/coaching.html?days=${days}` as never) });

/**
 * The options page's Coaching section: the writer's own trend, areas, most
 * frequent hints and promises, for a range they pick; the printable summary
 * and CSV export for a 1:1; and the history's retention, keep-text and clear
 * controls. Everything is read from and written to this device only.
 */
const systemClock = () => new Date();

export function CoachingSection({
  loadPromises = noPromises,
  openSummary = openSummaryTab,
  download = downloadCsv,
  now = systemClock,
  timeZone = systemTimeZone(),
  locale,
}: CoachingSectionProps) {
  const { records, settings, loadFailed, saveSettings } = useHistory(now);
  const [days, setDays] = useState<RangeDays>(30);
  const [promises, setPromises] = useState<readonly PromiseItem[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const [focusAfter, setFocusAfter] = useState<'cancel' | 'clear' | 'empty'>();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const clearRef = useRef<HTMLButtonElement>(null);
  const emptyRef = useRef<HTMLParagraphElement>(null);

  const sentCount = records?.length ?? 0;
  useEffect(() => {
    let live = true;
    // Reloaded when an email is sent: it may have made new promises.
    loadPromises().then(
      (p) => live && setPromises(p),
      () => live && setPromises([]),
    );
    return () => {
      live = false;
    };
  }, [loadPromises, sentCount]);

  // Focus follows the two-step clear, so keyboard users never land on a button that was removed.
  useEffect(() => {
    if (!focusAfter) return;
    const target = { cancel: cancelRef, clear: clearRef, empty: emptyRef }[focusAfter].current;
    if (target) {
      target.focus();
      setFocusAfter(undefined);
    }
  }, [focusAfter, records, confirming]);

  // The clock is read when the data or the range changes, not on every render.
  const s = useMemo(
    () => (records ? summarize(records, promises, { days, now: now(), timeZone }) : undefined),
    [records, promises, days, timeZone],
  );

  const exportCsv = () => {
    if (!records) return;
    download(`trust-coach-history-${localDay(now(), timeZone)}.csv`, toCsv(records, timeZone));
    setStatus(`Downloaded ${plural(records.length, 'email')} as a CSV file.`);
  };

  const save = (change: Parameters<typeof saveSettings>[0], text: string) => {
    saveSettings(change).then(
      () => setStatus(text),
      () => setStatus('Couldn’t save that change. Please try again.'),
    );
  };

  const clear = () => {
    clearHistory().then(
      () => {
        setConfirming(false);
        setStatus('History cleared.');
        setFocusAfter('empty');
      },
      () => setStatus('Couldn’t clear the history. Please try again.'),
    );
  };

  return (
    <div className="hist">
      <p>
        Your own record of the emails you send with Trust Coach on, kept on this device: see how your emails earn trust over time, on your own or with your
        manager.
      </p>
      {loadFailed && (
        <p className="notice error" role="alert">
          Couldn’t read your coaching history. Close this tab and open Settings again.
        </p>
      )}
      {!records || !s ? (
        !loadFailed && <p className="muted">Loading your history…</p>
      ) : records.length === 0 ? (
        <div className="hist-empty">
          <p ref={emptyRef} tabIndex={-1} className="label">
            Send an email with Trust Coach on and your trend starts here.
          </p>
          <p className="muted">For each email, only numbers are kept: its score, each area’s score and the kinds of hints (and which of your team playbook’s phrases came up). Not what you wrote.</p>
        </div>
      ) : (
        <>
          <fieldset className="hist-range">
            <legend>Show</legend>
            {RANGE_DAYS.map((d) => (
              <label key={d}>
                <input type="radio" name="hist-range" value={d} checked={days === d} onChange={() => setDays(d)} /> Last {d} days
              </label>
            ))}
          </fieldset>

          <Headline summary={s} />

          {s.emails === 0 ? (
            <p className="notice">No emails sent in the last {days} days. Pick a longer range to see your trend.</p>
          ) : (
            <>
              {trendHasLine(s.trend) ? (
                <ChartFigure
                  id="hist-trend"
                  title="Score over time"
                  label={describeTrend(s.trend, days, locale)}
                  dataKey={JSON.stringify(s.trend)}
                  config={(theme) =>
                    trendConfig(
                      s.trend.points.map((p) => pointLabel(p, s.trend, days, locale)),
                      s.trend.points.map((p) => p.average),
                      theme,
                    )
                  }
                  table={<TrendTable trend={s.trend} locale={locale} caption={`Average score by ${s.trend.unit}, last ${days} days`} />}
                />
              ) : (
                // One day (or week) with emails: a chart would be a lone dot, so the number and a sentence.
                <div className="hist-figure">
                  <h3 id="hist-trend-title">Score over time</h3>
                  <TrendSoFar trend={s.trend} locale={locale} />
                </div>
              )}
              <ChartFigure
                id="hist-areas"
                title="Average by area"
                label={describeDimensions(s.dimensions)}
                dataKey={JSON.stringify(s.dimensions)}
                config={(theme) =>
                  dimensionConfig(
                    s.dimensions.map((d) => DIMENSION_LABELS[d.dimension]),
                    s.dimensions.map((d) => d.average ?? 0),
                    theme,
                  )
                }
                table={<DimensionTable dimensions={s.dimensions} caption={`Average score by area, last ${days} days`} />}
              />
              <div className="hist-figure">
                <h3 id="hist-kinds-title">Most frequent hints</h3>
                <KindList kinds={s.topKinds} emails={s.emails} labelledBy="hist-kinds-title" />
              </div>
            </>
          )}

          {promiseTotal(s.promises) === 0 ? (
            <div className="hist-figure">
              <h3>Promises kept on time</h3>
              <p className="muted">No promises to review for the last {days} days.</p>
            </div>
          ) : (
            <ChartFigure
              id="hist-promises"
              title="Promises kept on time"
              label={describePromises(s.promises)}
              dataKey={JSON.stringify(s.promises)}
              height={180}
              maxWidth={PROMISES_CHART_MAX_WIDTH}
              config={(theme) =>
                promisesConfig(
                  OUTCOMES.map((o) => OUTCOME_LABELS[o]),
                  OUTCOMES.map((o) => s.promises[o]),
                  theme,
                )
              }
              table={<PromisesTable promises={s.promises} caption={`Promises, last ${days} days`} />}
            />
          )}

          <h3>Review with your manager</h3>
          <div className="hist-actions">
            <button type="button" className="primary" onClick={() => openSummary(days)}>
              Open coaching summary (last {days} days)<span className="sr-only"> (opens in a new tab)</span>
            </button>
            <button type="button" onClick={exportCsv}>
              Export CSV
            </button>
          </div>
          <p className="opt-help muted">
            The summary is one printable page for a 1:1. The CSV file has all {plural(records.length, 'email')} in your history, for a spreadsheet.
          </p>
        </>
      )}

      {settings && (
        <>
          <h3>History settings</h3>
          <div className="hist-setting">
            <label htmlFor="hist-retention" className="label">
              Keep history for
            </label>
            <select
              id="hist-retention"
              value={settings.retentionDays}
              aria-describedby="hist-retention-help"
              onChange={(e) => {
                const retentionDays = Number(e.target.value) as RetentionDays;
                save({ retentionDays }, `Saved. History is kept for ${RETENTION_LABELS[retentionDays].toLowerCase()}.`);
              }}
            >
              {RETENTION_DAYS.map((d) => (
                <option key={d} value={d}>
                  {RETENTION_LABELS[d]}
                </option>
              ))}
            </select>
          </div>
          <p id="hist-retention-help" className="opt-help muted">
            Older emails are deleted from the history as soon as you pick a shorter time.
          </p>

          <div className="hist-setting">
            <input
              id="hist-keep-text"
              type="checkbox"
              checked={settings.keepText}
              aria-describedby="hist-keep-text-help"
              onChange={(e) => {
                const keepText = e.target.checked;
                save({ keepText }, keepText ? 'Saved. The text of emails you send from now on is kept.' : 'Saved. Email text is no longer kept, and kept text was deleted.');
              }}
            />
            <label htmlFor="hist-keep-text" className="label">
              Keep the email text
            </label>
          </div>
          <p id="hist-keep-text-help" className="opt-help hist-warning">
            Off by default. Your emails can hold customer details: with this on, the full text of each email you send is saved in this browser (never sent
            anywhere) and included in the CSV export. Turning it off deletes the text already kept.
          </p>

          {records && records.length > 0 && (
            <div className="hist-clear">
              {!confirming ? (
                <button
                  type="button"
                  ref={clearRef}
                  onClick={() => {
                    setConfirming(true);
                    setFocusAfter('cancel');
                  }}
                >
                  Clear history…
                </button>
              ) : (
                <div role="group" aria-labelledby="hist-clear-question" className="hist-confirm">
                  <p id="hist-clear-question">
                    Delete all {plural(records.length, 'email')} from your coaching history? This can’t be undone.
                  </p>
                  <div className="hist-actions">
                    <button type="button" className="hist-danger" onClick={clear}>
                      Yes, clear history
                    </button>
                    <button
                      type="button"
                      ref={cancelRef}
                      onClick={() => {
                        setConfirming(false);
                        setFocusAfter('clear');
                      }}
                    >
                      Cancel
                    </button>
                  </div>
                </div>
              )}
            </div>
          )}
        </>
      )}
      <p className="hist-status" role="status">
        {status}
      </p>
    </div>
  );
}
