/**
 * Where a JSON text first goes wrong. Browsers word JSON.parse errors
 * differently, and V8 leaves the position out of many ("Unexpected token
 * 'x', … is not valid JSON"); a manager fixing a file by hand needs the line
 * and column, so this small scanner finds it the same way everywhere.
 */

/** The offset of the first character that breaks the JSON grammar, or undefined when the text is valid JSON. */
export function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  /** Each parser returns true on success; on failure `i` is left at the offending character. */
  const literal = (word: string) => {
    for (const ch of word) {
      if (text[i] !== ch) return false;
      i++;
    }
    return true;
  };
  const string = (): boolean => {
    if (text[i] !== '"') return false;
    i++;
    while (i < text.length) {
      const ch = text[i]!;
      if (ch === '"') {
        i++;
        return true;
      }
      if (ch < ' ') return false;
      if (ch === '\\') {
        i++;
        const esc = text[i];
        if (esc === 'u') {
          for (let k = 1; k <= 4; k++) if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) return ((i += k), false);
          i += 5;
        } else if (esc !== undefined && '"\\/bfnrt'.includes(esc)) i++;
        else return false;
      } else i++;
    }
    return false;
  };
  const number = (): boolean => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m) return false;
    i += m[0].length;
    return true;
  };
  const value = (): boolean => {
    ws();
    const ch = text[i];
    if (ch === '{') return object();
    if (ch === '[') return array();
    if (ch === '"') return string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    return number();
  };
  const object = (): boolean => {
    i++;
    ws();
    if (text[i] === '}') return ((i += 1), true);
    for (;;) {
      ws();
      if (!string()) return false;
      ws();
      if (text[i] !== ':') return false;
      i++;
      if (!value()) return false;
      ws();
      if (text[i] === ',') i++;
      else if (text[i] === '}') return ((i += 1), true);
      else return false;
    }
  };
  const array = (): boolean => {
    i++;
    ws();
    if (text[i] === ']') return ((i += 1), true);
    for (;;) {
      if (!value()) return false;
      ws();
      if (text[i] === ',') i++;
      else if (text[i] === ']') return ((i += 1), true);
      else return false;
    }
  };
  if (!value()) return Math.min(i, text.length);
  ws();
  return i < text.length ? i : undefined;
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
