import type { Finding, Rule } from '../rule';
import { ALL_ROLES } from '../rule';
import { q } from '../phrase-rule';

// Being handled, by nobody named: "your request is being looked into", "the issues are currently being addressed".
const ASKED_WHICH = /\b(?:what|which|whether|how|if)\b[^.,;:!?]*$/i;
// Passed on, or on its way, by nobody named: "your feedback has been forwarded for review", "it has been escalated to the
// concerned department", "your comments will be passed on to the right people", "details on volume pricing will follow",
// "the updated spec sheet should find its way to you", "they'll get answered".
const PASSED_ON = /\b(?:(?:has|have) been (?:forwarded|escalated|referred) (?:to|for) (?:the (?:concerned|relevant|appropriate|right|responsible) \w+|review|further review|the team)|(?:i|we)(?:['’]ve| have)? (?:personally |already |now |also )?(?:escalated|forwarded|referred|passed) (?:this|it|your (?:[\w-]+ )?(?:case|complaint|request|query|concern|feedback|issue)) (?:on )?to the (?:concerned|relevant|appropriate|responsible) (?:department|team|people|person|parties)\b|will be passed (?:on )?to (?:the )?(?:right|relevant|appropriate|concerned|responsible) (?:people|team|department|person|parties)|the right people are (?:looking|working)|(?:details|information|pricing|more|a (?:hard )?copy|the rest)(?: [\w-]+){0,5}? will follow\b|should find (?:its|their) way to you|(?:they|it|these|those)['’]ll get (?:answered|sorted|fixed|resolved|done|looked at))/i;
// A team of nobody named at work on it, with no time: "The ops team are looking into it", "our engineers are
// investigating", and a fix planned by nobody for no date: "A fix is planned for an upcoming release" (round 9).
const TEAM_ON_IT = /\b(?:the|our) (?:[\w-]+ )?(?:team|teams|department|engineers|technicians|techs|developers|devs|people|folks|guys)(?: [\w-]+)? (?:is|are|has been|have been)(?: currently| now| still| already| actively)? (?:looking (?:into|at) (?:it|this|that|the (?:issue|problem|matter|fault|error))|investigating(?: (?:it|this|that|the (?:issue|problem|matter|fault|error)))?|on it)\b(?![^.;!?]{0,80}\b(?:by|before|today|tomorrow|tonight|this (?:afternoon|evening|morning)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|at \d))|\b(?:a|the) (?:fix|patch|permanent fix|solution) is (?:planned|scheduled|coming|due|on the roadmap) (?:for|in|with) (?:an?|the) (?:upcoming|future|later|next|coming) (?:release|update|version|sprint)\b/i;
const BEING_HANDLED = /\b(?:is|are) (?:currently |now |already |still )?being (?:addressed|looked into|looked at|handled|reviewed|investigated|dealt with|worked on|escalated|progressed|actioned)\b(?! by \p{Lu})/iu;

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
    const out = s.commitments
      .filter((c) => c.owner === 'none')
      .map((c): Finding => ({
        start: c.start, end: c.end, penalty: 45,
        message: `${q(c.text)}: nobody in particular owns this.`,
        suggestion: 'Make it yours, with a time: "I will call you tomorrow at 10 am."',
      }));
    const m = out.length === 0 ? (BEING_HANDLED.exec(s.text) ?? PASSED_ON.exec(s.text) ?? TEAM_ON_IT.exec(s.text)) : null;
    // Not inside a question of which things are being handled ("I am trying to find out what issues are being addressed").
    if (m && !ASKED_WHICH.test(s.text.slice(Math.max(0, m.index - 60), m.index))) {
      out.push({
        start: m.index, end: m.index + m[0].length, penalty: 45,
        message: `${q(m[0])}: by whom? Nobody in particular owns this.`,
        suggestion: 'Say who is doing it and when you will be back: "I am looking into it myself and will call you by 3 pm."',
      });
    }
    return out;
  },
  examples: {
    flag: [
      { body: 'Hi Ravi,\n\nYou will be contacted by a representative.', role: 'support' },
      { body: 'Hi Ravi,\n\nSomeone will get back to you about the refund.', role: 'support' },
      { body: 'Hi Ravi,\n\nThe seller will contact you.', role: 'support' },
      // A span said before the promise is not its time: "they will be in touch" is still nobody's and undated.
      { body: 'Hi Ravi,\n\nThe refund for February to May has to go through our billing team, so I have sent it to them and they will be in touch.', role: 'support' },
      { body: 'Hi Ravi,\n\nSomeone from our billing team will be in touch about the refund.', role: 'support' },
      { body: 'Hi Ravi,\n\nSomeone from the management will contact you about a gesture for your next stay.', role: 'support' },
      { body: 'Hi Ravi,\n\nOur logistics partner will contact you for the delivery.', role: 'support' },
      { body: 'Hi Ravi,\n\nA member of the support team will call you back.', role: 'support' },
      // Being handled by nobody named; a designee, a team of people.
      { body: 'Hi Ravi,\n\nThe issues you raised are currently being addressed with the utmost urgency.', role: 'support' },
      { body: 'Hi Ravi,\n\nJoe or his designee will contact you about the trip next week.', role: 'account' },
      { body: 'Hi Ravi,\n\nA team of people will be answering these questions on the site.', role: 'account' },
      // A team of nobody named at work on it, with no time; a fix planned for no date (round 9).
      { body: 'Hi Dana,\n\nThe ops team are looking into it.\n\nSam', role: 'support' },
      { body: 'Hi Dana,\n\nA fix is planned for an upcoming release.\n\nSam', role: 'support' },
      // Passed on, or on its way, by nobody named.
      { body: 'Hi Ola,\n\nYour feedback has been forwarded for review. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Ola,\n\nIt has been escalated to the concerned department. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Ola,\n\nDetails on volume pricing will follow. What matters most to your team this quarter?', role: 'prospecting' },
      { body: "Hi Ola,\n\nI've flagged your questions internally and they'll get answered. I will call you at 4pm today.", role: 'account' },
      // Escalated by me, to a department of nobody named (round 38).
      { body: 'Hi Rae,\n\nI have personally escalated this to the relevant department.', role: 'support' },
    ],
    pass: [
      // The team at work, and a person with a time.
      { body: 'Hi Dana,\n\nOur engineers are investigating the issue, and I will call you at 3 pm today with what they find.\n\nSam', role: 'support' },
      { body: 'Hi Ravi,\n\nI will call you tomorrow at 10am about the refund.', role: 'support' },
      // Asking which things are being handled promises nothing.
      { body: 'Hi Ravi,\n\nI am trying to find out what issues are currently being addressed by the regulator, and I will call you tomorrow at 10am.', role: 'account' },
      // A named person from a team owns it.
      { body: 'Hi Ravi,\n\nPriya from our billing team will call you tomorrow at 10am about the refund.', role: 'support' },
      // Passed to someone named, and sent by us now, are owned.
      { body: 'Hi Ola,\n\nI have forwarded your claim to Priya Shah, who will call you by noon. I will call you at 4pm today.', role: 'support' },
      { body: 'Hi Ola,\n\nThe pricing sheet follows below. I will call you at 4pm today.', role: 'account' },
      // Escalated to a person by name is owned.
      { body: 'Hi Rae,\n\nI have escalated this to Priya Shah, our warehouse manager, and she will call you by 3 pm today.', role: 'support' },
    ],
  },
};
export default rule;
