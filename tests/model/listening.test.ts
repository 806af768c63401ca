import { describe, expect, it } from 'vitest';
import { extractIssue, extractQuotedPoints, topMessage } from '../../src/model/listening';

describe('listening to the quoted message', () => {
  it('reads the author from Gmail and Outlook quote headers', () => {
    expect(topMessage('On Sun, Nov 22, 2026 at 6:40 PM Dana Reyes <dana@northwind.com> wrote:\nHi').author).toBe('Dana');
    expect(topMessage('On Mon, 3 Mar 2025, Lee Park <lee@x.org> wrote:\nHi').author).toBe('Lee');
    expect(topMessage('From: Ana Ruiz <ana@x.org>\nSent: Monday, March 3, 2025 9:14 AM\nTo: Sam\nSubject: Order\n\nHello').author).toBe('Ana');
  });
  it('finds questions and requests, joining hard-wrapped lines', () => {
    const q = 'On Sun, Nov 22, 2026 at 6:40 PM Dana Reyes <dana@northwind.com> wrote:\nI was charged twice this month. Can you refund the extra\ncharge? And when will the sync bug be fixed?\n\nLet me know if you have any questions.\nThanks, Dana\n\n> On Fri, older message wrote:\n> Could you send the W-9?';
    const points = extractQuotedPoints(q);
    expect(points.map((p) => [p.kind, p.text])).toEqual([
      ['request', 'Can you refund the extra charge?'].map((x, i) => (i === 0 ? 'question' : x)),
      ['question', 'And when will the sync bug be fixed?'],
    ]);
    expect(points[0]!.author).toBe('Dana');
  });
  it('ignores courtesy lines and older nested history', () => {
    expect(extractQuotedPoints('Let me know if you have any questions.\nThanks!\n> Could you send the W-9?')).toEqual([]);
  });
  it('keeps a greeting or sign-off on its own line out of the customer’s sentences', () => {
    const q = 'On Mon, 30 Nov 2026, Dana Reyes <dana@northwind.com> wrote:\nHi Sam,\nplease refund the second charge\nfrom March.\nCould you also check my export\nDana';
    expect(extractQuotedPoints(q).map((p) => [p.kind, p.text])).toEqual([
      ['request', 'please refund the second charge from March.'],
      ['request', 'Could you also check my export'],
    ]);
  });
  it('reads a request after a greeting on the same line', () => {
    expect(extractQuotedPoints('Hi Sam, can you send the W-9 by Friday?').map((p) => p.text)).toEqual(['can you send the W-9 by Friday?']);
  });
  it('finds the problem after a greeting, and the other problems the message names', () => {
    const issue = extractIssue('Hi,\nI was billed twice for March.\nAlso, when will the sync bug in the app be fixed?\nThe export failed again.\nDana');
    expect(issue?.text).toBe('I was billed twice for March.');
    expect(issue?.others).toHaveLength(2);
    expect(extractIssue('Hi, I was billed twice for March.')?.text).toBe('I was billed twice for March.');
  });
});

describe('placeholders', () => {
  it('a merge field in the reply never answers a question (it has no words of its own)', async () => {
    const { analyze } = await import('../../src/model/index');
    const c = { role: 'support' as const, now: '2026-06-03T09:00:00Z', timeZone: 'UTC' };
    const quoted = 'Hi {{first_name}}, ?';
    const without = analyze({ body: '', quoted }, c);
    const withField = analyze({ body: '{{first_name}}', quoted }, c);
    expect(withField.score).toBeLessThanOrEqual(without.score);
  });
});
