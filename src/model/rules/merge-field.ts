import type { Finding, Rule } from '../rule';
import { ALL_ROLES } from '../rule';
import { firstNameOf, TOKEN } from '../greeting';
import { q } from '../phrase-rule';

// {{first_name}}, {FirstName}, [Name], [Company Name], <NAME>, %FIRSTNAME%, *|FNAME|*, ${name}
// "{{ x }}": spaces, up to 40 characters without a line break, spaces; the part inside begins and ends
// with a non-space (or is only spaces, one of them not a line break), so the two runs of spaces cannot
// trade characters (/\{\{\s*[^{}\n]{1,40}?\s*\}\}/, the same matches, took quadratic time on "{{" and spaces).
const PLACEHOLDER =
  /\{\{(?:\s*[^{}\s](?:[^{}\n]{0,38}[^{}\s])?\s*|\n*[^\S\n]\s*)\}\}|\{\s*[A-Za-z_]{2,30}\s*\}|\$\{[A-Za-z_.]{1,30}\}|\*\|[A-Z_]{2,30}\|\*|%[A-Z_]{3,30}%|\[(?:(?:first|last|full|your|their|his|her|contact|customer|client|recipient|prospect|company|account|business|org(?:anization)?|sender|my|rep) ?)?(?:name|first ?name|last ?name|company|company name|title|role|city|industry|product|date|pain point|\w+ ?name|\w+ ?contact)\]|<(?:FIRST[_ ]?NAME|LAST[_ ]?NAME|NAME|COMPANY|FNAME|LNAME|TITLE|CONTACT)>/gi;
const NAME_FIELD = /first[_ ]?name|^\W*(?:f?name|name|contact)\W*$|fname/i;
// Salesforce merge fields: {!Contact.FirstName}.
const SALESFORCE = /\{![A-Za-z_][\w.]{1,60}\}/g;
// Capitalised placeholders in brackets: "(SPECIFIC EVENT)", "[INSERT DATE]", "(YOUR NAME)". Case matters: "(see below)" is prose.
const CAPS_FIELD = /[([][A-Z][A-Z'’]*(?:[ _][A-Z][A-Z'’]*){0,4}[)\]]/g;
// Words that make capitals a placeholder; one on its own only when it is the name or company ("(NAME)"), not "(EST)" or "(PDF)".
const CAPS_KEY = /\b(?:INSERT|SPECIFIC|NAME|FIRST[ _]?NAME|LAST[ _]?NAME|FULL[ _]?NAME|FNAME|LNAME|COMPANY|RECIPIENT|PROSPECT|CUSTOMER|CLIENT|CONTACT|PLACEHOLDER|YOUR|THEIR|HERE)\b/;
const CAPS_ALONE = /^[([](?:NAME|FIRST[ _]?NAME|FIRSTNAME|LAST[ _]?NAME|LASTNAME|FNAME|COMPANY|COMPANY[ _]NAME|RECIPIENT|PROSPECT|PLACEHOLDER)[)\]]$/;

/** Every placeholder in a piece of text, left to right. */
function placeholders(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const re of [PLACEHOLDER, SALESFORCE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  CAPS_FIELD.lastIndex = 0;
  for (let m = CAPS_FIELD.exec(text); m; m = CAPS_FIELD.exec(text)) {
    const multi = /[ _]/.test(m[0]);
    // Capitals joined by "_" are a template's variable whatever they name ("[TICKET_NO]", "(ORDER_ID)"): no prose writes so.
    if (m[0].includes('_') || (multi ? CAPS_KEY.test(m[0]) : CAPS_ALONE.test(m[0]))) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out
    .sort((a, b) => a.start - b.start)
    .filter((p, i, all) => i === 0 || p.start >= all[i - 1]!.end);
}

const rule: Rule = {
  id: 'merge-field',
  kind: 'merge-field',
  dimension: 'personalization',
  roles: ALL_ROLES,
  title: 'Unfilled merge field',
  flags: 'Template placeholders left in the text: {{first_name}}, [Company], <NAME>, %FIRSTNAME%, {!Contact.FirstName}, (SPECIFIC EVENT), a record id where the name belongs.',
  why: 'An unfilled placeholder proves the email is a mass mailing, the worst case of an impersonal email (rubric, personalization; seed 004: a misspelled name alone lost the client).',
  severity: 'risk',
  sentence(s) {
    return placeholders(s.text).map(({ start, end }): Finding => ({
      start, end, message: `${q(s.text.slice(start, end))} is an unfilled placeholder.`, suggestion: 'Fill it in by hand before sending.', penalty: 70,
    }));
  },
  document(doc) {
    const recipients = doc.draft.recipients ?? [];
    const first = recipients.length === 1 ? firstNameOf(recipients[0]) : undefined;
    const found = [...doc.found('merge-field')];
    // A record id or token where the greeting's name belongs: "Hi 7f3a9c2e5b8d41f6,".
    const g = doc.greeting;
    if (g?.placeholder && g.salutation) {
      const lineEnd = doc.body.indexOf('\n', g.start);
      const line = doc.body.slice(g.start, lineEnd === -1 ? doc.body.length : lineEnd);
      const sal = /^\S+(?:[ \t]+(?:morning|afternoon|evening|day))?[ \t]+/i.exec(line);
      const tok = sal ? TOKEN.exec(line.slice(sal[0].length)) : null;
      const start = g.start + (sal?.[0].length ?? 0);
      if (tok && !found.some((f) => f.start <= start && f.end > start)) {
        found.push({ start, end: start + tok[0].length, message: `${q(tok[0])} sits where their name belongs: an unfilled merge field.`, suggestion: 'Fill it in by hand before sending.', penalty: 70 });
        found.sort((a, b) => a.start - b.start);
      }
    }
    return found.map((f) => {
      const field = doc.body.slice(f.start, f.end);
      if (first && (NAME_FIELD.test(field.replace(/[{}[\]<>%*|$!()]/g, '').replace(/^\w+\./, '')) || TOKEN.test(field))) {
        return { ...f, suggestion: `Write their name: ${first}.`, replacement: first };
      }
      return f;
    });
  },
  examples: {
    flag: [
      { body: 'Hi {{first_name}},\n\nI saw [Company] is hiring. Could we talk on Tuesday?', recipients: [{ name: 'Dana Reyes', email: 'dana@northwind.com' }] },
      'Hello <NAME>,\n\nCould we talk on Tuesday about your hiring plan?',
      // Other template syntaxes: capitals in brackets, Salesforce fields, percent fields, a record id where the name goes.
      'Hi Dana,\n\nI loved your talk at (SPECIFIC EVENT). Could we talk on Tuesday?',
      // Capitals joined by "_", whatever they name (round 27 blind emails).
      { body: 'Dear Julia,\n\nYour reference number is [TICKET_NO]. I will call you at 3pm today.', role: 'support' },
      'Hi Dana,\n\nI saw [COMPANY] is hiring. Could we talk on Tuesday?',
      'Hi {!Contact.FirstName},\n\nI saw Northwind is hiring. Could we talk on Tuesday?',
      'Dear %FIRSTNAME%,\n\nI saw Northwind is hiring. Could we talk on Tuesday?',
      { body: 'Hi 7f3a9c2e5b8d41f6,\n\nI saw Northwind is hiring. Could we talk on Tuesday?', recipients: [{ name: 'Dana Reyes', email: 'dana@northwind.com' }] },
      // Said in fresh words (a thirty-fifth round of blind emails).
      { body: "Dear [School Contact],\n\nYour order is on its way. I will call you at 3pm today.", role: 'account' },
    ],
    pass: [
      'Hi Dana,\n\nI saw Northwind is hiring [in Austin, per your post]. Could we talk on Tuesday?',
      // Ordinary brackets, abbreviations and ids are no placeholders.
      'Hi Dana,\n\nThe report (PDF) quotes you [sic] on ticket #48213. Could we talk on Tuesday at 9 (EST)?',
      'Hi Dana,\n\nThe FAQ (see the HELP tab) covers it, and order ID 7f3a9c2e5b8d41f6 is on its way. Could we talk on Tuesday?',
      'Hi Dana,\n\nWe met at the SaaS summit (HR TECH WEEK) in May. Could we talk on Tuesday?',
    ],
  },
};
export default rule;
