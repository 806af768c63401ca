import type { Dimension } from '../model/types';
import { DIMENSION_LABELS } from '../model/labels';
import type { CoachingSummary } from './stats';

/** A question per dimension that turns "lowest average" into something to talk through. */
const DIMENSION_PROMPTS: Record<Dimension, string> = {
  personalization: 'Pick a recent email: what could its first line have said that only this customer would recognise?',
  commitments: 'Pick a recent promise: did it say who does what, and by when? How would you write it now?',
  research: 'Pick a recent reply: did it answer every question they asked, and say their problem back first? Before a first email: which question about their goals would you ask?',
  ownership: 'Find a reply where a problem was handed on or explained by policy: how would owning it have sounded?',
  humility: 'Where did a recent email talk up the product more than the customer’s outcome?',
  clarity: 'Take your longest recent email: what would it look like with one point and one ask?',
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Three prompts for a 1:1, from the data: the weakest area, the most frequent
 * hint, then promises running late, or the score's direction, or the
 * strongest area. Written as questions, so the rep does the talking.
 */
export function talkingPoints(s: CoachingSummary): string[] {
  if (s.emails === 0) {
    return ['No emails were coached in this period. Agree on which emails to write with Trust Coach on before the next review.'];
  }
  const points: string[] = [];
  if (s.weakest) {
    points.push(`${DIMENSION_LABELS[s.weakest.dimension]} was the lowest area (average ${s.weakest.average}). ${DIMENSION_PROMPTS[s.weakest.dimension]}`);
  }
  const top = s.topKinds[0];
  if (top) {
    const phrase = top.phrases?.[0] ? ` (most often: ${top.phrases[0].label})` : '';
    points.push(`“${top.label}”${phrase} came up in ${top.emails} of ${plural(s.emails, 'email')}. ${top.tip} Which habit will you try this week?`);
  }
  const behind = s.promises.late + s.promises.overdue;
  if (behind > 0) {
    points.push(`${plural(behind, 'promise')} ${behind === 1 ? 'was' : 'were'} late or ${behind === 1 ? 'is' : 'are'} overdue. What got in the way, and what would help keep the next one on time?`);
  }
  if (s.change !== null && s.change !== 0) {
    points.push(
      s.change > 0
        ? `The average score rose ${plural(s.change, 'point')} on the previous ${s.days} days. What changed that is worth keeping?`
        : `The average score fell ${plural(-s.change, 'point')} on the previous ${s.days} days. What was different about these emails?`,
    );
  }
  if (s.best) {
    points.push(`${DIMENSION_LABELS[s.best.dimension]} was the strongest area (average ${s.best.average}). What do you do there that could carry over?`);
  }
  points.push('Pick one email you are proud of from this period and one you would write differently now.');
  return points.slice(0, 3);
}
