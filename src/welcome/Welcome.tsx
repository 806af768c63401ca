import { lazy, Suspense } from 'react';
import { LockIcon } from '../panel/icons';

// The practice box brings the whole model (a megabyte and a half): loaded after the page's own words are on screen,
// so a first-run page never waits on it (4 to 5 seconds before anything showed in a walkthrough).
const PracticeCompose = lazy(() => import('./PracticeCompose').then((m) => ({ default: m.PracticeCompose })));

/** The first-run page: what Trust Coach does, the privacy promise, and a compose box to try it on. */
export function Welcome({ openSettings }: { openSettings: () => void }) {
  return (
    <div className="welcome">
      <header className="welcome-header">
        <h1>
          <img src="/icon/48.png" alt="" width="36" height="36" /> Welcome to Trust Coach
        </h1>
        <ul className="welcome-points">
          <li><strong>Scores your email while you type</strong> in Gmail and Outlook on the web, for what earns a customer’s trust.</li>
          <li><strong>Shows where trust is lost</strong>: a missing name, a vague promise, a scripted apology, a question left unanswered.</li>
          <li><strong>Tells you what to write instead</strong>, with one-click fixes you can undo.</li>
        </ul>
        <p className="privacy">
          <LockIcon />{' '}
          <strong>Nothing you write leaves your device.</strong> The coach runs inside your browser: no account, no server, no analytics, and it only asks for the mail sites it works on.
        </p>
      </header>
      <main>
        <h2 id="practice">Try it on a sample email</h2>
        <p className="muted">Pick a draft, then fix it: click a hint to see the words, press <em>Apply</em> for a one-click fix, or edit the text yourself and watch the score move.</p>
        <Suspense fallback={<p className="muted" role="status">Loading the practice email…</p>}>
          <PracticeCompose />
        </Suspense>
        <section className="next-steps" aria-labelledby="next-title">
          <h2 id="next-title">Next: your own mail</h2>
          <ol>
            <li>Open <strong>Gmail</strong> or <strong>Outlook on the web</strong> and start an email. A <strong>Trust</strong> badge appears beside Send.</li>
            <li>Click the badge, or the Trust Coach icon in the toolbar, to open the coach beside your email.</li>
            <li>Pick whether you are prospecting, answering a support ticket or updating a customer; the coach remembers it per site.</li>
          </ol>
          <button type="button" className="link" onClick={openSettings}>Settings</button>
        </section>
      </main>
    </div>
  );
}
