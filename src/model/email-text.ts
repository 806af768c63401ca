/**
 * Splits a plain-text email into the writer's own words, the quoted thread and
 * the signature, so only the writer's words are scored. Pure: no DOM, no Node.
 */
import { FROM_LABELS, isLocalAttribution } from './attribution';

export interface EmailParts {
  /** The writer's own words, trailing whitespace trimmed. */
  body: string;
  /** The thread being answered, from its first marker on, without `>` markers. */
  quoted?: string;
  /** What follows the RFC 3676 `-- ` delimiter in the writer's part. */
  signature?: string;
}

/** How many lines after a `From:` line the rest of an Outlook header block may sit. */
const HEADER_BLOCK_SPAN = 5;

const ATTRIBUTION = [/^\s*On\s.*\swrote:\s*$/, /^\s*Le\s.*\sa\s+écrit\s*:\s*$/, /^\s*-{2,} ?On\s.*\swrote ?-{2,}\s*$/, { test: isLocalAttribution }];
// The start of a header that may wrap onto the next line, in the languages attribution.ts reads.
const ATTRIBUTION_START = /^\s*(?:On|Le|Am|Em|El|Il giorno|Op|Den|W dniu|\d{4}年)\s?/;
const ORIGINAL_MESSAGE = /^\s*-{3,}\s*Original Message\s*-{3,}\s*$/i;
const FORWARDED = /^\s*(?:-{3,}\s*Forwarded message\s*-{3,}|Begin forwarded message:)\s*$/i;
const UNDERSCORES = /^\s*_{10,}\s*$/;
const QUOTE_MARKER = /^\s*>/;
const SIG_DELIMITER = /^-- ?$/;

const headerLine = (name: string) => new RegExp(`^\\s*\\*?(?:${name}) ?:`, 'i');
// Outlook's header block in the languages its users write in (Swedish "Från: … Skickat: … Till: … Ämne:", German "Von:
// … Gesendet: … An: … Betreff:", French "De : … Envoyé : … À : … Objet :", and Spanish, Italian, Dutch, Nordic, Polish).
const FROM = headerLine(`From|${FROM_LABELS}`);
const SENT_OR_DATE = headerLine('Sent|Date|Skickat|Gesendet|Envoyé|Enviado|Inviato|Verzonden|Sendt|Wysłano|Lähetetty|Datum|Fecha|Data');
const TO_OR_SUBJECT = headerLine('To|Subject|Till|An|À|Para|A|Aan|Til|Do|Vastaanottaja|Ämne|Betreff|Objet|Asunto|Oggetto|Onderwerp|Emne|Temat|Aihe');

function isAttribution(lines: readonly string[], i: number): boolean {
  const line = lines[i] ?? '';
  if (ATTRIBUTION.some((re) => re.test(line))) return true;
  // Long attributions wrap: "On Mon, 3 Mar 2025 at 10:14, Dana Reyes <\ndana@x.com> wrote:".
  const next = lines[i + 1];
  if (next === undefined || !ATTRIBUTION_START.test(line)) return false;
  const joined = `${line.trimEnd()} ${next.trim()}`;
  return ATTRIBUTION.some((re) => re.test(joined));
}

function isOutlookHeaderBlock(lines: readonly string[], i: number): boolean {
  if (!FROM.test(lines[i] ?? '')) return false;
  const nearby = lines.slice(i + 1, i + 1 + HEADER_BLOCK_SPAN);
  return nearby.some((l) => SENT_OR_DATE.test(l)) && nearby.some((l) => TO_OR_SUBJECT.test(l));
}

function isUnderscoreSeparator(lines: readonly string[], i: number): boolean {
  if (!UNDERSCORES.test(lines[i] ?? '')) return false;
  const next = lines.slice(i + 1).find((l) => l.trim() !== '');
  return next !== undefined && FROM.test(next);
}

function startsQuote(lines: readonly string[], i: number): boolean {
  const line = lines[i] ?? '';
  return (
    QUOTE_MARKER.test(line) ||
    ORIGINAL_MESSAGE.test(line) ||
    FORWARDED.test(line) ||
    isAttribution(lines, i) ||
    isOutlookHeaderBlock(lines, i) ||
    isUnderscoreSeparator(lines, i)
  );
}

/** Index of the first line of the quoted thread, or lines.length when there is none. */
export function quoteStartLine(lines: readonly string[]): number {
  for (let i = 0; i < lines.length; i++) if (startsQuote(lines, i)) return i;
  return lines.length;
}

function stripQuoteMarkers(line: string): string {
  return line.replace(/^\s*(?:>[ \t]?)+/, '');
}

const nonBlank = (s: string): string | undefined => (s.trim() === '' ? undefined : s);

export function splitEmailText(text: string): EmailParts {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const quoteAt = quoteStartLine(lines);
  const own = lines.slice(0, quoteAt);
  const sigAt = own.findIndex((l) => SIG_DELIMITER.test(l));

  const bodyLines = sigAt === -1 ? own : own.slice(0, sigAt);
  const parts: EmailParts = { body: bodyLines.join('\n').trimEnd() };
  const quoted = nonBlank(lines.slice(quoteAt).map(stripQuoteMarkers).join('\n').trim());
  if (quoted !== undefined) parts.quoted = quoted;
  const signature = sigAt === -1 ? undefined : nonBlank(own.slice(sigAt + 1).join('\n').trim());
  if (signature !== undefined) parts.signature = signature;
  return parts;
}
