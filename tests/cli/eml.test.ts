import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { MAX_LINES, parseAddressList, parseEml, EmlError } from '../../src/cli/eml';
import { decodeEntities, htmlToText } from '../../src/cli/html';
import { draftFromEml } from '../../src/cli/input';
import { fixture } from './helpers';

const bytes = (name: string) => new Uint8Array(readFileSync(fixture(name)));
const ascii = (s: string) => new TextEncoder().encode(s);

describe('parseEml on the fixtures', () => {
  it('plain text: headers decoded, quote and signature split off', async () => {
    const draft = await draftFromEml(bytes('plain.eml'));
    expect(draft.subject).toBe('Re: Invoice for März');
    expect(draft.recipients).toEqual([{ name: 'Reyes, Dana', email: 'dana@northwind.example' }, { email: 'ops@northwind.example' }]);
    expect(draft.body).toMatch(/^Hi Dana,\n\nThanks for flagging/);
    expect(draft.body).toMatch(/by Wednesday at 5pm\.\n\nSam$/);
    expect(draft.body).not.toMatch(/Billing Support|wrote:/);
    expect(draft.quoted).toMatch(/^On Sun, Nov 22, 2026 .* wrote:\nHello,\n\nWe were charged twice/);
    expect(draft.quoted).not.toMatch(/^>/m);
  });

  it('quoted-printable: soft line breaks joined, UTF-8 bytes decoded', async () => {
    const draft = await draftFromEml(bytes('qp.eml'));
    expect(draft.body).toContain('in Rotterdam this month — congratulations. With two sites, keeping scanner counts in sync usually gets harder.');
    expect(draft.recipients).toEqual([{ name: 'Priya Natarajan', email: 'priya@harbor-tools.example' }]);
  });

  it('base64 body and a B-encoded subject', async () => {
    const draft = await draftFromEml(bytes('base64.eml'));
    expect(draft.subject).toBe('Onboarding – next step');
    expect(draft.body).toMatch(/^Hi Marco,\n\nthanks for the quick call today\./);
    expect(draft.body).toMatch(/What would it be worth to you to cut that to one week\?\n\nAnna$/);
  });

  it('HTML: tags stripped, entities decoded, paragraphs as lines, gmail_quote into quoted', async () => {
    const draft = await draftFromEml(bytes('html.eml'));
    expect(draft.body).toBe(
      "Hi Dana,\n\nYou're right, the CSV export has been failing since Tuesday’s update & I am sorry it cost your team a morning.\n" +
        "I found the cause: a date column we renamed. I'll ship the fix by Thursday at 3pm and email you when it is live.\n\nSam",
    );
    expect(draft.quoted).toMatch(/^On Mon, Nov 23, 2026 at 8:02 AM Dana Reyes <dana@northwind\.example> wrote:\n+Our export is broken again\./);
    expect(draft.body).not.toMatch(/ignored title|margin/);
  });

  it('Outlook HTML in windows-1252 quoted-printable: the reply header onward is quoted', async () => {
    const draft = await draftFromEml(bytes('outlook.eml'));
    expect(draft.body).toBe('Hi Chris,\n\nThanks for the note about the café rollout – that’s a big step for Kestrel.\n\nI’ll send the renewal options by Friday at noon.\n\nJo');
    expect(draft.quoted).toMatch(/^From: Chris Lang\nSent: Tuesday\nTo: Jo Weber\nSubject: Renewal\n+We are opening twelve cafés next year\./);
  });

  it('multipart/mixed with multipart/alternative: the text/plain part, not the HTML or the attachment', async () => {
    const draft = await draftFromEml(bytes('multipart.eml'));
    expect(draft.body).toMatch(/^Hi José,\n\nthe pilot numbers for Orchard are attached\./);
    expect(draft.body).not.toMatch(/HTML VERSION|ATTACHMENT/);
    expect(draft.recipients).toEqual([{ name: 'José Martínez', email: 'jose@orchard.example' }]);
  });

  it('ISO-8859-1 8bit body and raw Latin-1 header bytes', async () => {
    const draft = await draftFromEml(bytes('latin1.eml'));
    expect(draft.body).toMatch(/^Hi Renée,\n\nYour order of the café tables/);
    expect(draft.recipients).toEqual([{ name: 'Renée Dubois', email: 'renee@atelier.example' }]);
  });
});

describe('parseEml details', () => {
  it('handles CRLF line ends and folded headers', async () => {
    const raw = 'To: Dana <dana@x.example>\r\nSubject: Hi\r\n folded\r\n\r\nHi Dana,\r\n\r\nIt works.\r\n';
    expect(await parseEml(ascii(raw))).toEqual({ recipients: [{ name: 'Dana', email: 'dana@x.example' }], subject: 'Hi folded', text: 'Hi Dana,\n\nIt works.\n' });
  });

  it('prefers text/plain, else takes text/html', async () => {
    const raw = (types: string[]) =>
      `To: a@b.example\nContent-Type: multipart/alternative; boundary="b"\n\n${types.map((t) => `--b\nContent-Type: ${t}\n\nin ${t}\n`).join('')}--b--\n`;
    expect((await parseEml(ascii(raw(['text/html', 'text/plain'])))).text.trim()).toBe('in text/plain');
    expect((await parseEml(ascii(raw(['text/html'])))).text).toBe('in text/html');
  });

  it('unwraps format=flowed text', async () => {
    const raw = 'To: a@b.example\nContent-Type: text/plain; charset=utf-8; format=flowed\n\nThis line goes \non here.\n\nNew paragraph.\n-- \nSig\n';
    expect((await parseEml(ascii(raw))).text).toBe('This line goes on here.\n\nNew paragraph.\n-- \nSig\n');
  });

  it('falls back to windows-1252 for bytes that are not the UTF-8 they claim to be', async () => {
    const raw = Uint8Array.from([...ascii('To: a@b.example\nContent-Type: text/plain; charset=utf-8\n\ncaf'), 0xe9, 0x0a]);
    expect((await parseEml(raw)).text).toBe('café\n');
  });

  it('rejects text that is not an email with EmlError', async () => {
    await expect(parseEml(ascii('hello there\n\nbody'))).rejects.toThrow(EmlError);
    await expect(parseEml(ascii('Note: call Dana\n\nbody'))).rejects.toThrow(/not an RFC 822 email/);
  });
});

describe('headers', () => {
  const subjectOf = async (header: string) => (await parseEml(ascii(`To: a@b.example\nSubject: ${header}\n\nHi\n`))).subject;

  it('decodes RFC 2047 Q and B encoded-words, joining adjacent ones', async () => {
    expect(await subjectOf('=?utf-8?Q?Caf=C3=A9_au_lait?=')).toBe('Café au lait');
    expect(await subjectOf('=?UTF-8?B?w5xiZXI=?= uns')).toBe('Über uns');
    expect(await subjectOf('=?iso-8859-1?q?Ren=E9e?= =?utf-8?q?_Dubois?=')).toBe('Renée Dubois');
    expect(await subjectOf('plain words')).toBe('plain words');
  });

  it('parses address lists', () => {
    expect(parseAddressList('"Dana Reyes" <dana@x.com>, bob@y.com')).toEqual([{ name: 'Dana Reyes', email: 'dana@x.com' }, { email: 'bob@y.com' }]);
    expect(parseAddressList('"Reyes, Dana" <dana@x.com>')).toEqual([{ name: 'Reyes, Dana', email: 'dana@x.com' }]);
    expect(parseAddressList('dana@x.com (Dana Reyes), <ops@x.com>')).toEqual([{ name: 'Dana Reyes', email: 'dana@x.com' }, { email: 'ops@x.com' }]);
    expect(parseAddressList('=?utf-8?Q?Jos=C3=A9?= <jose@x.com>')).toEqual([{ name: 'José', email: 'jose@x.com' }]);
    expect(parseAddressList('team: a@x.com, b@x.com;')).toEqual([{ email: 'a@x.com' }, { email: 'b@x.com' }]);
    expect(parseAddressList('  ')).toEqual([]);
  });

  it('accepts a bare name or a bare address as one recipient', () => {
    expect(parseAddressList('Dana Reyes')).toEqual([{ name: 'Dana Reyes' }]);
    expect(parseAddressList('dana@x.com')).toEqual([{ email: 'dana@x.com' }]);
    expect(parseAddressList('Dana Reyes <dana@x.com>')).toEqual([{ name: 'Dana Reyes', email: 'dana@x.com' }]);
  });
});

describe('quoted-printable', () => {
  it('decodes escapes and soft breaks, with blanks after the = and lower-case hex', async () => {
    const raw = 'To: a@b.example\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\na=3Db =\nc=C3=a9 d=  \r\ne\n';
    expect((await parseEml(ascii(raw))).text).toBe('a=b cé de\n');
  });
});

describe('htmlToText', () => {
  it('turns breaks and blocks into lines and lists into bullets', () => {
    expect(htmlToText('<div>one<br>two</div><div>three</div><ul><li>a</li><li>b</li></ul>').text).toBe('one\ntwo\nthree\n• a\n• b');
  });

  it('drops script, style and comments', () => {
    expect(htmlToText('<style>.x{}</style><script>alert(1)</script><!-- note -->Hello <b>Dana</b>').text).toBe('Hello Dana');
  });

  it('reads Gmail\'s one-div-per-line layout', () => {
    expect(htmlToText('<div dir="ltr"><div>Hi Dana,</div><div><br></div><div>It works.</div><div>Sam</div></div>').text).toBe('Hi Dana,\n\nIt works.\nSam');
  });

  it('keeps text after an inline blockquote in the body', () => {
    expect(htmlToText('<p>Before</p><blockquote><p>quoted <blockquote>nested</blockquote> more</p></blockquote><p>After</p>')).toEqual({
      text: 'Before\n\nAfter',
      quoted: 'quoted\nnested\nmore',
    });
  });

  it('sends everything from Outlook\'s divRplyFwdMsg on to quoted', () => {
    expect(htmlToText('<p>Mine</p><div id="divRplyFwdMsg"><b>From:</b> X</div><div>Theirs</div>')).toEqual({ text: 'Mine', quoted: 'From: X\nTheirs' });
  });

  it('decodes named and numeric entities', () => {
    expect(decodeEntities('&lt;a&gt; &amp; &eacute; &#233; &#xE9; &hellip; &bogus;')).toBe('<a> & é é é … &bogus;');
  });
});

describe('MIME edge cases', () => {
  it('reads a part without headers as text/plain', async () => {
    const raw = 'To: a@b.example\nContent-Type: multipart/mixed; boundary=z\n\npreamble\n--z\n\nHeaderless part.\n\nSecond paragraph.\n--z--\nepilogue\n';
    expect((await parseEml(ascii(raw))).text.trimEnd()).toBe('Headerless part.\n\nSecond paragraph.');
  });

  it('puts an Apple-style attribution before the blockquote it introduces', async () => {
    const raw = 'To: a@b.example\nContent-Type: text/html\n\n<div>Done, see attached.</div><div><br><div>On 23 Nov 2026, at 09:12, Dana wrote:</div><blockquote type="cite"><div>Can you send it?</div></blockquote></div>';
    expect(await draftFromEml(ascii(raw))).toEqual({ body: 'Done, see attached.', quoted: 'On 23 Nov 2026, at 09:12, Dana wrote:\n\nCan you send it?', recipients: [{ email: 'a@b.example' }] });
  });

  it('skips a byte-order mark before the headers', async () => {
    const raw = Uint8Array.from([0xef, 0xbb, 0xbf, ...ascii('To: a@b.example\nSubject: Hi\n\nHello Dana.\n')]);
    expect(await parseEml(raw)).toEqual({ recipients: [{ email: 'a@b.example' }], subject: 'Hi', text: 'Hello Dana.\n' });
  });

  it('refuses more lines than MAX_LINES before parsing (memory grows with them)', async () => {
    await expect(parseEml(ascii(`To: a@b.example\n\nHi\n${'\n'.repeat(MAX_LINES)}`))).rejects.toThrow(/more than 200,000 lines/);
    expect((await parseEml(ascii(`To: a@b.example\n\nHi\n${'\n'.repeat(1000)}`))).text.trim()).toBe('Hi');
  });

  it('refuses nesting deeper than any mail client writes, in one line', async () => {
    const open = Array.from({ length: 30 }, (_, i) => `Content-Type: multipart/mixed; boundary=b${i}\n\n--b${i}\n`).join('');
    await expect(parseEml(ascii(`To: a@b.example\n${open}Content-Type: text/plain\n\ndeep\n`))).rejects.toThrow(EmlError);
  });
});

// What the hand-written parser (before postal-mime, issue 18 §3) got wrong or refused.
describe('mail the old parser misread', () => {
  it('nested multipart: mixed > related > alternative, with an inline image, a PDF and a forwarded message', async () => {
    const draft = await draftFromEml(bytes('nested.eml'));
    expect(draft.body).toMatch(/^Hi Ines,\n\nthe revised rollout plan for Porto is attached\./);
    expect(draft.body).toMatch(/Could you confirm the number of trainers by Friday at noon\?\n\nRavi$/);
    expect(`${draft.body}${draft.quoted ?? ''}`).not.toMatch(/HTML VERSION|ATTACHMENT TEXT|FORWARDED TEXT/);
    expect(draft.recipients).toEqual([{ name: 'Ines Costa', email: 'ines@porto-logistics.example' }]);
  });

  it('encoded-words: a character cut across two words, Q and B mixed, folded; encoded names with a comma', async () => {
    const draft = await draftFromEml(bytes('encoded-words.eml'));
    expect(draft.subject).toBe('Café rollout – next step');
    expect(draft.recipients).toEqual([{ name: 'Dubois, Renée', email: 'renee@atelier.example' }, { name: 'José Martínez', email: 'jose@orchard.example' }]);
  });

  it('format=flowed: soft breaks joined and space-stuffed lines unstuffed', async () => {
    const { text } = await parseEml(bytes('flowed.eml'));
    expect(text).toContain('\n\nthanks for the numbers. I checked them against the invoice and the totals match now.\n\n');
    expect(text).toContain('\nFrom the second site we still need the scanner counts; could you send them by Thursday at noon?\n');
  });

  it('a second text part after an inline image (Apple Mail) is read too', async () => {
    const draft = await draftFromEml(bytes('apple-mail.eml'));
    expect(draft.body).toMatch(/^Hi Lars,\n\nhere is the proof of the cover:\n+The blue is darker than on screen\. Shall I ask the printer for a second proof by Wednesday\?\n\nMei$/);
  });

  it('a charset label no decoder knows (unknown-8bit) is read, not refused', async () => {
    const raw = 'To: a@b.example\nContent-Type: text/plain; charset=unknown-8bit\n\nI will call you on Monday at 10am.\n';
    expect((await parseEml(ascii(raw))).text).toBe('I will call you on Monday at 10am.\n');
    const klingon = 'To: a@b.example\nContent-Type: text/plain; charset=x-klingon\n\nqapla\n';
    expect((await parseEml(ascii(klingon))).text).toBe('qapla\n');
  });
});

describe('charsets', () => {
  it('ISO-8859-2 8bit body (and a raw 8-bit subject)', async () => {
    const draft = await draftFromEml(bytes('iso-8859-2.eml'));
    expect(draft.body).toBe('Dzień dobry Pani Zofio,\n\nzamówienie wyślę jutro do godziny 12. Dziękuję za cierpliwość.\n\nAnna');
    expect(draft.subject).toBe('Zamówienie');
  });

  it('windows-1252 punctuation in parts labelled us-ascii, latin1 or windows-1252, and in encoded-words', async () => {
    // 0x93/0x94 are curly quotes, 0x96 an en dash, 0x80 the euro sign in windows-1252, which WHATWG
    // uses for all three labels (some Node versions decode it as Latin-1: nodejs/node#56542).
    for (const charset of ['us-ascii', 'iso-8859-1', 'windows-1252']) {
      const raw = Uint8Array.from([...ascii(`To: a@b.example\nSubject: =?${charset}?Q?=93Q3=94_=96_=8020?=\nContent-Type: text/plain; charset=${charset}\n\n`), 0x93, ...ascii('Done'), 0x94, 0x20, 0x96, 0x20, 0x80, ...ascii('20\n')]);
      expect(await parseEml(raw), charset).toEqual({ recipients: [{ email: 'a@b.example' }], subject: '“Q3” – €20', text: '“Done” – €20\n' });
    }
  });

  it('8-bit Latin-1 text with no charset at all (old mailers)', async () => {
    const raw = Uint8Array.from([...ascii('To: a@b.example\n\nYour order of the caf'), 0xe9, ...ascii(' tables ships on Monday.\n')]);
    expect((await parseEml(raw)).text).toBe('Your order of the café tables ships on Monday.\n');
  });
});
