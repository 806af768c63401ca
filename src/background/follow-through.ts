import { capturePromises } from '../promises/capture';
import { addPromises, loadPromiseSettings } from '../promises/store';
import type { SentEvent } from './coach';

/**
 * What happens after Send: the writer's own promises in the sent email are
 * kept for reminders (the coaching history joins here too). Runs after the
 * fact; sending never waits for it.
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
  if (captured.length) await addPromises(captured);
}
