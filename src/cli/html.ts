/**
 * HTML mail to plain text, without a DOM: tags stripped, entities decoded,
 * block elements as line breaks. Quoted history (blockquotes, Gmail's
 * div.gmail_quote, and Outlook's reply header onward) is returned apart.
 */

export interface HtmlText {
  text: string;
  quoted?: string;
}

/** A piece of HTML: a tag (`name` set; `slash` "/" when it closes), a comment, CDATA, `<!…>`, `<?…>`, text, or a lone "<". */
export interface HtmlToken {
  token: string;
  slash: string;
  name: string;
  attrs: string;
}

const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
/** [\w:-] */
const isNameChar = (code: number) => isLetter(code) || (code >= 48 && code <= 57) || code === 95 || code === 58 || code === 45;
const isQuoteOrGt = (c: string | undefined) => c === '"' || c === "'" || c === '>';

/**
 * The tokens of HTML, exactly as this sticky regex cut them:
 *   /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![^>]*>|<\?[^>]*>|<(\/?)([a-zA-Z][\w:-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>|[^<]+|</y
 * A scan instead, in linear time: the regex looked for the end of a tag from every "<" anew, so many "<a"
 * or "<!" with no ">" after them (or an unclosed quote) took quadratic time. Here each search for a ">"
 * goes on from where the last one stopped, and where a quoted attribute value that opens at a given
 * quote leads (to the tag's ">", or nowhere) is found once.
 */
export function* htmlTokens(html: string): Generator<HtmlToken> {
  const n = html.length;
  // The last search for ">" from a "<!" or "<?" (they only move forward): none in [gtFrom, gtAt); gtFrom -1: none yet.
  let gtFrom = -1;
  let gtAt = -1;
  const nextGt = (from: number): number => {
    if (gtFrom < 0 || from < gtFrom || (gtAt !== -1 && from > gtAt)) {
      gtFrom = from;
      gtAt = html.indexOf('>', from);
    }
    return gtAt;
  };
  // The same for the first quote or ">" after a tag's name.
  let specialFrom = -1;
  let specialAt = -1;
  const scanSpecial = (from: number): number => {
    let i = from;
    while (i < n && !isQuoteOrGt(html[i])) i++;
    return i < n ? i : -1;
  };
  const nextSpecial = (from: number): number => {
    if (specialFrom < 0 || from < specialFrom || (specialAt !== -1 && from > specialAt)) {
      specialFrom = from;
      specialAt = scanSpecial(from);
    }
    return specialAt;
  };
  // For a quote that opens an attribute value: the ">" that ends the tag after it, or -1.
  const tagEndAfterQuote = new Map<number, number>();
  /** The ">" that ends a tag whose attributes start at `from`, or -1: quoted values may hold ">". */
  const tagEnd = (from: number): number => {
    const opened: number[] = [];
    let end = -1;
    for (let j = nextSpecial(from); j >= 0; ) {
      if (html[j] === '>') {
        end = j;
        break;
      }
      const known = tagEndAfterQuote.get(j);
      if (known !== undefined) {
        end = known;
        break;
      }
      opened.push(j);
      const close = html.indexOf(html[j]!, j + 1);
      if (close < 0) break;
      j = scanSpecial(close + 1);
    }
    for (const j of opened) tagEndAfterQuote.set(j, end);
    return end;
  };
  const other = (token: string): HtmlToken => ({ token, slash: '', name: '', attrs: '' });

  for (let p = 0; p < n; ) {
    if (html[p] !== '<') {
      const lt = html.indexOf('<', p);
      const end = lt < 0 ? n : lt;
      yield other(html.slice(p, end));
      p = end;
      continue;
    }
    let end = -1;
    let tag: HtmlToken | undefined;
    if (html.startsWith('<!--', p)) {
      const close = html.indexOf('-->', p + 4);
      end = close < 0 ? n : close + 3;
    } else if (html.startsWith('<![CDATA[', p)) {
      const close = html.indexOf(']]>', p + 9);
      end = close < 0 ? n : close + 3;
    } else if (html[p + 1] === '!' || html[p + 1] === '?') {
      const gt = nextGt(p + 2);
      if (gt >= 0) end = gt + 1;
    } else {
      const slash = html[p + 1] === '/' ? '/' : '';
      const nameStart = p + 1 + slash.length;
      if (nameStart < n && isLetter(html.charCodeAt(nameStart))) {
        let nameEnd = nameStart + 1;
        while (nameEnd < n && isNameChar(html.charCodeAt(nameEnd))) nameEnd++;
        const gt = tagEnd(nameEnd);
        if (gt >= 0) {
          end = gt + 1;
          tag = { token: html.slice(p, end), slash, name: html.slice(nameStart, nameEnd), attrs: html.slice(nameEnd, gt) };
        }
      }
    }
    if (end < 0) end = p + 1; // a "<" that starts nothing: text
    yield tag ?? other(html.slice(p, end));
    p = end;
  }
}

const SKIPPED = new Set(['script', 'style', 'head', 'title', 'template', 'noscript']);
const BLOCK = new Set([
  'p', 'div', 'blockquote', 'table', 'tr', 'ul', 'ol', 'li', 'pre', 'hr', 'section', 'article',
  'header', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'center', 'dl', 'dt', 'dd',
]);
/** Outlook starts the message being answered at these elements; all that follows is quoted. */
const OUTLOOK_REPLY_IDS = new Set(['appendonsend', 'divrplyfwdmsg']);
const VOID = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'col', 'area', 'base', 'wbr', 'source']);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”',
  bdquo: '„', laquo: '«', raquo: '»', bull: '•', middot: '·', copy: '©', reg: '®', trade: '™',
  euro: '€', pound: '£', yen: '¥', cent: '¢', sect: '§', para: '¶', deg: '°', times: '×',
  divide: '÷', plusmn: '±', shy: '', zwnj: '', zwj: '', iexcl: '¡', iquest: '¿',
  agrave: 'à', aacute: 'á', acirc: 'â', atilde: 'ã', auml: 'ä', aring: 'å', aelig: 'æ', ccedil: 'ç',
  egrave: 'è', eacute: 'é', ecirc: 'ê', euml: 'ë', igrave: 'ì', iacute: 'í', icirc: 'î', iuml: 'ï',
  ntilde: 'ñ', ograve: 'ò', oacute: 'ó', ocirc: 'ô', otilde: 'õ', ouml: 'ö', oslash: 'ø',
  ugrave: 'ù', uacute: 'ú', ucirc: 'û', uuml: 'ü', yacute: 'ý', yuml: 'ÿ', szlig: 'ß',
  Agrave: 'À', Aacute: 'Á', Acirc: 'Â', Auml: 'Ä', Aring: 'Å', Ccedil: 'Ç', Egrave: 'È', Eacute: 'É',
  Ecirc: 'Ê', Ntilde: 'Ñ', Oacute: 'Ó', Ouml: 'Ö', Oslash: 'Ø', Uacute: 'Ú', Uuml: 'Ü',
};

function codePoint(n: number): string {
  return Number.isInteger(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '\uFFFD';
}

export function decodeEntities(s: string): string {
  return s.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));?/g, (all, dec?: string, hex?: string, name?: string) => {
    if (dec) return codePoint(Number(dec));
    if (hex) return codePoint(parseInt(hex, 16));
    return NAMED_ENTITIES[name!] ?? NAMED_ENTITIES[name!.toLowerCase()] ?? all;
  });
}

function attr(attrs: string, name: string): string {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : '';
}

function startsQuoteElement(tag: string, attrs: string): boolean {
  if (tag === 'blockquote') return true;
  return tag === 'div' && /(?:^|\s)gmail_quote(?:\s|$)/.test(attr(attrs, 'class'));
}

function startsOutlookReply(attrs: string): boolean {
  return OUTLOOK_REPLY_IDS.has(attr(attrs, 'id').toLowerCase());
}

/** Walks the tokens, sending text to the body or the quoted buffer. */
class Walker {
  readonly body: string[] = [];
  readonly quoted: string[] = [];
  /** Open quote elements (blockquote / gmail_quote div) and how deep in their own tag we are. */
  private quote: { tag: string; depth: number } | undefined;
  private restQuoted = false;
  private skipping: string | undefined;

  private get out(): string[] {
    return this.restQuoted || this.quote ? this.quoted : this.body;
  }

  text(raw: string): void {
    if (!this.skipping) this.out.push(decodeEntities(raw).replace(/[ \t\r\n\f\u00a0]+/g, ' '));
  }

  open(tag: string, attrs: string, selfClosing: boolean): void {
    if (this.skipping) return;
    if (SKIPPED.has(tag) && !selfClosing) {
      this.skipping = tag;
      return;
    }
    if (startsOutlookReply(attrs)) this.restQuoted = true;
    if (this.quote?.tag === tag) this.quote.depth++;
    else if (!this.quote && !this.restQuoted && !VOID.has(tag) && !selfClosing && startsQuoteElement(tag, attrs)) {
      this.quote = { tag, depth: 1 };
    }
    this.breakFor(tag, true);
  }

  close(tag: string): void {
    if (this.skipping) {
      if (tag === this.skipping) this.skipping = undefined;
      return;
    }
    this.breakFor(tag, false);
    if (this.quote?.tag === tag && --this.quote.depth === 0) {
      this.quote = undefined;
      ensureBreak(this.body, 1);
    }
  }

  private breakFor(tag: string, opening: boolean): void {
    if (tag === 'br') this.out.push('\n');
    else if (tag === 'p') ensureBreak(this.out, 2);
    else if (tag === 'li') {
      ensureBreak(this.out, 1);
      if (opening) this.out.push('• ');
    } else if (tag === 'td' || tag === 'th') this.out.push(' ');
    else if (BLOCK.has(tag)) ensureBreak(this.out, 1);
  }
}

/** Newlines at the end of the output (spaces ignored); undefined while there is no text yet. */
function trailingNewlines(parts: readonly string[]): number | undefined {
  let count = 0;
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i]!;
    for (let j = part.length - 1; j >= 0; j--) {
      if (part[j] === '\n') count++;
      else if (part[j] !== ' ') return count;
    }
  }
  return undefined;
}

/** Block boundaries collapse: `</div><div>` is one line break, `</p><p>` one blank line. */
function ensureBreak(parts: string[], newlines: number): void {
  const have = trailingNewlines(parts);
  if (have !== undefined && have < newlines) parts.push('\n'.repeat(newlines - have));
}

function tidy(parts: readonly string[]): string {
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/ +/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function htmlToText(html: string): HtmlText {
  const walker = new Walker();
  for (const { token, slash, name, attrs } of htmlTokens(html)) {
    if (name) {
      const tag = name.toLowerCase();
      if (slash) walker.close(tag);
      else walker.open(tag, attrs, /\/\s*$/.test(attrs));
    } else if (!token.startsWith('<') || token === '<') {
      walker.text(token);
    }
  }
  const result: HtmlText = { text: tidy(walker.body) };
  const quoted = tidy(walker.quoted);
  if (quoted) result.quoted = quoted;
  return result;
}
