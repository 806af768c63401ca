import type { Rule } from '../rule';
import { ALL_ROLES } from '../rule';
import { checkName } from '../greeting';
import { q } from '../phrase-rule';

const rule: Rule = {
  id: 'wrong-name',
  kind: 'wrong-name',
  dimension: 'personalization',
  roles: ALL_ROLES,
  title: 'Wrong or misspelled name',
  flags: 'A greeting that names someone other than the recipient, or misspells them (nicknames and first-name forms are fine: "Jeff" for Jeffrey).',
  why: 'A misspelled or wrong name is one of the quickest ways to lose trust: one client left after their name was spelled wrong on the forms (seed 004).',
  severity: 'risk',
  document(doc) {
    const name = doc.greeting?.name;
    const recipients = doc.draft.recipients ?? [];
    if (!name || recipients.length === 0) return [];
    const check = checkName(name.text, recipients);
    if (check.ok) return [];
    return [{
      start: name.start, end: name.end, penalty: 60,
      message: check.misspelled
        ? `${q(name.text)} looks like a misspelling of ${check.closest}.`
        : `${q(name.text)} is not the name of anyone this email is addressed to.`,
      suggestion: check.closest ? `Check the name: ${check.closest}?` : 'Check the name against the To field.',
      ...(check.closest && (check.misspelled || recipients.length === 1) ? { replacement: check.closest } : {}),
    }];
  },
  examples: {
    flag: [
      // Another spelling of a formal name is a misspelling of theirs.
      { body: 'Hi Katherine,\n\nI will call you at 4pm today.', recipients: [{ name: "Katharine O'Neill", email: 'koneill@acme.example' }] },
      { body: 'Hi Dona,\n\nThanks for the call about the Austin office. Could we talk again on Tuesday?', recipients: [{ name: 'Dana Reyes', email: 'dana@northwind.com' }] },
      { body: 'Hi Michael,\n\nThanks for the call about the Austin office. Could we talk again on Tuesday?', recipients: [{ name: 'Dana Reyes', email: 'dana@northwind.com' }] },
      // One letter off the end of their name is no short form of it.
      { body: 'Hi Sara,\n\nI will call you at 4pm today.', recipients: [{ name: 'Sarah Lindqvist', email: 'sarah.lindqvist@nordkap.example' }] },
      // "there" before the name does not hide it.
      { body: 'Hey there Dave!\n\nThanks for the call about the Austin office. Could we talk again on Tuesday?', recipients: [{ name: 'Ana Lopez', email: 'ana.lopez@northwind.com' }] },
      // A title before another surname.
      { body: 'Hi Professor Adeyemi,\n\nI will call you at 4pm today.', recipients: [{ name: 'Daniel Okoro', email: 'dokoro@hillcrest.edu' }] },
    ],
    pass: [
      // A nickname beyond English: "Kasia" for Katarzyna.
      { body: 'Hi Kasia,\n\nI will call you at 4pm today.', recipients: [{ name: 'Katarzyna Nowak', email: 'k.nowak@example.pl' }] },
      // A title spelled out before the surname (round 31 blind emails).
      { body: 'Hi Professor Okoro,\n\nI will call you at 4pm today.', recipients: [{ name: 'Daniel Okoro', email: 'dokoro@hillcrest.edu' }] },
      // A short form of the name: "Sam" for Samantha.
      { body: 'Hi Sam,\n\nI will call you at 4pm today.', recipients: [{ name: 'Samantha Lindqvist', email: 'samantha@nordkap.example' }] },
      // A nickname of another spelling of the name.
      { body: 'Hi Kate,\n\nI will call you at 4pm today.', recipients: [{ name: "Katharine O'Neill", email: 'koneill@acme.example' }] },
      { body: 'Hi Jeffrey,\n\nThanks for the call about the Austin office. Could we talk again on Tuesday?', recipients: [{ name: 'Jeff Skilling', email: 'jeff.skilling@enron.com' }] },
      { body: 'Hi Dana,\n\nThanks for the call about the Austin office. Could we talk again on Tuesday?', recipients: [{ email: 'dana.reyes@northwind.com' }] },
      { body: 'Hi Dana,\n\nThanks for the call. Could we talk again on Tuesday?', recipients: [{ email: 'sales@northwind.com' }] },
      // A title and surname, or the full name, is the right person.
      { body: 'Dear Mr. Lopez,\n\nThanks for the call about the Austin office. Could we talk again on Tuesday?', recipients: [{ name: 'Ana Lopez', email: 'ana.lopez@northwind.com' }] },
      { body: 'Dear Ana Lopez,\n\nThanks for the call about the Austin office. Could we talk again on Tuesday?', recipients: [{ name: 'Ana Lopez', email: 'ana.lopez@northwind.com' }] },
      { body: 'Hi there,\n\nThanks for the call about the Austin office. Could we talk again on Tuesday?', recipients: [{ name: 'Ana Lopez', email: 'ana.lopez@northwind.com' }] },
    ],
  },
};
export default rule;
