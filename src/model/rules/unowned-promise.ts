import type { Finding, Rule } from '../rule';
import { ALL_ROLES } from '../rule';
import { q } from '../phrase-rule';

const rule: Rule = {
  id: 'unowned-promise',
  kind: 'unowned-promise',
  dimension: 'commitments',
  roles: ALL_ROLES,
  title: 'Promise with no owner',
  flags: 'Promises nobody in particular will keep: "you will be contacted", "someone will get back to you", "the team will look into it".',
  why: 'When no person owns the next step, the customer has to chase it (seed 003: "the prospect has to call and remind the salesperson"); a named owner is what makes a promise believable.',
  severity: 'risk',
  learned: {
    penalty: 45,
    message: (excerpt) => `${q(excerpt)}: nobody in particular owns this.`,
    suggestion: 'Make it yours, with a time: "I will call you tomorrow at 10 am."',
  },
  sentence(s) {
    return s.commitments
      .filter((c) => c.owner === 'none')
      .map((c): Finding => ({
        start: c.start, end: c.end, penalty: 45,
        message: `${q(c.text)}: nobody in particular owns this.`,
        suggestion: 'Make it yours, with a time: "I will call you tomorrow at 10 am."',
      }));
  },
  examples: {
    flag: [
      { body: 'Hi Ravi,\n\nYou will be contacted by a representative.', role: 'support' },
      { body: 'Hi Ravi,\n\nSomeone will get back to you about the refund.', role: 'support' },
      { body: 'Hi Ravi,\n\nThe seller will contact you.', role: 'support' },
      // A span said before the promise is not its time: "they will be in touch" is still nobody's and undated.
      { body: 'Hi Ravi,\n\nThe refund for February to May has to go through our billing team, so I have sent it to them and they will be in touch.', role: 'support' },
      { body: 'Hi Ravi,\n\nSomeone from our billing team will be in touch about the refund.', role: 'support' },
      { body: 'Hi Ravi,\n\nA member of the support team will call you back.', role: 'support' },
    ],
    pass: [
      { body: 'Hi Ravi,\n\nI will call you tomorrow at 10am about the refund.', role: 'support' },
      // A named person from a team owns it.
      { body: 'Hi Ravi,\n\nPriya from our billing team will call you tomorrow at 10am about the refund.', role: 'support' },
    ],
  },
};
export default rule;
