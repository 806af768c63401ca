import { useEffect, useMemo, useState } from 'react';
import { LockIcon } from '../../panel/icons';
import { loadPlaybookState } from '../../playbook/store';
import { formatDay, localDay, systemTimeZone } from '../../history/dates';
import { periodTitle, plural } from '../../history/format';
import { Headline, KindList } from './parts';
import { AreaBars, PromiseBar, TrendSvg } from './PrintCharts';
import { periodOf, summary as summarize } from '../../history/stats';
import { listRecords, loadHistorySettings, saveHistorySettings } from '../../history/store';
import { talkingPoints } from '../../history/talking-points';
import { PREPARED_FOR_MAX, RANGE_DAYS, type PromiseItem, type RangeDays, type SentRecord } from '../../history/types';
import './coaching.css';
import './summary.css';

/** The range in the page's address (?days=7|30|90); 30 for anything else. */
export function daysFromSearch(search: string): RangeDays {
  const days = Number(new URLSearchParams(search).get('days'));
  return (RANGE_DAYS as readonly number[]).includes(days) ? (days as RangeDays) : 30;
}

export const summaryTitle = (period: string) => `Coaching summary — ${period}`;

export interface SummaryProps {
  records: readonly SentRecord[];
  promises: readonly PromiseItem[];
  days: RangeDays;
  now: Date;
  timeZone: string;
  locale?: string;
  /** The name of the team playbook in use, if there is one. */
  playbookName?: string;
  /** The "Prepared for" name as last saved; the writer can change it on the page. */
  preparedFor?: string;
  /** Called with the name as it is typed, to keep it for next time. */
  onPreparedForChange?: (name: string) => void;
  /** By default the browser's print dialog. */
  onPrint?: () => void;
}

/**
 * One printable page for a rep's 1:1 with their manager: the headline
 * numbers, the trend, the areas, promises, the most frequent hints with a tip
 * each, and three talking points drawn from the data. Says whose it is: the
 * "Prepared for" name typed on the page (printed as plain text, and left out
 * of the printout when empty) and the team playbook in use. Prints on A4 or
 * Letter without the on-screen controls.
 */
export function Summary({
  records,
  promises,
  days,
  now,
  timeZone,
  locale,
  playbookName,
  preparedFor = '',
  onPreparedForChange,
  onPrint = () => window.print(),
}: SummaryProps) {
  const s = useMemo(() => summarize(records, promises, { days, now, timeZone }), [records, promises, days, now, timeZone]);
  const points = talkingPoints(s);
  const [name, setName] = useState(preparedFor);
  const printedName = name.trim();
  return (
    <div className="sum">
      <header className="sum-header">
        <div className="sum-heading">
          <p className="sum-kicker">
            <img src="/icon/32.png" alt="" width="20" height="20" /> Trust Coach
          </p>
          <h1>{summaryTitle(periodTitle(s, locale))}</h1>
          <p className="muted">
            Last {days} days · {plural(s.emails, 'email')} · prepared {formatDay(localDay(now, timeZone), { weekday: true, year: true, locale })}
          </p>
          <p className={printedName ? 'sum-for' : 'sum-for no-print'}>
            <label htmlFor="sum-prepared-for">Prepared for</label>{' '}
            <input
              id="sum-prepared-for"
              className="no-print"
              type="text"
              value={name}
              maxLength={PREPARED_FOR_MAX}
              autoComplete="off"
              aria-describedby="sum-prepared-for-help"
              onChange={(e) => {
                setName(e.target.value);
                onPreparedForChange?.(e.target.value);
              }}
            />
            <span className="sum-print-only">{printedName}</span>
          </p>
          <p id="sum-prepared-for-help" className="sum-help muted no-print">
            Optional: whose review this is. It prints as plain text and is kept on this device for next time.
          </p>
          {playbookName && <p className="sum-playbook">Team playbook: {playbookName}</p>}
        </div>
        <div className="sum-controls no-print">
          <button type="button" className="primary" onClick={onPrint}>
            Print
          </button>
          <nav aria-label="Period">
            <ul>
              {RANGE_DAYS.map((d) => (
                <li key={d}>
                  <a href={`?days=${d}`} aria-current={d === days ? 'page' : undefined}>
                    Last {d} days
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>

      <main className="sum-main">
        <section className="sum-block" aria-labelledby="sum-headline-title">
          <h2 id="sum-headline-title" className="sr-only">
            Headline numbers
          </h2>
          <Headline summary={s} />
        </section>

        {s.emails === 0 && <p className="notice">No emails were coached in these {days} days, so there is no trend to show yet.</p>}

        {s.emails > 0 && (
          <section className="sum-block" aria-labelledby="sum-trend-title">
            <h2 id="sum-trend-title">Score over time</h2>
            <TrendSvg trend={s.trend} days={days} locale={locale} />
          </section>
        )}

        <div className="sum-columns">
          {s.emails > 0 && (
            <section className="sum-block" aria-labelledby="sum-areas-title">
              <h2 id="sum-areas-title">Average by area</h2>
              <AreaBars dimensions={s.dimensions} />
            </section>
          )}
          <section className="sum-block" aria-labelledby="sum-promises-title">
            <h2 id="sum-promises-title">Promises kept on time</h2>
            <PromiseBar promises={s.promises} />
          </section>
          {s.emails > 0 && (
            <section className="sum-block" aria-labelledby="sum-kinds-title">
              <h2 id="sum-kinds-title">Most frequent hints</h2>
              <KindList kinds={s.topKinds} emails={s.emails} labelledBy="sum-kinds-title" />
            </section>
          )}
          <section className="sum-block sum-talk" aria-labelledby="sum-talk-title">
            <h2 id="sum-talk-title">Talking points</h2>
            <ol>
              {points.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ol>
          </section>
        </div>
      </main>

      <footer className="sum-footer muted">
        <LockIcon /> Made by Trust Coach from the history kept on this device. The score coaches writing habits; it is not a performance rating.
      </footer>
    </div>
  );
}

export interface SummaryPageProps {
  loadPromises?: () => Promise<readonly PromiseItem[]>;
  /** The page's query string; by default the address bar's. */
  search?: string;
  now?: Date;
  timeZone?: string;
  locale?: string;
}

const noPromises = async (): Promise<readonly PromiseItem[]> => [];
/** Saved as it is typed (each save runs after the one before); a failed save only loses the name for next time. */
const savePreparedFor = (preparedFor: string) => void saveHistorySettings({ preparedFor }).catch(() => undefined);

/** coaching.html: reads the history from this device and shows the summary for ?days=. */
export function SummaryPage({ loadPromises = noPromises, search = window.location.search, now, timeZone = systemTimeZone(), locale }: SummaryPageProps) {
  const [data, setData] = useState<{ records: SentRecord[]; promises: readonly PromiseItem[]; now: Date; preparedFor: string; playbookName?: string }>();
  const [failed, setFailed] = useState(false);
  const days = daysFromSearch(search);

  useEffect(() => {
    let live = true;
    // The name and the playbook only add to the page: without them it still shows.
    Promise.all([
      listRecords(),
      loadPromises().catch(() => [] as readonly PromiseItem[]),
      loadHistorySettings().then((h) => h.preparedFor, () => ''),
      loadPlaybookState().then((p) => p.active?.playbook.name, () => undefined),
    ]).then(
      ([records, promises, preparedFor, playbookName]) => live && setData({ records, promises, now: now ?? new Date(), preparedFor, playbookName }),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [loadPromises, now]);

  // The tab's title doubles as the printout's header and the default PDF file name.
  useEffect(() => {
    if (!data) return;
    document.title = summaryTitle(periodTitle({ period: periodOf({ days, now: data.now, timeZone }) }, locale));
  }, [data, days, timeZone, locale]);

  if (failed) {
    return (
      <main className="sum">
        <p className="notice error" role="alert">
          Couldn’t read your coaching history. Close this tab and open the summary again from Settings.
        </p>
      </main>
    );
  }
  if (!data) {
    return (
      <main className="sum">
        <p className="muted">Loading your coaching summary…</p>
      </main>
    );
  }
  return (
    <Summary
      records={data.records}
      promises={data.promises}
      days={days}
      now={data.now}
      timeZone={timeZone}
      locale={locale}
      playbookName={data.playbookName}
      preparedFor={data.preparedFor}
      onPreparedForChange={savePreparedFor}
    />
  );
}
