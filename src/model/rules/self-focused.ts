import { perSentence, type Rule } from '../rule';
import { q } from '../phrase-rule';

/** Company talk ("we", "our", "us") must outnumber customer talk by this much, with at least MIN words of it. */
const RATIO = 2;
const MIN = 6;

const counts = perSentence((s) => {
  let we = 0;
  let you = 0;
  for (const w of s.words) {
    if (/^(?:we|we're|we've|we'll|we'd|us|our|ours)$/.test(w.lower)) we++;
    else if (/^(?:you|your|yours|you're|you've|you'll|you'd)$/.test(w.lower)) you++;
  }
  return { we, you };
});

const rule: Rule = {
  id: 'self-focused',
  kind: 'self-focused',
  dimension: 'personalization',
  roles: ['prospecting', 'account'],
  title: 'About us, not them',
  flags: 'An email mostly about "we / our company / our product" rather than the customer (the personal "I will…" does not count against it).',
  why: 'Emails "all about themselves" (seed 002) and pitches that open with the company (seed 003) tell the customer you did not think about them. This is not a pronoun count: the agentic "I" is ownership and is rewarded (Packard et al., 2018).',
  severity: 'warn',
  document(doc) {
    let we = 0;
    let you = 0;
    let worst: { start: number; end: number; n: number } | undefined;
    for (const s of doc.sentences) {
      const c = counts(s.view);
      const n = c.we;
      you += c.you;
      we += n;
      if (n > 0 && (!worst || n > worst.n)) worst = { start: s.start, end: s.end, n };
    }
    // Or: most of what it says is about us, sentence by sentence (the learned layer's reading).
    const content = doc.sentences.slice(doc.firstContent);
    const aboutUs = content.filter((s) => s.view.learned.includes('about-us-first'));
    const mostlyUs = content.length >= 3 && aboutUs.length >= 2 && aboutUs.length * 2 >= content.length;
    if (mostlyUs && (!worst || we < MIN || we < RATIO * Math.max(1, you))) worst = { start: aboutUs[0]!.start, end: aboutUs[0]!.end, n: 0 };
    if (!mostlyUs && (we < MIN || we < RATIO * Math.max(1, you))) return [];
    if (!worst) return [];
    return [{
      start: worst.start, end: worst.end, penalty: 30,
      message: mostlyUs
        ? `Most of this email is about us: ${aboutUs.length} of its ${content.length} sentences, such as ${q(doc.body.slice(worst.start, worst.end))}.`
        : `This email talks about us ${we} times and about them ${you}. ${q(doc.body.slice(worst.start, worst.end))} is the most self-focused line.`,
      suggestion: 'Turn lines around to their side: "your team gets…" instead of "our platform offers…".',
    }];
  },
  examples: {
    flag: [
      'Hi Cal,\n\nWe are a payroll company. Our platform is fast and our team is proud of our support. We have offices in four countries and we ship updates weekly. Could we meet?',
    ],
    pass: [
      'Hi Cal,\n\nYour team runs payroll for 400 people across four countries. What does a pay run cost you today? We could cut it in half. Could we meet?',
      "Hi Cal,\n\nI will send the contract by Friday, and I'll call you Monday at 10 to walk through your questions.",
    ],
  },
};
export default rule;
