import { capturePromises } from '../promises/capture';
import { addPromises, loadPromiseSettings } from '../promises/store';
import type { SentEvent } from './coach';
import { recordSentEmail } from '../history/store';

/**
 * What happens after Send: the writer's own promises in the sent email are
 * kept for reminders, and the email's scores join the coaching history (its
 * text only if the user opted in). Runs after the fact; sending never waits.
 */
export async function recordSent(e: SentEvent): Promise<void> {
  const settings = await loadPromiseSettings();
  const captured = capturePromises({
    commitments: e.report.commitments,
    ...(e.draft.subject ? { subject: e.draft.subject } : {}),
    ...(e.draft.recipients ? { recipients: e.draft.recipients } : {}),
    site: e.site,
    ...(e.link ? { link: e.link } : {}),
    sentAt: e.sentAt,
    timeZone: e.timeZone,
    body: e.draft.body,
    keepEmailText: settings.keepEmailText,
  });
  // Each part on its own: a failure in one must not lose the other.
  await Promise.allSettled([
    captured.length ? addPromises(captured) : Promise.resolve(),
    recordSentEmail(e.report, { site: e.site, sentAt: e.sentAt, body: e.draft.body }),
  ]);
}
