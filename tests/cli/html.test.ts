/**
 * The HTML tokenizer (src/cli/html.ts), a scan since issue 18: the same
 * tokens as the sticky regex it replaces, on random markup, and the text of
 * 50,000 unfinished tags (which took the regex quadratic time) by result.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { htmlTokens, htmlToText } from '../../src/cli/html';

const OLD_TOKEN = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![^>]*>|<\?[^>]*>|<(\/?)([a-zA-Z][\w:-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>|[^<]+|</y;

function oldTokens(html: string): string[][] {
  const re = new RegExp(OLD_TOKEN.source, 'gy');
  const out: string[][] = [];
  let m: RegExpExecArray | null;
  while (re.lastIndex < html.length && (m = re.exec(html))) out.push([m[0], m[1] ?? '', m[2] ?? '', m[3] ?? '']);
  return out;
}
const newTokens = (html: string) => [...htmlTokens(html)].map((t) => [t.token, t.slash, t.name, t.attrs]);

describe('htmlTokens', () => {
  it('cuts markup exactly as the regex it replaces', () => {
    const markup = fc.constantFrom('<', '>', '/', '!', '?', '-', '--', '<!--', '-->', '<![CDATA[', ']]>', ']', '"', "'", '=', ' ', '\n', 'a', 'div', 'p', 'x:y', '_', '9', 'class', 'é', '&amp;');
    // Mostly tags, some unfinished, with quoted values that hold ">" or never close.
    const tags = fc.constantFrom('<a', '<div', '</a', '<b ', ' ', 'x=', '"', "'", '>', 'y', '<', '/', '<!', '<?', '-->', '<!--', '\n');
    fc.assert(
      fc.property(fc.oneof(fc.array(markup, { maxLength: 24 }), fc.array(tags, { maxLength: 24 })), (parts) => {
        const html = parts.join('');
        expect(newTokens(html), JSON.stringify(html)).toEqual(oldTokens(html));
      }),
      { numRuns: 20_000 },
    );
  });

  it('ordinary markup', () => {
    expect(newTokens('<p class="a>b" id=\'x\'>Hi <b>Dana</b><br/><!-- c --></p>')).toEqual([
      ['<p class="a>b" id=\'x\'>', '', 'p', ' class="a>b" id=\'x\''],
      ['Hi ', '', '', ''],
      ['<b>', '', 'b', ''],
      ['Dana', '', '', ''],
      ['</b>', '/', 'b', ''],
      ['<br/>', '', 'br', '/'],
      ['<!-- c -->', '', '', ''],
      ['</p>', '/', 'p', ''],
    ]);
  });

  it('50,000 unfinished tags are text, read once', () => {
    const N = 50_000;
    for (const unit of ['<a', '<a"', "<a'", '<!', '<?', '</a', '<a "x" ']) {
      const html = unit.repeat(N);
      expect(htmlToText(html).text, unit).toBe(html.replace(/ +/g, ' ').trim());
    }
    // Then one ">" at the very end: the first "<a" opens a tag that runs to it; nothing else is text.
    expect(htmlToText(`${'<a '.repeat(N)}>x`).text).toBe('x');
    expect(htmlToText(`${'<!--'.repeat(N)}`).text).toBe('');
    expect(htmlToText(`${'<![CDATA['.repeat(N)}x`).text).toBe('');
  });
});
