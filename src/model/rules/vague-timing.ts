import type { Finding, Rule } from '../rule';
import { ALL_ROLES } from '../rule';
import { q } from '../phrase-rule';

const rule: Rule = {
  id: 'vague-timing',
  kind: 'vague-timing',
  dimension: 'commitments',
  roles: ALL_ROLES,
  title: 'Vague timing',
  flags: 'A promise with a vague time ("soon", "ASAP", "later today or tomorrow", "next week"), with no time at all, or with a time already past.',
  why: 'A promise without a time cannot be kept or checked; in one real case "You\'ll have the forms later today or tomorrow" was vague and then broken, while "I\'ll be back to you about 3:00 pm today" earned trust (seed 004).',
  severity: 'warn',
  learned: {
    penalty: 25,
    message: (excerpt) => `${q(excerpt)} is not a time the customer can hold you to.`,
    suggestion: 'Name the day and, where you can, the hour: "by Thursday at 3 pm".',
  },
  sentence(s) {
    const out: Finding[] = [];
    for (const c of s.commitments) {
      if (c.owner === 'none' || c.specific) continue;
      // A promise that waits on an event needs no date (README; trust rubric).
      if (c.event && !c.dueText) continue;
      if (c.past && c.dueText) {
        const at = s.text.indexOf(c.dueText, c.start);
        out.push({
          start: at >= 0 ? at : c.start, end: at >= 0 ? at + c.dueText.length : c.end, severity: 'warn', penalty: 25,
          message: `${q(c.dueText)} has already passed.`,
          suggestion: 'Promise a time that is still ahead, one you can keep: "by 5 pm today".',
        });
      } else if (c.dueText) {
        // The vague words inside this promise's own clause (or before it, for a leading time).
        const inClause = s.text.indexOf(c.dueText, c.start);
        const at = inClause >= 0 ? inClause : s.text.indexOf(c.dueText);
        const start = at >= 0 ? at : c.start;
        const end = at >= 0 ? at + c.dueText.length : c.end;
        out.push({
          start, end, severity: 'warn', penalty: 25,
          message: `${q(c.dueText)} is not a time the customer can hold you to.`,
          suggestion: 'Name the day and, where you can, the hour: "by Thursday at 3 pm".',
        });
      } else {
        out.push({
          start: c.start, end: c.end, severity: 'info', penalty: 12,
          message: `${q(c.text)} has no time.`,
          suggestion: 'Add when: "…by Thursday at 3 pm."',
        });
      }
    }
    return out;
  },
  examples: {
    flag: [
      { body: "Hi Lou,\n\nYou'll have the forms later today or tomorrow.", role: 'support' },
      { body: "Hi Lou,\n\nI'll get back to you soon with the numbers.", role: 'support' },
      { body: "Hi Lou,\n\nI'll send you the revised contract.", role: 'account' },
      // Written at 10:00: 7am has gone.
      { body: "Hi Lou,\n\nI'll send you the refund confirmation today at 7am.", role: 'support', now: '2026-11-23T10:00:00Z' },
      { body: 'Hi Lou,\n\nWe will have the replacement part with you as soon as possible.', role: 'support' },
      { body: 'Hi Lou,\n\nI will confirm the new delivery slot shortly.', role: 'support' },
      { body: 'Hi Lou,\n\nWe will add the export option in the near future.', role: 'account' },
    ],
    pass: [
      { body: "Hi Lou,\n\nI'll send you the revised contract by Thursday at 3pm.", role: 'account' },
      { body: 'Hi Lou,\n\nHope to hear from you soon.', role: 'account' },
      // The hour points back to the shipping day: a specific time (written on a Wednesday).
      { body: "Hi Lou,\n\nWe'll ship on Monday, and I'll email the tracking number by 5 pm that day.", role: 'support', now: '2026-11-25T10:00:00+01:00' },
      // A time said of the parcel, not a promise.
      { body: 'Hi Lou,\n\nThe courier picked it up at 9 am and it arrives Thursday. I will call you on Thursday at 4pm.', role: 'support' },
    ],
  },
};
export default rule;
