import type { Rule } from '../rule';
import { ALL_ROLES } from '../rule';
import { checkName, firstNameOf } from '../greeting';
import { q } from '../phrase-rule';

const rule: Rule = {
  id: 'no-greeting-name',
  kind: 'no-greeting-name',
  dimension: 'personalization',
  roles: ALL_ROLES,
  title: 'No name in the greeting',
  flags: 'An email that does not greet the recipient by name: no greeting, "Hi,", "Hello there", "Dear Customer".',
  why: 'Greeting someone by name is the smallest sign the email was written for them (seed 000); "Dear Customer" says it was not.',
  severity: 'warn',
  document(doc) {
    const g = doc.greeting;
    const recipients = doc.draft.recipients ?? [];
    // "Hi {{first_name}},": the merge-field hint fixes it with their name; a second hint would fight it.
    if (g?.name || g?.placeholder) return [];
    // Greeting a group ("Hi team") is right for an email to several people.
    if (g?.group && recipients.length !== 1) return [];
    const first = recipients.length === 1 ? firstNameOf(recipients[0]) : undefined;
    if (!g) {
      // A quick note ("Thanks, got it.") needs no greeting.
      if (doc.contentWords < 12) return [];
      return [{
        start: 0, end: 0, penalty: 25,
        message: 'The email does not greet anyone by name.',
        suggestion: first ? `Open with "Hi ${first},".` : 'Open with their name: "Hi Dana,".',
      }];
    }
    // "hi carla": written all in lower case, the name after the salutation is still theirs.
    // A word, not the start of an address ("Hello lucy.tran@…" greets nobody).
    const lineEnd = doc.body.indexOf('\n', g.start);
    const line = doc.body.slice(g.start, lineEnd === -1 ? doc.body.length : lineEnd);
    const written = /^[\p{L}'’-]+(?=[,!.:;—–]*$)/u.exec(line.slice(g.salutation.length).trim().split(/\s+/)[0] ?? '')?.[0].toLowerCase();
    // Checked as the wrong-name rule checks a name, nicknames included ("hi mike" greets Michael).
    // ("Dear Sir," greets no one, whoever it goes to: a courtesy is no name.)
    if (written && !g.generic && recipients.some((r) => firstNameOf(r)) && checkName(written, recipients).ok) return [];
    const text = doc.body.slice(g.start, g.end);
    // "Dear Customer," → "Dear Priya,": the worst case gets the one-click fix too.
    const fix = first && g.salutation ? { replacement: `${g.salutation} ${first}${/,$/.test(text) ? ',' : ''}` } : {};
    return [{
      start: g.start, end: g.end, penalty: g.generic ? 35 : 25,
      message: g.generic ? `${q(text)} could greet anyone.` : `${q(text)} does not use their name.`,
      suggestion: first ? `Greet them by name: "${g.salutation || 'Hi'} ${first},".` : 'Greet them by name: "Hi Dana,".',
      ...fix,
    }];
  },
  examples: {
    flag: [
      // A greeting in any register that names nobody.
      { body: 'yo!\n\nI read your post about the Austin office opening. Could we talk on Tuesday?', recipients: [{ name: 'Dana Reyes', email: 'dana@northwind.com' }] },
      { body: 'Hi,\n\nI read your post about the Austin office opening. Could we talk on Tuesday?', recipients: [{ name: 'Dana Reyes', email: 'dana@northwind.com' }] },
      { body: 'Dear Valued Customer,\n\nYour order has shipped and I will call you Friday at 10am to check the install.', role: 'account' },
      // "Dear Sir," to a named recipient greets no one (it was read as their name: seventeenth blind round).
      { body: 'Dear Sir,\n\nThe corrected invoice for INV-3390 is attached, with your GST number on it.', recipients: [{ name: 'Sunil Joshi', email: 'sunil.joshi@joshiautoparts.com' }], role: 'account' },
      { body: 'Dear Madam,\n\nThe corrected invoice for INV-3390 is attached, with your GST number on it.', recipients: [{ name: 'Dana Reyes', email: 'dana@northwind.com' }], role: 'account' },
      'I read your post about the Austin office opening and have an idea for staffing it. Could we talk on Tuesday?',
      // A word in lower case that is not their name, and their address where the name belongs.
      { body: 'Hello dana.reyes@northwind.com,\n\nI read your post about the Austin office opening. Could we talk on Tuesday?', recipients: [{ name: 'Dana Reyes', email: 'dana.reyes@northwind.com' }] },
      { body: 'hi mate\n\nyeah I read your post about the Austin office opening. could we talk on Tuesday?', recipients: [{ name: 'Dana Reyes', email: 'dana@northwind.com' }] },
      // "there" names nobody; a role is not a name.
      'Hi there,\n\nI read your post about the Austin office opening. Could we talk on Tuesday?',
      { body: 'Dear Consumer,\n\nYour order has shipped and I will call you Friday at 10am to check the install.', role: 'account' },
      { body: 'Dear Account Holder,\n\nYour order has shipped and I will call you Friday at 10am to check the install.', role: 'account' },
      // A role at the end, whatever comes before it.
      { body: 'Dear Amazon Customer,\n\nYour order has shipped and I will call you Friday at 10am to check the install.', role: 'account' },
      'Dear Potential Gas Supplier:\n\nI read your post about the Austin office opening. Could we talk on Tuesday?',
      // A title-case body line is no greeting by name.
      'Every Month, We Show you the best offers from local shops and we pick them for your area. Could we talk on Tuesday?',
      // A role or a trade at the end of the greeting names nobody (round 40's corpus emails).
      { body: 'Dear Medicine Bow Shipper:\n\nThis morning we asked to place the loop project in service on 1 December.', role: 'account' },
      { body: 'Dear Prospective Employers,\n\nPlease review the attached resume of a pilot we represent.', role: 'prospecting' },
      // A heading run together with the first sentence greets nobody (round 41's corpus).
      { body: 'Update   The new settlement schedule is attached. We would be glad to discuss it on Tuesday at 10 am.', role: 'account' },
      // A title named mid-sentence after a gap is no greeting ("I forwarded it to  Mr. Greg Piper, our COO").
      { body: 'Thank you for your letter.\nI have forwarded your  details to  Mr. Greg Piper, our COO. He will call you on Tuesday at 10 am.', role: 'support' },
      // A courtesy that greets no one by name, and a role run on into the first sentence by a gap (round 44's corpus).
      { body: 'Gentlemen,  The supply agreement is with your legal team for review. We will send the signed copy on Tuesday at 10 am.', role: 'account' },
      { body: 'Dear Potential Gas Supplier  As some of you may know, our agreement to buy gas ends on December 31. We will send the new terms on Tuesday.', role: 'account' },
      // A role with a colon after a mailing list's relay line names no one either.
      { body: 'DCongel@nyiso.com writes to the NYISO_TECH_EXCHANGE Discussion List:  Market Participants:  All advisory statements for May have been posted to your web site. The June ones follow on Tuesday.', role: 'account' },
      // A day or a label before "I…" or a semicolon names no one (round 45's corpus).
      { body: 'Monday I will call the bank about the imbalance, and I will send you the figures on Tuesday at 10 am.', role: 'account' },
      { body: 'Confidential; Attorney client work product  Here is a rough draft. I will send the final one on Tuesday at 10 am.', role: 'account' },
      // A community greeted by its name greets no one ("Good morning Haas Community,").
      { body: 'Good morning Haas Community, Voice-mail is down campus wide. I will send an update at 3 pm today.', role: 'support' },
    ],
    pass: [
      // A greeting in another language names them all the same (round 18: "Kia ora Sarah,").
      { body: 'Kia ora Sarah,\n\nYour licence renews on 1 July, and I will send the new quote on Friday 12 June.', recipients: [{ name: 'Sarah Ngata', email: 'sarah@parkwise.nz' }], role: 'account' },
      { body: 'Namaste Priya,\n\nYour licence renews on 1 July, and I will send the new quote on Friday 12 June.', recipients: [{ name: 'Priya Nair', email: 'priya@parkwise.in' }], role: 'account' },
      { body: 'Hi Dana,\n\nI read your post about the Austin office opening. Could we talk on Tuesday?', recipients: [{ name: 'Dana Reyes', email: 'dana@northwind.com' }] },
      // Their name, written in lower case.
      { body: 'hi dana\n\nyeah I read your post about the Austin office opening. could we talk on Tuesday?', recipients: [{ name: 'Dana Reyes', email: 'dana@northwind.com' }] },
      { body: 'hey mike,\n\nyeah I read your post about the Austin office opening. could we talk on Tuesday?', recipients: [{ name: 'Michael Reyes', email: 'michael@northwind.com' }] },
      { body: 'Hi team,\n\nI read your post about the Austin office opening. Could we talk on Tuesday?', recipients: [{ name: 'Dana Reyes' }, { name: 'Lee Park' }] },
      // The placeholder is the merge-field rule's to flag (and fix with their name).
      { body: 'Hi {{first_name}},\n\nI read your post about the Austin office opening. Could we talk on Tuesday?', recipients: [{ name: 'Dana Reyes', email: 'dana@northwind.com' }] },
      { body: 'Hey there Dana!\n\nI read your post about the Austin office opening. Could we talk on Tuesday?', recipients: [{ name: 'Dana Reyes', email: 'dana@northwind.com' }] },
      { body: 'Dear Ms. Reyes,\n\nI read your post about the Austin office opening. Could we talk on Tuesday?', recipients: [{ name: 'Dana Reyes', email: 'dana@northwind.com' }] },
      // Two names opening a line run together with its first sentence (mail converted to one line), round 39's corpus.
      { body: 'Roland and David  I am attaching the Enron response to your RFP of October 4. We would be glad to discuss it on Tuesday at 10 am.', role: 'account' },
      // One name so, before a word that opens a sentence to someone (round 41's corpus).
      { body: 'Rick   I spoke with your finance team this morning. We would be glad to discuss it on Tuesday at 10 am.', role: 'account' },
      // A title and a name after a letterhead, and a "Dear" after a banner that runs into it.
      { body: 'Harbor Trust Securities, Inc.  Ms. Okafor,  Attached find the revised schedule. We would be glad to discuss it on Tuesday at 10 am.', role: 'account' },
      { body: 'Ten Free Trades This Month+ Dear Lena Ortiz, As an active trader, you know what a fee costs. Could we talk on Tuesday at 10 am?', role: 'prospecting' },
      // A name run on into the first sentence by a gap is still a name; "Gentlemen" in a name is no courtesy.
      { body: 'Dear Lena Ortiz  As you may know, our agreement to buy gas ends on December 31. We will send the new terms on Tuesday.', role: 'account' },
      { body: 'Dear Ms. Gentleman,\n\nThe supply agreement is with your legal team for review. We will send the signed copy on Tuesday at 10 am.', role: 'account' },
      // Names a slash apart, a surname in brackets, and a name after a mailing list's relay line (round 44's corpus).
      { body: 'Greg/Phillip,  Attached is the service agreement. The business points are in Exhibit C, and I will call you on Tuesday at 10 am.', role: 'account' },
      { body: 'Mike (Day): As you know from the work with the coalition, the campus is keen to see the rule fixed. I will call you on Tuesday at 10 am.', role: 'account' },
      { body: 'BKranz@nyiso.com writes to the NYISO_TECH_EXCHANGE Discussion List:  Jim,  Thank you for your suggestions on the pricing assessment. I will call you on Tuesday at 10 am.', role: 'account' },
      // A name and a semicolon, and a name run into an "I am…" by one space (round 45's corpus).
      { body: 'Bill; Mike from the transmission desk phoned me about the imbalance. I will call you on Tuesday at 10 am.', role: 'account' },
      { body: 'Holden I am changing the peak hours to HE 11. I will call you on Tuesday at 10 am.', role: 'account' },
    ],
  },
};
export default rule;
