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

/**
 * Where each value of a valid JSON text is written: for an object's member,
 * the offset of its key (the line a person looks for: `"pattern": …`); for a
 * list's item, the offset of the item. Keyed by pathKey(path). Undefined for
 * text that isn't valid JSON.
 */
export function jsonPathOffsets(text: string): Map<string, number> | undefined {
  if (jsonErrorOffset(text) !== undefined) return undefined;
  const offsets = new Map<string, number>();
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const string = (): string => {
    const start = i;
    i++;
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: (string | number)[]): void => {
    ws();
    const ch = text[i];
    if (ch === '{') {
      i++;
      ws();
      while (text[i] !== '}') {
        ws();
        const at = i;
        const key = string();
        offsets.set(pathKey([...path, key]), at);
        ws();
        i++; // :
        value([...path, key]);
        ws();
        if (text[i] === ',') i++;
        ws();
      }
      i++;
    } else if (ch === '[') {
      i++;
      ws();
      let n = 0;
      while (text[i] !== ']') {
        ws();
        offsets.set(pathKey([...path, n]), i);
        value([...path, n++]);
        ws();
        if (text[i] === ',') i++;
        ws();
      }
      i++;
    } else if (ch === '"') string();
    else {
      const m = /^[^\s,\]}]+/.exec(text.slice(i, i + 64));
      i += m ? m[0].length : 1;
    }
  };
  offsets.set(pathKey([]), (ws(), i));
  value([]);
  return offsets;
}

/** The key jsonPathOffsets uses for a path. */
export const pathKey = (path: readonly PropertyKey[]): string => JSON.stringify(path.map((k) => (typeof k === 'number' ? k : String(k))));

/**
 * The 1-based line where the value at `path` is written, or its nearest
 * written parent's (a missing field is reported on the line of the object
 * that lacks it).
 */
export function lineOfPath(text: string, offsets: Map<string, number>, path: readonly PropertyKey[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const at = offsets.get(pathKey(path.slice(0, n)));
    if (at !== undefined) return lineColumn(text, at).line;
  }
  return undefined;
}
