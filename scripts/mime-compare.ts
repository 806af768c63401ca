/**
 * One-off measurement (issue 18 §3): the hand-written MIME parser (src/cli/eml.ts)
 * against postal-mime with our thin layer (src/cli/eml-postal.ts), on the .eml
 * fixtures under tests/ and on corpus emails wrapped at run time in a dozen
 * MIME shapes (transfer encodings, charsets, nesting, encoded-word headers).
 * Prints agreement with the expected text, speed and size; never writes corpus text.
 *   npx tsx scripts/mime-compare.ts [N emails, default 3000]
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { parseEml as oldParse, parseAddressList as oldAddresses } from '../src/cli/eml';
import { parseEml as newParse } from '../src/cli/eml-postal';
import type { Recipient } from '../src/model/index';

const root = fileURLToPath(new URL('..', import.meta.url));
const N = Number(process.argv[2] ?? 3000);

interface Out { text: string; quoted?: string; subject?: string; recipients: Recipient[] }
const viaOld = async (b: Uint8Array): Promise<Out> => {
  const e = oldParse(b);
  return { text: e.text, ...(e.quoted ? { quoted: e.quoted } : {}), ...(e.subject !== undefined ? { subject: e.subject } : {}), recipients: e.to === undefined ? [] : oldAddresses(e.to) };
};
const viaNew = async (b: Uint8Array): Promise<Out> => newParse(b);
const PARSERS = { handwritten: viaOld, postal: viaNew } as const;

// ---------------------------------------------------------------- encoders (ours, for building test mail)
const enc = new TextEncoder();
const CP = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ';
function cp1252(s: string): Uint8Array {
  return Uint8Array.from([...s].map((c) => { const i = CP.indexOf(c); const n = c.codePointAt(0)!; return i >= 0 ? 0x80 + i : n < 256 ? n : 0x3f; }));
}
const bin = (b: Uint8Array) => String.fromCharCode(...b);
function qp(bytes: Uint8Array): string {
  const lines: string[] = [];
  for (const raw of bin(bytes).split('\n')) {
    let out = '';
    let len = 0;
    for (let i = 0; i < raw.length; i++) {
      const c = raw.charCodeAt(i);
      const last = i === raw.length - 1;
      let t = (c >= 33 && c <= 126 && c !== 61) || ((c === 32 || c === 9) && !last) ? raw[i]! : `=${c.toString(16).toUpperCase().padStart(2, '0')}`;
      if (len + t.length > 75) { out += '=\n'; len = 0; }
      out += t;
      len += t.length;
    }
    lines.push(out);
  }
  return lines.join('\n');
}
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64').replace(/.{76}/g, '$&\n');
const encodedWords = (s: string, kind: 'Q' | 'B') => {
  // split into chunks of <= 12 chars, one encoded-word each, folded
  const chunks = s.match(/[\s\S]{1,12}/gu) ?? [''];
  return chunks.map((c) => kind === 'B' ? `=?utf-8?B?${Buffer.from(c).toString('base64')}?=` : `=?utf-8?Q?${[...enc.encode(c)].map((b) => (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) ? String.fromCharCode(b) : b === 32 ? '_' : `=${b.toString(16).toUpperCase().padStart(2, '0')}`).join('')}?=`).join('\r\n ');
};
/** Q-encoded words of 7 bytes each, cutting UTF-8 characters apart (RFC 2047 says not to; mailers do). */
const splitWords = (s: string) => (bin(enc.encode(s)).match(/[\s\S]{1,7}/g) ?? ['']).map((c) => `=?UTF-8?Q?${[...c].map((ch) => { const b = ch.charCodeAt(0); return (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) ? ch : b === 32 ? '_' : `=${b.toString(16).toUpperCase().padStart(2, '0')}`; }).join('')}?=`).join('\n ');
const escHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** format=flowed: wrap at 66 with a trailing space, space-stuff lines starting with space, ">" or "From ". */
function flowed(text: string): string {
  return text.split('\n').map((line) => {
    const pieces: string[] = [];
    let rest = line;
    while (rest.length > 66) {
      const cut = rest.lastIndexOf(' ', 66);
      if (cut <= 0) break;
      pieces.push(rest.slice(0, cut + 1));
      rest = rest.slice(cut + 1);
    }
    pieces.push(rest);
    return pieces.map((p) => (/^(?: |>|From )/.test(p) ? ` ${p}` : p)).join('\n');
  }).join('\n');
}

// ---------------------------------------------------------------- the corpus, wrapped
interface Email { enron_user: string; subject: string; body: string }
const corpus = readFileSync(new URL('../../shared/corpus/aeslc-enron.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Email);
const picked = corpus.filter((_, i) => i % Math.max(1, Math.floor(corpus.length / N)) === 0).slice(0, N);

/** Lines without trailing blanks (flowed and QP cannot carry them both ways), no trailing blank lines. */
const clean = (s: string) => s.replace(/\r\n/g, '\n').split('\n').map((l) => l.replace(/[ \t]+$/, '')).join('\n').replace(/^\n+|\n+$/g, '');
/** Typographic punctuation, so that charsets matter (the corpus is ASCII). */
const typo = (s: string) => s.replace(/'/g, '’').replace(/ - /g, ' – ').replace(/"/g, '”');

function recipientsFor(user: string): { header: string; expected: Recipient[] } {
  const [last = 'x', first = 'x'] = user.split('-');
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  const email = `${user}@enron.example`;
  return { header: `"${cap(last)}, ${cap(first).toUpperCase()}" <${email}>, ops@enron.example`, expected: [{ name: `${cap(last)}, ${cap(first).toUpperCase()}`, email }, { email: 'ops@enron.example' }] };
}

interface Case { variant: string; bytes: Uint8Array; text: string; subject: string; recipients: Recipient[]; html?: boolean; loose?: boolean }
const PDF = b64(Uint8Array.from({ length: 300 }, (_, i) => (i * 37) & 0xff));

function cases(e: Email, other: Email): Case[] {
  const body = clean(e.body);
  const t = typo(body);
  const subject = e.subject.replace(/\s+/g, ' ').trim();
  const { header: to, expected: recipients } = recipientsFor(e.enron_user);
  const head = (extra: string, subj = subject) => `From: Someone <someone@enron.example>\nTo: ${to}\nSubject: ${subj}\nDate: Mon, 4 Dec 2000 10:00:00 -0600\nMIME-Version: 1.0\n${extra}`;
  const mk = (variant: string, raw: string | Uint8Array, text: string, extra: Partial<Case> = {}): Case => ({ variant, bytes: typeof raw === 'string' ? enc.encode(raw) : raw, text, subject, recipients, ...extra });
  const cat = (...parts: (string | Uint8Array)[]) => { const bs = parts.map((p) => (typeof p === 'string' ? enc.encode(p) : p)); const out = new Uint8Array(bs.reduce((n, b) => n + b.length, 0)); let at = 0; for (const b of bs) { out.set(b, at); at += b.length; } return out; };
  const html = `<html><head><style>p{margin:0}</style></head><body>${t.split(/\n{2,}/).map((p) => `<p>${p.split('\n').map(escHtml).join('<br>\n')}</p>`).join('\n')}</body></html>`;
  const fwd = `From: Other <other@enron.example>\nSubject: forwarded\n\n${clean(other.body)}\n`;
  const subjT = typo(subject);
  const lines = t.split('\n');
  const first = lines.slice(0, Math.ceil(lines.length / 2)).join('\n');
  const second = lines.slice(Math.ceil(lines.length / 2)).join('\n');
  return [
    mk('ascii, no MIME headers', `From: Someone <someone@enron.example>\nTo: ${to}\nSubject: ${subject}\n\n${body}\n`, body),
    mk('utf-8 8bit', head(`Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n${t}\n`), t),
    mk('utf-8 quoted-printable', head(`Content-Type: text/plain; charset="UTF-8"\nContent-Transfer-Encoding: quoted-printable\n\n${qp(enc.encode(t))}\n`), t),
    mk('utf-8 base64', head(`Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n${b64(enc.encode(t))}\n`), t),
    mk('windows-1252 quoted-printable', head(`Content-Type: text/plain; charset=windows-1252\nContent-Transfer-Encoding: quoted-printable\n\n${qp(cp1252(t))}\n`), t),
    mk('cp1252 bytes labelled iso-8859-1', cat(head('Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: 8bit\n\n'), cp1252(t), '\n'), t),
    mk('cp1252 bytes, no charset', cat(`From: Someone <someone@enron.example>\nTo: ${to}\nSubject: ${subject}\n\n`, cp1252(t), '\n'), t),
    mk('cp1252 bytes labelled utf-8', cat(head('Content-Type: text/plain; charset=utf-8\n\n'), cp1252(t), '\n'), t),
    mk('format=flowed', head(`Content-Type: text/plain; charset=utf-8; format=flowed\n\n${flowed(t)}\n`), t),
    mk('html only', head(`Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n${qp(enc.encode(html))}\n`), t, { html: true }),
    mk('mixed(alternative(plain, html), pdf, forwarded message)', head(`Content-Type: multipart/mixed; boundary="==outer=="\n\nThis is a multi-part message in MIME format.\n\n--==outer==\nContent-Type: multipart/alternative;\n boundary="alt-1"\n\n--alt-1\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n${qp(enc.encode(t))}\n--alt-1\nContent-Type: text/html; charset=utf-8\n\n${html}\n--alt-1--\n\n--==outer==\nContent-Type: application/pdf; name="q3.pdf"\nContent-Disposition: attachment; filename="q3.pdf"\nContent-Transfer-Encoding: base64\n\n${PDF}\n--==outer==\nContent-Type: message/rfc822\n\n${fwd}\n--==outer==--\n`), t),
    mk('mixed(related(alternative(plain, html), image)) 3 deep', head(`Content-Type: multipart/mixed; boundary=a\n\n--a\nContent-Type: multipart/related; boundary=b\n\n--b\nContent-Type: multipart/alternative; boundary=c\n\n--c\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n${b64(enc.encode(t))}\n--c\nContent-Type: text/html; charset=utf-8\n\n${html}\n--c--\n--b\nContent-Type: image/png\nContent-ID: <logo@x>\nContent-Transfer-Encoding: base64\n\n${PDF}\n--b--\n--a--\n`), t),
    mk('encoded-word subject (Q and B, folded)', head(`Content-Type: text/plain; charset=utf-8\n\n${t}\n`, `${encodedWords(subjT, 'Q')}`).replace(/\r\n /g, '\n '), t, { subject: subjT }),
    mk('encoded-word subject split inside a UTF-8 character', head(`Content-Type: text/plain; charset=utf-8\n\n${t}\n`, splitWords(subjT)), t, { subject: subjT }),
    mk('plain, inline image, plain (Apple Mail)', head(`Content-Type: multipart/mixed; boundary="Apple-Mail=_1"\n\n--Apple-Mail=_1\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n${qp(enc.encode(first))}\n--Apple-Mail=_1\nContent-Disposition: inline; filename=chart.png\nContent-Type: image/png; name="chart.png"\nContent-Transfer-Encoding: base64\n\n${PDF}\n--Apple-Mail=_1\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n${qp(enc.encode(second))}\n--Apple-Mail=_1--\n`), second ? `${first}\n${second}` : first, { loose: true }),
    mk('Outlook 2000: cp1252 bytes as us-ascii QP, odd-cased headers', head(`Content-Type: multipart/alternative;\n\tboundary="----=_NextPart_000_0012_01C0A1B2.3C4D5E60"\n\n------=_NextPart_000_0012_01C0A1B2.3C4D5E60\nContent-Type: Text/Plain;\n\tCharset="us-ascii"\nContent-Transfer-Encoding: Quoted-Printable\n\n${qp(cp1252(t))}\n------=_NextPart_000_0012_01C0A1B2.3C4D5E60\nContent-Type: text/html;\n\tcharset="us-ascii"\n\n${html}\n------=_NextPart_000_0012_01C0A1B2.3C4D5E60--\n`), t),
    mk('charset=unknown-8bit (RFC 1428), ASCII text', head(`Content-Type: text/plain; charset=unknown-8bit\n\n${body}\n`), body),
    mk('truncated: closing boundary missing', head(`Content-Type: multipart/alternative; boundary=zz\n\n--zz\nContent-Type: text/plain; charset=utf-8\n\n${t}\n`), t),
    mk('encoded-word subject B, CRLF message', head(`Content-Type: text/plain; charset=utf-8\n\n${t}\n`, encodedWords(subjT, 'B')).replace(/\r?\n/g, '\r\n'), t, { subject: subjT }),
  ];
}

// ---------------------------------------------------------------- compare
const norm = (s: string | undefined, html?: boolean, loose?: boolean) => { const c = loose ? clean(s ?? '').replace(/\n+/g, '\n') : clean(s ?? ''); return html ? c.replace(/[ \t]+/g, ' ').replace(/\n{2,}/g, '\n\n').split('\n').map((l) => l.trim()).join('\n') : c; };
interface Tally { ok: number; text: number; subject: number; recipients: number; threw: number; example?: string }
const tally: Record<string, Record<string, Tally>> = {};
const all: Case[] = [];
picked.forEach((e, i) => all.push(...cases(e, picked[(i + 1) % picked.length]!)));
for (const c of all) {
  for (const [name, parse] of Object.entries(PARSERS)) {
    const t = ((tally[c.variant] ??= {})[name] ??= { ok: 0, text: 0, subject: 0, recipients: 0, threw: 0 });
    try {
      const out = await parse(c.bytes);
      const textOk = norm(out.text, c.html, c.loose) === norm(c.text, c.html, c.loose);
      const subjectOk = (out.subject ?? '').replace(/\s+/g, ' ').trim() === c.subject;
      const recOk = JSON.stringify(out.recipients) === JSON.stringify(c.recipients);
      if (textOk && subjectOk && recOk) t.ok++;
      if (!textOk) t.text++;
      if (!subjectOk) t.subject++;
      if (!recOk) t.recipients++;
      if (!(textOk && subjectOk && recOk) && !t.example) {
        // where it differs, as character codes around the first difference (no corpus text is printed)
        const a = norm(out.text, c.html, c.loose), b = norm(c.text, c.html, c.loose);
        let k = 0;
        while (k < a.length && a[k] === b[k]) k++;
        t.example = !textOk ? `text differs at ${k}/${b.length}: got ${JSON.stringify([...a.slice(k, k + 6)].map((ch) => ch.codePointAt(0)!.toString(16)))} want ${JSON.stringify([...b.slice(k, k + 6)].map((ch) => ch.codePointAt(0)!.toString(16)))}` : !subjectOk ? `subject: got ${out.subject === undefined ? 'none' : `${out.subject.length} chars`} want ${c.subject.length}` : `recipients: ${JSON.stringify(out.recipients).length} vs ${JSON.stringify(c.recipients).length} chars`;
      }
    } catch (err) {
      t.threw++;
      t.example ??= `threw ${String(err)}`;
    }
  }
}
console.log(`correctness on ${picked.length} corpus emails x ${Object.keys(tally).length} shapes (${all.length} messages): all of text, subject and recipients as expected`);
for (const [variant, by] of Object.entries(tally)) {
  console.log(`  ${variant.padEnd(58)} ${Object.entries(by).map(([n, t]) => `${n} ${t.ok}/${picked.length}${t.ok < picked.length ? ` (text ${t.text}, subject ${t.subject}, to ${t.recipients}, threw ${t.threw}: ${t.example})` : ''}`).join('  |  ')}`);
}

// ---------------------------------------------------------------- fixtures
function emlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => { const p = join(dir, n); return statSync(p).isDirectory() ? (n === 'node_modules' ? [] : emlFiles(p)) : /\.eml$/i.test(n) ? [p] : []; });
}
const fixtures = emlFiles(join(root, 'tests')).map((p) => ({ name: p.slice(root.length), bytes: new Uint8Array(readFileSync(p)) }));
console.log(`\nfixtures (${fixtures.length} .eml under tests/): outputs compared field by field, line ends normalised`);
for (const f of fixtures) {
  const [a, b] = await Promise.all([viaOld(f.bytes), viaNew(f.bytes)]);
  const diffs = (['text', 'quoted', 'subject', 'recipients'] as const).filter((k) => JSON.stringify(k === 'recipients' ? a[k] : clean((a[k] as string | undefined) ?? '')) !== JSON.stringify(k === 'recipients' ? b[k] : clean((b[k] as string | undefined) ?? '')));
  console.log(`  ${f.name.padEnd(34)} ${diffs.length ? `differs: ${diffs.map((k) => `${k}: ${JSON.stringify(k === 'recipients' ? a[k] : clean((a[k] as string) ?? ''))} -> ${JSON.stringify(k === 'recipients' ? b[k] : clean((b[k] as string) ?? ''))}`).join('; ')}` : 'same'}`);
}

// ---------------------------------------------------------------- speed
async function speed(messages: Uint8Array[], parse: (b: Uint8Array) => Promise<unknown>, minMs: number): Promise<{ perSec: number; mbPerSec: number }> {
  let n = 0, bytes = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < minMs) {
    for (const m of messages) {
      try { await parse(m); } catch { /* counted: the error path is part of the work */ }
      n++;
      bytes += m.length;
    }
  }
  const s = (performance.now() - t0) / 1000;
  return { perSec: n / s, mbPerSec: bytes / s / 1e6 };
}
// The machine is shared: the two parsers take turns, 5 rounds of >= 2 s each, and each keeps its best round.
console.log('\nspeed (messages/s, sequential as the CLI parses; the parsers alternate, best of 5 rounds of >= 2 s)');
const sets: [string, Uint8Array[]][] = [
  ['fixtures', fixtures.map((f) => f.bytes)],
  ['corpus, all shapes', all.map((c) => c.bytes)],
  ['corpus, utf-8 8bit only', all.filter((c) => c.variant === 'utf-8 8bit').map((c) => c.bytes)],
  ['corpus, mixed(alternative, pdf, message)', all.filter((c) => c.variant.startsWith('mixed(alternative')).map((c) => c.bytes)],
];
for (const [label, msgs] of sets) {
  const best: Record<string, { perSec: number; mbPerSec: number }> = {};
  for (const [name, parse] of Object.entries(PARSERS)) await speed(msgs.slice(0, 300), parse, 0); // warm-up
  for (let r = 0; r < 5; r++) {
    for (const [name, parse] of Object.entries(PARSERS)) {
      const got = await speed(msgs, parse, 2000);
      if (!best[name] || got.perSec > best[name].perSec) best[name] = got;
    }
  }
  const [h, p] = [best.handwritten!, best.postal!];
  console.log(`  ${label.padEnd(42)} handwritten ${Math.round(h.perSec).toLocaleString('en-US')}/s (${h.mbPerSec.toFixed(1)} MB/s)  |  postal ${Math.round(p.perSec).toLocaleString('en-US')}/s (${p.mbPerSec.toFixed(1)} MB/s)  |  postal takes ${(h.perSec / p.perSec).toFixed(1)}x the time`);
}

// ---------------------------------------------------------------- size
async function bundled(entry: string): Promise<number> {
  const r = await build({ entryPoints: [join(root, entry)], bundle: true, minify: true, format: 'esm', platform: 'node', write: false, external: ['../model/index'] });
  return r.outputFiles[0]!.contents.length;
}
const lines = (p: string) => readFileSync(join(root, p), 'utf8').split('\n').length - 1;
console.log(`\nsize: src/cli/eml.ts ${lines('src/cli/eml.ts')} lines, bundled+minified with html.ts ${(await bundled('src/cli/eml.ts') / 1024).toFixed(1)} KB;`
  + ` src/cli/eml-postal.ts ${lines('src/cli/eml-postal.ts')} lines, bundled+minified with html.ts and postal-mime ${(await bundled('src/cli/eml-postal.ts') / 1024).toFixed(1)} KB`);
