import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { KINDS } from '../../src/model/types';
import { blankPlaybook, playbookTemplates, SALES_PLAYBOOK, SUPPORT_PLAYBOOK } from '../../src/playbook/samples';
import { RULE_IDS, requiredPatterns, type Playbook } from '../../src/playbook/schema';
import { describePath, formatIssues, formatPath, issuePlace, MAX_PLAYBOOK_CHARS, parsePlaybook, validatePlaybook, type PlaybookIssue } from '../../src/playbook/validate';
import { expectSameAsOld } from '../same-as-old';

/** The errors for a value that must be refused. */
function errorsOf(value: unknown): PlaybookIssue[] {
  const result = typeof value === 'string' ? parsePlaybook(value) : validatePlaybook(value);
  if (result.ok) throw new Error('expected the playbook to be refused');
  return result.errors;
}

/** A copy of the sales sample with some fields changed (or removed with undefined). */
function sales(change: (p: Record<string, unknown>) => void): Record<string, unknown> {
  const p = structuredClone(SALES_PLAYBOOK) as unknown as Record<string, unknown>;
  change(p);
  return p;
}

describe('playbook validation: good playbooks', () => {
  it('accepts both samples and the blank template, unchanged', () => {
    for (const p of [SALES_PLAYBOOK, SUPPORT_PLAYBOOK, blankPlaybook()]) {
      const result = validatePlaybook(p);
      expect(result).toEqual({ ok: true, playbook: p });
    }
    expect(playbookTemplates().map((t) => t.id)).toEqual(['blank', 'sales', 'support']);
  });

  it('parses the samples from JSON text, with a byte-order mark and a $schema line', () => {
    const text = `\uFEFF${JSON.stringify({ $schema: 'playbook.schema.json', ...SUPPORT_PLAYBOOK }, null, 2)}`;
    const result = parsePlaybook(text);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.playbook.name).toBe('Support desk playbook');
  });

  it('holds what the issue asks of each sample', () => {
    const avoid = SALES_PLAYBOOK.phrases!.filter((p) => p.type === 'avoid').map((p) => p.pattern);
    expect(avoid).toEqual(['touch base', 'just checking in', 'circle back']);
    for (const p of SALES_PLAYBOOK.phrases!) expect(p.type === 'avoid' && p.message && p.replacement).toBeTruthy();
    expect(SALES_PLAYBOOK.coachNotes).toContainEqual({ kind: 'no-next-step', note: 'Remember: always offer a time for the next call.', author: 'Priya' });
    expect(SALES_PLAYBOOK.weights!.prospecting!.research).toBeGreaterThan(0.25);

    const required = SUPPORT_PLAYBOOK.phrases!.find((p) => p.type === 'require')!;
    expect(required.type === 'require' && requiredPatterns(required)).toEqual(['case #', 'case number', 'ticket #']);
    expect(required.roles).toEqual(['support']);
    expect(SUPPORT_PLAYBOOK.phrases!.some((p) => p.type === 'avoid' && p.pattern === 'per our policy' && p.severity === 'risk')).toBe(true);
    expect(SUPPORT_PLAYBOOK.rules!['policy-speak']).toEqual({ severity: 'risk', locked: true });
  });

  it('knows every rule id (a rule id is its hint kind)', () => {
    expect([...RULE_IDS].sort()).toEqual([...KINDS].sort());
    const allOff = Object.fromEntries(RULE_IDS.map((id) => [id, { enabled: false }]));
    expect(validatePlaybook({ ...blankPlaybook(), rules: allOff }).ok).toBe(true);
  });
});

describe('playbook validation: bad playbooks name the place and the reason', () => {
  it('refuses text that isn’t JSON, with the line and column', () => {
    const errors = errorsOf('{\n  "format": "trust-coach-playbook",\n  "name": "x"\n  "version": "1"\n}');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path).toBe('');
    expect(errors[0]!.message).toMatch(/^isn’t valid JSON: .+ at line 4, column 3$/);
    // The place, for the JSON view's caret: an offset into the text as given (a byte-order mark counts).
    const text = '{\n  "format": "trust-coach-playbook",\n  "name": "x"\n  "version": "1"\n}';
    expect(errors[0]!.at).toEqual({ offset: text.indexOf('"version"'), line: 4, column: 3 });
    expect(errorsOf(`\uFEFF${text}`)[0]!.at).toEqual({ offset: text.indexOf('"version"') + 1, line: 4, column: 3 });
    expect(errorsOf('')[0]).toEqual({ path: '', message: 'is empty: a playbook is a JSON object, starting with {' });
    expect(errorsOf('{"name": ')[0]!.message).toMatch(/^isn’t valid JSON/);
    expect(errorsOf('[1, 2]')[0]).toEqual({ path: '', message: 'must be a playbook: a JSON object starting with { (found a list)' });
  });

  it('refuses a file far too big to be a playbook without parsing it', () => {
    const errors = errorsOf(' '.repeat(MAX_PLAYBOOK_CHARS + 1));
    expect(errors).toEqual([{ path: '', message: expect.stringMatching(/^is too big for a playbook/) }]);
  });

  it('refuses another kind of file (wrong format)', () => {
    expect(errorsOf(sales((p) => (p.format = 'something-else')))).toEqual([
      { path: 'format', message: 'must be "trust-coach-playbook" (this file isn’t marked as a Trust Coach playbook)' },
    ]);
    expect(errorsOf(sales((p) => delete p.format))[0]!.path).toBe('format');
  });

  it('refuses schema version 2, saying which version this build reads', () => {
    expect(errorsOf(sales((p) => (p.schemaVersion = 2)))).toEqual([
      { path: 'schemaVersion', message: 'is 2, but this version of Trust Coach reads schema version 1. Update Trust Coach, or ask for a version 1 file' },
    ]);
  });

  it('names an unknown rule id, guesses the one meant and lists the valid ones', () => {
    const errors = errorsOf(sales((p) => (p.rules = { jargn: { enabled: false } })));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path).toBe('rules.jargn');
    expect(errors[0]!.message).toMatch(/^“jargn” isn’t a rule id\. Did you mean “jargon”\? Use one of: no-greeting-name, /);
    for (const id of RULE_IDS) expect(errors[0]!.message).toContain(id);
  });

  it('refuses a bad severity with the allowed values', () => {
    expect(errorsOf(sales((p) => (p.rules = { jargon: { severity: 'critical' } })))).toEqual([
      { path: 'rules.jargon.severity', message: 'must be one of info, warn, risk (found the text "critical")' },
    ]);
    expect(errorsOf(sales((p) => (p.rules = { 'no-next-step': { locked: 'yes' } })))).toEqual([
      { path: 'rules.no-next-step.locked', message: 'must be true or false (found the text "yes")' },
    ]);
  });

  it('refuses weights out of range, an unknown role and an all-zero role', () => {
    expect(errorsOf(sales((p) => (p.weights = { support: { research: 1.5 }, prospecting: { clarity: -0.1 } })))).toEqual([
      { path: 'weights.prospecting.clarity', message: 'must be between 0 and 1 (found the number -0.1)' },
      { path: 'weights.support.research', message: 'must be between 0 and 1 (found the number 1.5)' },
    ]);
    expect(errorsOf(sales((p) => (p.weights = { sales: { research: 0.5 } })))[0]).toEqual({
      path: 'weights.sales',
      message: '“sales” isn’t a role. Use one of: prospecting, support, account',
    });
    const zero = { personalization: 0, commitments: 0, research: 0, ownership: 0, humility: 0, clarity: 0 };
    expect(errorsOf(sales((p) => (p.weights = { account: zero })))).toEqual([{ path: 'weights.account', message: 'must give at least one dimension a weight above 0' }]);
  });

  it('refuses a phrase without a pattern, for both kinds', () => {
    const errors = errorsOf(
      sales((p) => {
        p.phrases = [
          { type: 'avoid', message: 'Say it plainly.', dimension: 'humility' },
          { type: 'require', message: 'Mention the case number.', dimension: 'commitments' },
        ];
      }),
    );
    expect(errors).toEqual([
      { path: 'phrases[0].pattern', message: 'is missing' },
      { path: 'phrases[1].pattern', message: 'is missing: give the words to look for as "pattern", or several as "anyOf"' },
    ]);
  });

  it('refuses regular expressions and wildcard-only patterns, but takes plain punctuation', () => {
    const phrase = (pattern: string) => ({ type: 'avoid', pattern, message: 'm', dimension: 'clarity' });
    const errors = errorsOf(sales((p) => (p.phrases = [phrase('(touch|circle) base'), phrase('* *'), phrase('e.g. case #?')])));
    expect(errors.map((e) => e.path)).toEqual(['phrases[0].pattern', 'phrases[1].pattern']);
    expect(errors[0]!.message).toMatch(/^must be plain words: “\(” “\)” “\|” aren’t allowed/);
    expect(errors[1]!.message).toMatch(/^must contain at least one word/);
  });

  it('refuses a coach note with an unknown kind or a note over 280 characters', () => {
    const errors = errorsOf(sales((p) => (p.coachNotes = [{ kind: 'no-nxt-step', note: 'Offer a time.' }, { kind: 'jargon', note: 'x'.repeat(281) }])));
    expect(errors.map((e) => e.path)).toEqual(['coachNotes[0].kind', 'coachNotes[1].note']);
    expect(errors[0]!.message).toMatch(/^“no-nxt-step” isn’t a hint kind\. Did you mean “no-next-step”\?/);
    expect(errors[1]!.message).toBe('is too long: at most 280 characters (found 281)');
  });

  it('names unknown fields, missing fields, wrong types and duplicate phrase ids', () => {
    const errors = errorsOf(
      sales((p) => {
        delete p.name;
        p.version = 3;
        p.colour = 'blue';
        p.defaultRole = 'sales';
        p.phrases = [
          { id: 'a', type: 'avoid', pattern: 'touch base', message: 'm', dimension: 'clarity', sevrity: 'risk' },
          { id: 'a', type: 'avoid', pattern: 'circle back', message: 'm', dimension: 'clarity' },
          { type: 'maybe', pattern: 'x' },
          'touch base',
          { type: 'avoid', pattern: 'x', message: '   ', dimension: 'clarity', roles: [] },
        ];
      }),
    );
    const byPath = Object.fromEntries(errors.map((e) => [e.path, e.message]));
    expect(byPath.name).toBe('is missing');
    expect(byPath.version).toBe('must be text in "quotes" (found the number 3)');
    expect(byPath.colour).toMatch(/^isn’t a playbook field\. Fields here: \$schema, format, schemaVersion, name, version/);
    expect(byPath.defaultRole).toBe('must be one of prospecting, support, account (found the text "sales")');
    expect(byPath['phrases[0].sevrity']).toMatch(/^isn’t a field here\. Did you mean “severity”\?/);
    expect(byPath['phrases[2].type']).toBe('must be one of avoid, require (found the text "maybe")');
    expect(byPath['phrases[3]']).toBe('must be an object: { … } (found the text "touch base")');
    expect(byPath['phrases[4].message']).toBe('must not be empty');
    expect(byPath['phrases[4].roles']).toBe('must list at least one role (or leave it out to apply to every role)');
    // Cross-field checks run once the fields themselves are fine.
    const dup = errorsOf(sales((p) => (p.phrases = [SALES_PLAYBOOK.phrases![0], SALES_PLAYBOOK.phrases![0]])));
    expect(dup).toEqual([{ path: 'phrases[1].id', message: 'is already used by phrase 1: each phrase id must be unique' }]);
  });

  it('gives every error a path and a reason, and formats them for the command line', () => {
    const errors = errorsOf({ format: 'x', schemaVersion: 2, rules: { nope: {} }, phrases: [{}], coachNotes: [{ kind: 'x' }] });
    expect(errors.length).toBeGreaterThan(5);
    for (const e of errors) {
      expect(typeof e.path).toBe('string');
      expect(e.message.length).toBeGreaterThan(5);
    }
    expect(formatIssues([{ path: '', message: 'is empty' }, { path: 'rules.jargon', message: 'is odd' }])).toBe('(the whole file): is empty\nrules › jargon: is odd');
  });

  it('says where an error is the way people count: items from 1, and the line in the file', () => {
    const bad = sales((p) => {
      p.schemaVersion = 2;
      p.rules = { jargon: { severity: 'loud' } };
      p.phrases = [{ type: 'avoid', pattern: 'touch base', message: 'x', dimension: 'clarity' }, { type: 'avoid', message: 'x', dimension: 'clarity', sevrity: 'warn' }];
    });
    const text = JSON.stringify(bad, null, 2);
    const lineOf = (needle: string, from = 0) => text.slice(0, text.indexOf(needle, from)).split('\n').length;
    const errors = errorsOf(text);
    const secondPhrase = text.indexOf('{', text.indexOf('"touch base"'));
    expect(errors).toEqual([
      { path: 'schemaVersion', message: expect.stringMatching(/^is 2, /), line: lineOf('"schemaVersion"') },
      { path: 'rules.jargon.severity', message: expect.stringMatching(/^must be one of info, warn, risk/), line: lineOf('"severity": "loud"') },
      // A missing field: the line of the phrase that lacks it.
      { path: 'phrases[1].pattern', message: expect.stringMatching(/^is missing/), line: lineOf('{', secondPhrase) },
      { path: 'phrases[1].sevrity', message: expect.stringMatching(/^isn’t a field here/), line: lineOf('"sevrity"') },
    ]);
    expect(formatIssues(errors).split('\n')).toEqual([
      expect.stringMatching(/^schemaVersion \(line 3\): is 2, /),
      expect.stringMatching(/^rules › jargon › severity \(line \d+\): must be one of/),
      expect.stringMatching(/^phrase 2 › pattern \(line \d+\): is missing/),
      expect.stringMatching(/^phrase 2 › sevrity \(line \d+\): isn’t a field here/),
    ]);
    expect(formatIssues(errors)).not.toMatch(/\[\d+\]/);
    // A one-line file has no lines worth naming; a parsed value (a managed policy) has none at all.
    expect(errorsOf(JSON.stringify(bad)).every((e) => e.line === undefined)).toBe(true);
    expect(errorsOf(bad).every((e) => e.line === undefined)).toBe(true);
  });

  it('names places in words, counting from 1', () => {
    expect(describePath('phrases[0].pattern')).toBe('phrase 1 › pattern');
    expect(describePath('phrases[2].anyOf[0]')).toBe('phrase 3 › anyOf word 1');
    expect(describePath('coachNotes[1].roles[0]')).toBe('coach note 2 › role 1');
    expect(describePath('rules.no-next-step.severity')).toBe('rules › no-next-step › severity');
    expect(describePath('weights["odd key"]')).toBe('weights › odd key');
    expect(issuePlace({ path: 'phrases[0]', line: 12 })).toBe('phrase 1 (line 12)');
    expect(issuePlace({ path: '' })).toBe('');
  });

  it('writes paths the way people read them', () => {
    expect(formatPath([])).toBe('');
    expect(formatPath(['phrases', 2, 'pattern'])).toBe('phrases[2].pattern');
    expect(formatPath(['rules', 'no-next-step', 'severity'])).toBe('rules.no-next-step.severity');
    expect(formatPath(['rules', 'odd key'])).toBe('rules["odd key"]');
  });

  it('never throws, whatever it is given', () => {
    for (const v of [null, undefined, 0, 'x', true, [], {}, { format: null }, { phrases: 'x' }, { rules: [] }, { weights: { support: null } }]) {
      const result = validatePlaybook(v as unknown);
      expect(result.ok).toBe(false);
    }
  });
});

describe('playbook types', () => {
  it('a playbook object type-checks against the samples', () => {
    const p: Playbook = { ...blankPlaybook(), phrases: [{ type: 'require', anyOf: ['case #'], message: 'm', dimension: 'commitments' }] };
    expect(validatePlaybook(p).ok).toBe(true);
  });
});

// Issue 18: the browser's JSON error message is cleaned by scans; the same reason as the old regex chain.
describe('the reason a file is not JSON', () => {
  const SOURCE = '{x';
  const oldReason = (raw: string) => {
    let reason = raw
      .replace(/\s*\(line \d+ column \d+\)/, '')
      .replace(/,\s*(?:\.\.\.)?".*is not valid JSON$/s, '')
      .replace(/\s*(?:in JSON )?at position \d+/, '')
      .replace(/^JSON\.parse: /, '')
      .replace(/\s*at line \d+ column \d+ of the JSON data$/, '')
      .trim();
    if (/unexpected end of (JSON|data)/i.test(reason)) reason = 'the file ends too early (is a closing } or ] missing?)';
    return reason.charAt(0).toLowerCase() + reason.slice(1);
  };
  // The engine's message, as if JSON.parse had thrown it for SOURCE.
  const reasonFor = (raw: string) => {
    const parse = JSON.parse;
    const spy = vi.spyOn(JSON, 'parse').mockImplementation((text: string, reviver?: Parameters<typeof JSON.parse>[1]) => {
      if (text === SOURCE) throw new SyntaxError(raw);
      return parse(text, reviver);
    });
    try {
      const r = parsePlaybook(SOURCE);
      if (r.ok) throw new Error('parsed');
      return r.errors[0]!.message.replace(/^isn’t valid JSON: /, '').replace(/ at line \d+, column \d+$/, '');
    } finally {
      spy.mockRestore();
    }
  };

  it('is what the old regex chain gave, for the messages of each engine and on random ones', () => {
    for (const raw of [
      "Expected ',' or '}' after property value in JSON at position 41 (line 3 column 5)",
      'Unexpected token } in JSON at position 41',
      'JSON.parse: unexpected character at line 1 column 2 of the JSON data',
      'Unexpected token \'x\', "{x" is not valid JSON',
      'JSON Parse error: Unexpected identifier "x"',
      'Unexpected end of JSON input',
    ]) {
      expect(reasonFor(raw), raw).toBe(oldReason(raw));
    }
    const piece = fc.constantFrom(' ', '  ', '\n', 'Unexpected token', 'in JSON ', 'at position 12', '(line 3 column 5)', ' at line 1 column 2 of the JSON data', 'JSON.parse: ', ', "x" is not valid JSON', 'x', '(', ')');
    expectSameAsOld(piece, reasonFor, oldReason, { minLength: 1, maxLength: 8, numRuns: 1000 });
  });

  it('long runs of spaces in the message', () => {
    const spaces = ' '.repeat(50_000);
    expect(reasonFor(`Bad${spaces}x${spaces}at position 3`)).toBe(`bad${spaces}x`);
    expect(reasonFor(`Bad${spaces}x${spaces}(line 1 column)`)).toBe(`bad${spaces}x${spaces}(line 1 column)`);
  });
});
