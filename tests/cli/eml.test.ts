import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { decodeBase64, decodeEncodedWords, decodeQuotedPrintable, parseAddress, parseAddressList, parseEml, EmlError } from '../../src/cli/eml';
import { decodeEntities, htmlToText } from '../../src/cli/html';
import { draftFromEml } from '../../src/cli/input';
import { fixture } from './helpers';

const bytes = (name: string) => new Uint8Array(readFileSync(fixture(name)));
const ascii = (s: string) => new TextEncoder().encode(s);

describe('parseEml on the fixtures', () => {
  it('plain text: headers decoded, quote and signature split off', () => {
    const draft = draftFromEml(bytes('plain.eml'));
    expect(draft.subject).toBe('Re: Invoice for März');
    expect(draft.recipients).toEqual([{ name: 'Reyes, Dana', email: 'dana@northwind.example' }, { email: 'ops@northwind.example' }]);
    expect(draft.body).toMatch(/^Hi Dana,\n\nThanks for flagging/);
    expect(draft.body).toMatch(/by Wednesday at 5pm\.\n\nSam$/);
    expect(draft.body).not.toMatch(/Billing Support|wrote:/);
    expect(draft.quoted).toMatch(/^On Sun, Nov 22, 2026 .* wrote:\nHello,\n\nWe were charged twice/);
    expect(draft.quoted).not.toMatch(/^>/m);
  });

  it('quoted-printable: soft line breaks joined, UTF-8 bytes decoded', () => {
    const draft = draftFromEml(bytes('qp.eml'));
    expect(draft.body).toContain('in Rotterdam this month — congratulations. With two sites, keeping scanner counts in sync usually gets harder.');
    expect(draft.recipients).toEqual([{ name: 'Priya Natarajan', email: 'priya@harbor-tools.example' }]);
  });

  it('base64 body and a B-encoded subject', () => {
    const draft = draftFromEml(bytes('base64.eml'));
    expect(draft.subject).toBe('Onboarding – next step');
    expect(draft.body).toMatch(/^Hi Marco,\n\nthanks for the quick call today\./);
    expect(draft.body).toMatch(/What would it be worth to you to cut that to one week\?\n\nAnna$/);
  });

  it('HTML: tags stripped, entities decoded, paragraphs as lines, gmail_quote into quoted', () => {
    const draft = draftFromEml(bytes('html.eml'));
    expect(draft.body).toBe(
      "Hi Dana,\n\nYou're right, the CSV export has been failing since Tuesday’s update & I am sorry it cost your team a morning.\n" +
        "I found the cause: a date column we renamed. I'll ship the fix by Thursday at 3pm and email you when it is live.\n\nSam",
    );
    expect(draft.quoted).toMatch(/^On Mon, Nov 23, 2026 at 8:02 AM Dana Reyes <dana@northwind\.example> wrote:\n+Our export is broken again\./);
    expect(draft.body).not.toMatch(/ignored title|margin/);
  });

  it('Outlook HTML in windows-1252 quoted-printable: the reply header onward is quoted', () => {
    const draft = draftFromEml(bytes('outlook.eml'));
    expect(draft.body).toBe('Hi Chris,\n\nThanks for the note about the café rollout – that’s a big step for Kestrel.\n\nI’ll send the renewal options by Friday at noon.\n\nJo');
    expect(draft.quoted).toMatch(/^From: Chris Lang\nSent: Tuesday\nTo: Jo Weber\nSubject: Renewal\n+We are opening twelve cafés next year\./);
  });

  it('multipart/mixed with multipart/alternative: the text/plain part, not the HTML or the attachment', () => {
    const draft = draftFromEml(bytes('multipart.eml'));
    expect(draft.body).toMatch(/^Hi José,\n\nthe pilot numbers for Orchard are attached\./);
    expect(draft.body).not.toMatch(/HTML VERSION|ATTACHMENT/);
    expect(draft.recipients).toEqual([{ name: 'José Martínez', email: 'jose@orchard.example' }]);
  });

  it('ISO-8859-1 8bit body and raw Latin-1 header bytes', () => {
    const draft = draftFromEml(bytes('latin1.eml'));
    expect(draft.body).toMatch(/^Hi Renée,\n\nYour order of the café tables/);
    expect(draft.recipients).toEqual([{ name: 'Renée Dubois', email: 'renee@atelier.example' }]);
  });
});

describe('parseEml details', () => {
  it('handles CRLF line ends', () => {
    const raw = 'To: Dana <dana@x.example>\r\nSubject: Hi\r\n folded\r\n\r\nHi Dana,\r\n\r\nIt works.\r\n';
    expect(parseEml(ascii(raw))).toEqual({ to: 'Dana <dana@x.example>', subject: 'Hi folded', text: 'Hi Dana,\r\n\r\nIt works.\r\n' });
  });

  it('prefers text/plain, else takes text/html', () => {
    const raw = (types: string[]) =>
      `To: a@b.example\nContent-Type: multipart/alternative; boundary="b"\n\n${types.map((t) => `--b\nContent-Type: ${t}\n\nin ${t}\n`).join('')}--b--\n`;
    expect(parseEml(ascii(raw(['text/html', 'text/plain']))).text).toBe('in text/plain');
    expect(parseEml(ascii(raw(['text/html']))).text).toBe('in text/html');
  });

  it('unwraps format=flowed text', () => {
    const raw = 'To: a@b.example\nContent-Type: text/plain; charset=utf-8; format=flowed\n\nThis line goes \non here.\n\nNew paragraph.\n-- \nSig\n';
    expect(parseEml(ascii(raw)).text).toBe('This line goes on here.\n\nNew paragraph.\n-- \nSig\n');
  });

  it('falls back to windows-1252 for bytes that are not the UTF-8 they claim to be', () => {
    const raw = Uint8Array.from([...ascii('To: a@b.example\nContent-Type: text/plain; charset=utf-8\n\ncaf'), 0xe9, 0x0a]);
    expect(parseEml(raw).text).toBe('café\n');
  });

  it('rejects text that is not an email, and unknown charsets, with EmlError', () => {
    expect(() => parseEml(ascii('hello there\n\nbody'))).toThrow(EmlError);
    expect(() => parseEml(ascii('To: a@b.example\nContent-Type: text/plain; charset=x-klingon\n\nqapla'))).toThrow(/unsupported charset "x-klingon"/);
  });
});

describe('headers', () => {
  it('decodes RFC 2047 Q and B encoded-words, joining adjacent ones', () => {
    expect(decodeEncodedWords('=?utf-8?Q?Caf=C3=A9_au_lait?=')).toBe('Café au lait');
    expect(decodeEncodedWords('=?UTF-8?B?w5xiZXI=?= uns')).toBe('Über uns');
    expect(decodeEncodedWords('=?iso-8859-1?q?Ren=E9e?= =?utf-8?q?_Dubois?=')).toBe('Renée Dubois');
    expect(decodeEncodedWords('plain words')).toBe('plain words');
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
    expect(parseAddress('Dana Reyes')).toEqual({ name: 'Dana Reyes' });
    expect(parseAddress('dana@x.com')).toEqual({ email: 'dana@x.com' });
    expect(parseAddress('Dana Reyes <dana@x.com>')).toEqual({ name: 'Dana Reyes', email: 'dana@x.com' });
  });
});

describe('quoted-printable', () => {
  it('decodes escapes and soft breaks', () => {
    expect(new TextDecoder().decode(decodeQuotedPrintable('a=3Db =\nc=C3=A9 d=  \r\ne'))).toBe('a=b cé de');
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
  it('reads a part without headers as text/plain', () => {
    const raw = 'To: a@b.example\nContent-Type: multipart/mixed; boundary=z\n\npreamble\n--z\n\nHeaderless part.\n\nSecond paragraph.\n--z--\nepilogue\n';
    expect(parseEml(ascii(raw)).text).toBe('Headerless part.\n\nSecond paragraph.');
  });

  it('puts an Apple-style attribution before the blockquote it introduces', () => {
    const raw = 'To: a@b.example\nContent-Type: text/html\n\n<div>Done, see attached.</div><div><br><div>On 23 Nov 2026, at 09:12, Dana wrote:</div><blockquote type="cite"><div>Can you send it?</div></blockquote></div>';
    expect(draftFromEml(ascii(raw))).toEqual({ body: 'Done, see attached.', quoted: 'On 23 Nov 2026, at 09:12, Dana wrote:\n\nCan you send it?', recipients: [{ email: 'a@b.example' }] });
  });
});

// Issue 18: header, charset, base64 and address parsing in linear time, with the same results as before.
describe('eml parsing on long runs (issue 18)', () => {
  const N = 50_000;

  // The old parseAddress, the reference for the comment form ("dana@x.com (Dana)"), which is now a scan.
  const cleanName = (name: string) => {
    const unquoted = name.trim().replace(/^"(.*)"$/s, '$1').replace(/\\(.)/g, '$1').trim();
    return decodeEncodedWords(unquoted).replace(/\s+/g, ' ').trim() || undefined;
  };
  const recipient = (name: string | undefined, email: string | undefined) => {
    const n = name === undefined ? undefined : cleanName(name);
    return { ...(n ? { name: n } : {}), ...(email ? { email: email.trim() } : {}) };
  };
  function oldParseAddress(text: string) {
    const s = text.trim();
    const angle = /^(.*?)<([^<>]*)>\s*$/s.exec(s);
    if (angle) return recipient(angle[1], angle[2]);
    const comment = /^(\S+@\S+)\s*\((.*)\)\s*$/s.exec(s);
    if (comment) return recipient(comment[2], comment[1]);
    if (/^[^\s@"]+@[^\s@"]+$/.test(s)) return recipient(undefined, s);
    return recipient(s, undefined);
  }

  it('parseAddress reads "address (comment)" as the regex did', () => {
    const piece = fc.constantFrom(' ', '  ', '\n', '@', '@@', '(', ')', '((', '))', 'a', 'b.c', 'd@e', '"', '\\', '(Dana)', 'x', '<', '>');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
        const s = parts.join('');
        expect(parseAddress(s), JSON.stringify(s)).toEqual(oldParseAddress(s));
      }),
      { numRuns: 10_000 },
    );
    expect(parseAddress('dana@x.com (Dana Reyes)')).toEqual({ name: 'Dana Reyes', email: 'dana@x.com' });
    expect(parseAddress('dana@x.com(Dana)')).toEqual({ name: 'Dana', email: 'dana@x.com' });
  });

  it('parseAddress: runs of "@" and "(" with no comment after them', () => {
    expect(parseAddress(`a${'@'.repeat(N)}b x)`)).toEqual({ name: `a${'@'.repeat(N)}b x)` });
    expect(parseAddress(`a@b${'('.repeat(N)} x)`)).toEqual({ name: 'x', email: `a@b${'('.repeat(N - 1)}` });
    expect(parseAddress(`a@b${'('.repeat(N)})`)).toEqual({ email: `a@b${'('.repeat(N - 1)}` });
  });

  it('base64: trailing "=" go, a run of them inside is still an error', () => {
    expect(new TextDecoder().decode(decodeBase64(`QUJD${'='.repeat(N)}`))).toBe('ABC');
    expect(() => decodeBase64(`${'='.repeat(N)}QUJD`)).toThrow(EmlError);
  });

  it('an encoded-word charset loses its RFC 2231 language', () => {
    expect(decodeEncodedWords('=?utf-8*en?Q?Caf=C3=A9?=')).toBe('Café');
    expect(decodeEncodedWords(`=?utf-8${'*'.repeat(N)}?Q?Caf=C3=A9?=`)).toBe('Café');
  });

  it('header values lose the spaces around them; Content-Type names begin where a word does', () => {
    const raw = (head: string) => Uint8Array.from([...ascii(`${head}\n\ncaf`), 0xe9]);
    expect(parseEml(raw(`To: a@b.example\nSubject:\t  Hello  \nContent-Type: text/plain; charset="iso-8859-1"`))).toMatchObject({ subject: 'Hello', text: 'café' });
    expect(parseEml(raw(`To: a@b.example\nSubject:${' '.repeat(N)}Hello${' '.repeat(N)}x\nContent-Type: text/plain; ${'x'.repeat(N)}; charset=iso-8859-1`))).toMatchObject({
      subject: `Hello${' '.repeat(N)}x`,
      text: 'café',
    });
  });
});
