import { HEDGES } from '../lexicon/phrases';
import { compile } from '../match';
import type { Finding, Rule } from '../rule';
import { ALL_ROLES } from '../rule';
import { q } from '../phrase-rule';

const matcher = compile(HEDGES);
/** Hedging is flagged only when it is heavy: this many hedges in one email. */
const MIN_COUNT = 3;

/**
 * The one-click rewrite that drops a hedge and keeps the sentence tidy: the
 * space or commas around it go with it, a sentence (or list item) that
 * started with it starts with a capital again, and a hedge that stands alone
 * ("Maybe.", "(hopefully)") gets no rewrite.
 */
export function dropHedge(text: string, start: number, end: number): { start: number; end: number; replacement: string } | Record<string, never> {
  const before = text.slice(0, start);
  const after = text.slice(end);
  const lead = /^\s*(?:(?:[-*•]|\d+[.)])\s*)?$/.test(before);
  if (/[(\[]\s*$/.test(before) || (lead && !/^,?\s+\S/.test(after))) return {};
  const next = /^(,?)(\s+)(\S)/.exec(after);
  if (lead) {
    // "Maybe we could…" -> "We could…"; "- I think it is done" -> "- It is done".
    return { start, end: end + next![0].length, replacement: next![3]!.toUpperCase() };
  }
  const commaBefore = /,\s*$/.exec(before);
  if (commaBefore && next?.[1] === ',') {
    // "We could, perhaps, meet." -> "We could meet."
    return { start: start - commaBefore[0].length, end: end + 1, replacement: '' };
  }
  if (next && !next[1]) return { start, end: end + next[2]!.length, replacement: '' };
  // Followed by punctuation or a comma: the space or comma before it goes instead ("…next week, hopefully." -> "…next week.").
  let k = before.length;
  while (k > 0 && (before[k - 1] === ',' || /\s/.test(before[k - 1]!))) k--;
  if (k === before.length) return {};
  return { start: k, end: next?.[1] ? end + 1 : end, replacement: next?.[1] ? ',' : '' };
}

/** Hedges whose removal changes what the sentence says or breaks its grammar. */
const KEEPS_MEANING = /^(?:i['’]m not|i am not|i don['’]t|i do not)\b/i;

const rule: Rule = {
  id: 'hedging',
  kind: 'hedging',
  dimension: 'ownership',
  roles: ALL_ROLES,
  title: 'Heavy hedging',
  flags: 'Many hedges in one email: "just", "maybe", "I think", "hopefully", "sort of" (only when heavy: three or more in one email, or two stacked in one sentence).',
  why: 'Heavy hedging reads as not leading with a strong view (seed 003); one "maybe" is fine, a string of them makes every promise sound optional.',
  severity: 'info',
  sentence(s) {
    return matcher.find(s.text).map((m): Finding => {
      const base = { start: m.start, end: m.end, message: `${q(m.text)} hedges.`, suggestion: 'Drop the hedge and say it plainly.', penalty: 6 };
      // "I'm not sure it works" or "I don't know if it works" without the hedge claims it works: no one-click drop.
      return KEEPS_MEANING.test(m.text) ? base : { ...base, ...dropHedge(s.text, m.start, m.end) };
    });
  },
  document(doc) {
    const found = doc.found('hedging');
    // Heavy: three in the email, or two stacked in one sentence ("I think we might maybe be able to help", "I should
    // hopefully have the figures"), which makes that one promise sound optional.
    const stacked = found.length >= 2 && doc.sentences.some((x) => found.filter((f) => f.start >= x.start && f.end <= x.end).length >= 2);
    if (found.length < MIN_COUNT && !stacked) return [];
    return found.map((f) => ({ ...f, message: `${f.message.replace(/ hedges\.$/, '')} is one of ${found.length} hedges in this email.` }));
  },
  examples: {
    flag: [
      'Hi Jon,\n\nI just wanted to say that maybe we could hopefully meet. Could we talk on Tuesday?',
      'Hi Jon,\n\nI think we could perhaps help. Possibly Tuesday works? Could we talk then?',
      // Hedges in other words: "I'm not 100% sure", "fingers crossed".
      { body: "Hi Jon,\n\nI think you can do this, but I'm not 100% sure it covers every case. Hopefully it works on Monday, fingers crossed.", role: 'support' },
      // Two stacked in one sentence: the offer itself sounds optional.
      'Hi Jon,\n\nThanks for the clinic list. I think we might maybe be able to help fill those empty weekend slots. Could we talk on Tuesday?',
      // In other words: "I'd say", "more or less", "touch wood"; "though I could be wrong", "potentially".
      { body: "Hi Jon,\n\nI'd say the go-live is on track, more or less, touch wood. Could we talk on Tuesday?", role: 'account' },
      "Hi Jon,\n\nOur rates are lower than what you pay now, though I could be wrong. There could potentially be savings, and I'm hoping to send figures on Friday. Could we talk then?",
    ],
    pass: [
      'Hi Jon,\n\nMaybe Tuesday works better for your team. Could we talk then?',
      // Two hedges in different sentences, each honest, are no pattern.
      "Hi Jon,\n\nMaybe Tuesday works better for your team. I'm not sure the room is free, so I will check and call you at 3pm.",
      // One hedge where a guess is honest is no pattern.
      { body: "Hi Jon,\n\nThe fix goes out Monday at 9am. I'm not sure it needs a restart, so I will call you at 10am to check.", role: 'support' },
      // Look-alikes: hoping for them, not for our own step; an honest estimate ("probably") counts for nothing.
      { body: "Hi Jon,\n\nI hope you had a good weekend. The parts will probably arrive Monday, and I'll try the new gasket when they do. I'll call you at 10am on Tuesday with the result.", role: 'support' },
    ],
  },
};
export default rule;
