import type { Finding, Rule } from '../rule';
import { ALL_ROLES } from '../rule';
import { firstNameOf } from '../greeting';
import { q } from '../phrase-rule';

// {{first_name}}, {FirstName}, [Name], [Company Name], <NAME>, %FIRSTNAME%, *|FNAME|*, ${name}
const PLACEHOLDER =
  /\{\{\s*[^{}\n]{1,40}?\s*\}\}|\{\s*[A-Za-z_]{2,30}\s*\}|\$\{[A-Za-z_.]{1,30}\}|\*\|[A-Z_]{2,30}\|\*|%[A-Z_]{3,30}%|\[(?:(?:first|last|full|your|their|his|her|contact|customer|client|recipient|prospect|company|account|business|org(?:anization)?|sender|my|rep) ?)?(?:name|first ?name|last ?name|company|company name|title|role|city|industry|product|date|pain point|\w+ ?name)\]|<(?:FIRST[_ ]?NAME|LAST[_ ]?NAME|NAME|COMPANY|FNAME|LNAME|TITLE|CONTACT)>/gi;
const NAME_FIELD = /first[_ ]?name|^\W*(?:f?name|name|contact)\W*$|fname/i;

const rule: Rule = {
  id: 'merge-field',
  kind: 'merge-field',
  dimension: 'personalization',
  roles: ALL_ROLES,
  title: 'Unfilled merge field',
  flags: 'Template placeholders left in the text: {{first_name}}, [Company], <NAME>, %FIRSTNAME%.',
  why: 'An unfilled placeholder proves the email is a mass mailing, the worst case of an impersonal email (rubric, personalization; seed 004: a misspelled name alone lost the client).',
  severity: 'risk',
  sentence(s) {
    const out: Finding[] = [];
    PLACEHOLDER.lastIndex = 0;
    for (let m = PLACEHOLDER.exec(s.text); m; m = PLACEHOLDER.exec(s.text)) {
      out.push({ start: m.index, end: m.index + m[0].length, message: `${q(m[0])} is an unfilled placeholder.`, suggestion: 'Fill it in by hand before sending.', penalty: 70 });
    }
    return out;
  },
  document(doc) {
    const recipients = doc.draft.recipients ?? [];
    const first = recipients.length === 1 ? firstNameOf(recipients[0]) : undefined;
    return doc.found('merge-field').map((f) => {
      const field = doc.body.slice(f.start, f.end);
      if (first && NAME_FIELD.test(field.replace(/[{}[\]<>%*|$]/g, ''))) {
        return { ...f, suggestion: `Write their name: ${first}.`, replacement: first };
      }
      return f;
    });
  },
  examples: {
    flag: [
      { body: 'Hi {{first_name}},\n\nI saw [Company] is hiring. Could we talk on Tuesday?', recipients: [{ name: 'Dana Reyes', email: 'dana@northwind.com' }] },
      'Hello <NAME>,\n\nCould we talk on Tuesday about your hiring plan?',
    ],
    pass: ['Hi Dana,\n\nI saw Northwind is hiring [in Austin, per your post]. Could we talk on Tuesday?'],
  },
};
export default rule;
