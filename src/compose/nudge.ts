import type { Hint, Report } from '../model/types';
import { spaceOr, trimEndWhile } from '../model/chars';

/**
 * The gentle check before Send: a vague or unowned promise in the draft,
 * and a one-click way to make it concrete. Pure functions; the badge draws it.
 */
export interface Nudge {
  hint: Hint;
  /** The words of the promise the hint is about. */
  excerpt: string;
  /** What the badge says: "You promised “soon” — add a day?" */
  text: string;
  /** The button's words. */
  action: string;
}

const MAX_QUOTE = 32;
/** The writer's words, cut between words (never inside one) when long. */
function quote(s: string): string {
  if (s.length <= MAX_QUOTE) return `“${s}”`;
  const room = s.slice(0, MAX_QUOTE - 1);
  const space = room.lastIndexOf(' ');
  let cut = space > MAX_QUOTE / 3 ? room.slice(0, space) : room;
  while (cut && /[\s,;:.!?-]/.test(cut[cut.length - 1]!)) cut = cut.slice(0, -1);
  return `“${cut}…”`;
}

/** The first vague-timing or unowned-promise hint of a report, as a nudge. */
export function nudgeFor(report: Report, body: string): Nudge | undefined {
  // A promise that waits on an event ("as soon as it is live") needs no date: nothing to nudge about.
  const waitsOnEvent = (h: Hint) => report.commitments.some((c) => c.event && !c.dueText && c.owner !== 'none' && h.start >= c.start && h.end <= c.end);
  const hint = report.hints.find((h) => (h.kind === 'vague-timing' || h.kind === 'unowned-promise') && h.end > h.start && h.impact > 0 && !(h.kind === 'vague-timing' && waitsOnEvent(h)));
  if (!hint) return undefined;
  const excerpt = body.slice(hint.start, hint.end);
  if (!excerpt.trim()) return undefined;
  return hint.kind === 'vague-timing'
    ? { hint, excerpt, text: `You promised ${quote(excerpt.trim())} — add a day?`, action: 'Add a day' }
    : { hint, excerpt, text: `No one owns ${quote(excerpt.trim())} — make it yours?`, action: 'Make it mine' };
}

export interface TimeChoice {
  label: string;
  date: Date;
}

const at = (d: Date, days: number, hour: number) => {
  const x = new Date(d.getFullYear(), d.getMonth(), d.getDate() + days, hour, 0, 0, 0);
  return x;
};
const isWeekend = (d: Date) => d.getDay() === 0 || d.getDay() === 6;

/**
 * Quick picks in the writer's own time: later today (if there is time), the
 * next working day, and two working days on. Labelled the way the email will
 * say it ("Tomorrow, 10 am" puts in "by tomorrow at 10 am").
 */
export function timeChoices(now: Date): TimeChoice[] {
  const out: TimeChoice[] = [];
  const choice = (date: Date) => ({ label: `${dayName(date, now)}, ${clock(date)}`, date });
  if (now.getHours() < 15 && !isWeekend(now)) out.push(choice(at(now, 0, 17)));
  let next = at(now, 1, 10);
  while (isWeekend(next)) next = at(next, 1, 10);
  out.push(choice(next));
  let later = at(next, 1, 15);
  while (isWeekend(later)) later = at(later, 1, 15);
  out.push(choice(later));
  return out;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function dayName(d: Date, now: Date): string {
  const days = Math.round((at(d, 0, 12).getTime() - at(now, 0, 12).getTime()) / 86_400_000);
  if (days === 0) return 'Today';
  if (days === 1) return 'Tomorrow';
  if (days < 7) return WEEKDAYS[d.getDay()]!;
  return `${WEEKDAYS[d.getDay()]!.slice(0, 3)} ${d.getDate()} ${MONTHS[d.getMonth()]!.slice(0, 3)}`;
}

function clock(d: Date): string {
  const h = d.getHours();
  const m = d.getMinutes();
  const h12 = h % 12 || 12;
  return `${h12}${m ? `:${String(m).padStart(2, '0')}` : ''} ${h < 12 ? 'am' : 'pm'}`;
}

/** "by Thursday at 3 pm", "by tomorrow at 10 am", "by 5 pm today", "by Mon 7 Dec at 3 pm". */
export function byPhrase(d: Date, now: Date): string {
  const name = dayName(d, now);
  if (name === 'Today') return `by ${clock(d)} today`;
  return `by ${name === 'Tomorrow' ? 'tomorrow' : name} at ${clock(d)}`;
}

const VAGUE = /\b(?:as soon as (?:possible|i can|we can)|asap|soon|shortly|in the (?:near|coming) (?:future|days|weeks)|in the coming days|at some point|in due course|in a (?:bit|while|few days)|later(?: on| today| this week)?|eventually|sometime(?: this week| next week)?|right away)\b/i;
const OWNER = /^\s*(?:someone|somebody|a member of (?:our|the) team|(?:our|the) (?:team|support team|billing team|billing department|department)|we|they)\s+(?:will|'ll|’ll|is going to|are going to)\b/i;

/**
 * The promise made concrete: vague words become the picked time; an unowned
 * promise ("someone will…") becomes the writer's own ("I will…").
 */
export function rewrite(nudge: Pick<Nudge, 'hint' | 'excerpt'>, when: Date, now: Date): string {
  const phrase = byPhrase(when, now);
  let text = nudge.excerpt;
  if (nudge.hint.kind === 'unowned-promise') {
    text = text.replace(OWNER, (m) => `${/^\s*/.exec(m)![0]}I will`);
    if (VAGUE.test(text)) text = text.replace(VAGUE, phrase);
    else text = `${trimEndWhile(text, spaceOr('.!'))} ${phrase}`;
    return text;
  }
  // vague-timing: the hint is about the time words themselves.
  return VAGUE.test(text) ? text.replace(VAGUE, phrase) : phrase;
}
