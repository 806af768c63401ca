/**
 * Quote headers in the languages mail clients write them (Gmail, Apple Mail, Thunderbird, Outlook on the web), besides
 * the English "On … wrote:" that listening.ts and email-text.ts read themselves:
 *   "Am 02.06.2025 um 18:14 schrieb Jonas Becker <jonas@web.de>:"         (German; Dutch "schreef", Nordic "skrev")
 *   "Le mar. 3 juin 2025 à 10:22, Camille Roux <c@orange.fr> a écrit :"  (French; "escreveu", "ha scritto", "pisze"…)
 *   "El mar, 3 jun 2025 a las 10:22, Rosa Gil (<r@x.es>) escribió:"       (Spanish: the address in brackets)
 *   "2025年6月4日(水) 9:41 Kenji Morita <k@sakura.jp>:"                       (Japanese and Chinese: no verb)
 * A European customer's reply quotes the message in their own client's words; read as text, its older questions would
 * be taken for new asks and its writer for no one.
 */

/**
 * Outlook's "From:" as clients in other languages label it (Swedish "Från:", German "Von:", French "De :", Italian "Da:",
 * Dutch "Van:", Nordic "Fra:", Polish "Od:", Finnish "Lähettäjä:"): for the header block email-text.ts reads and the
 * asker listening.ts names.
 */
export const FROM_LABELS = 'Från|Von|De|Da|Van|Fra|Od|Lähettäjä';
const LOCAL_FROM = new RegExp(`^(?:${FROM_LABELS}) ?: ?[^\\n<>:]{1,100}<[^<>\\s@]{1,100}@[^<>\\s]{1,100}>\\s*$`);
/**
 * Is the line such a "From:" ("Från: Johan Lindqvist <johan@kaffe.se>")? Only with an address after the name, as such a
 * header line always has one and a line of text ("De: that is Spanish for from") does not.
 */
export function isLocalFrom(line: string): boolean {
  return LOCAL_FROM.test(line);
}

/** The verbs that end a header, after the writer's name. */
const VERB_AFTER = "a\\s?écrit|escribió|escreveu|ha scritto|napisał\\(a\\)|napisała|napisał|pisze|kirjoitti|írta|napsal\\(a\\)|napsal|yazdı|написал\\(а\\)|написала|написал|写道|schrieb|skrev|schreef";
/** The verbs that come before the writer's name ("… schrieb Jonas Becker <…>:"). */
const VERB_BEFORE = 'schrieb|skrev|schreef';

// Each reads at most a header's length (1,000 characters) and is anchored at both ends.
const ENDS_WITH_VERB = new RegExp(`^[^\\n<>]{6,300}?(?:<[^<>\\s]{3,200}>\\)?\\s?)?(?:${VERB_AFTER})\\s?[:：]\\s*$`, 'u');
const VERB_THEN_NAME = new RegExp(`^[^\\n<>]{6,300}?\\s(?:${VERB_BEFORE})\\s[^\\n<>]{0,200}<[^<>\\s]{3,200}>\\s?[:：]\\s*$`, 'u');
const DATE_THEN_ADDRESS = /^\s*\d{4}(?:年|\/|-)[^\n<>]{3,200}<[^<>\s]{3,200}>\s?[:：]\s*$/u;

const MAX_LINE = 1000;

/** Is the line a quote header written in another language than English? */
export function isLocalAttribution(line: string): boolean {
  // Every such header ends in a colon: most lines of a draft are ruled out before any pattern runs.
  if (line.length > MAX_LINE || !/[:：]\s*$/.test(line) || /^\s*On\s/.test(line)) return false;
  return ENDS_WITH_VERB.test(line) || VERB_THEN_NAME.test(line) || DATE_THEN_ADDRESS.test(line);
}

/** Where the text after the last match of `re` begins (0 when none). */
function after(text: string, re: RegExp): number {
  let at = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) at = m.index + m[0].length;
  return at;
}

const SEPARATORS = [new RegExp(`(?<!\\S)(?:${VERB_BEFORE})(?!\\S)`, 'gu'), /,\s/g, /\d{1,2}[:.]\d{2}(?:\s?(?:Uhr|h))?\s/g, /[)）]\s/g];
const TAIL = new RegExp(`(?<!\\S)(?:${VERB_AFTER})\\s?[:：]\\s*$`, 'u');

/**
 * The writer's name in such a header: the words before their address (or before the verb, when there is no address),
 * after the date, the time, a comma or a verb that comes first. Undefined when the header names only an address.
 */
export function localAuthor(line: string): string | undefined {
  if (!isLocalAttribution(line)) return undefined;
  const lt = line.indexOf('<');
  let head = lt >= 0 ? line.slice(0, lt) : line.replace(TAIL, '');
  // Without the bracket before a Spanish header's address, "Rosa Gil (<…>)".
  while (/[\s(（]$/u.test(head)) head = head.slice(0, -1);
  const name = head.slice(Math.max(...SEPARATORS.map((re) => after(head, re)))).trim();
  if (!name || !/^\p{L}/u.test(name) || /\d/.test(name) || name.split(/\s+/).length > 5) return undefined;
  return name;
}
