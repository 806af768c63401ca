import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { Coach } from '../../src/background/coach';
import { ModelHost } from '../../src/background/model-host';
import { ComposeRegistry, type ComposeView } from '../../src/background/registry';
import { DEFAULT_SETTINGS } from '../../src/settings/settings';

const draft = { body: 'Hi Dana,\n\nI will send the revised pricing by Thursday.', recipients: [{ name: 'Dana Reyes' }] };

function coach() {
  return new Coach({
    host: new ModelHost(() => new Date('2026-11-23T09:00:00Z'), () => 'UTC'),
    settings: () => DEFAULT_SETTINGS,
    sendToTab: async () => undefined,
    openPanel: async () => ({ opened: true as const }),
    clock: () => 1000,
  });
}

const analyze = (c: Coach, tabId: number, composeId: string) => c.handle({ type: 'trust-coach/analyze', composeId, site: 'gmail', draft }, tabId) as ReturnType<Coach['analyze']>;

/** Values a damaged or older session could hold for one tab. */
const MALFORMED: [string, unknown][] = [
  ['an object, not a list', { composeId: 'gmail:a' }],
  ['a string', 'garbage'],
  ['a number', 42],
  ['a list of junk', [null, 7, 'x', { composeId: 3 }]],
  ['a view missing its lists', [{ tabId: 5, composeId: 'gmail:a', site: 'gmail', title: 'x', role: 'support', roleGuessed: true, report: {}, updated: 1, draftHash: 'h' }]],
  ['a view whose dismissed is not a list', [{ tabId: 5, composeId: 'gmail:a', dismissed: 'all', keys: [], excerpts: [], report: { hints: [] } }]],
];

describe('a malformed storage.session value for a tab', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each(MALFORMED)('(%s) does not break the tab: it starts over', async (_what, value) => {
    await fakeBrowser.storage.session.set({ 'composes:5': value });
    const c = coach();
    const res = await analyze(c, 5, 'gmail:a');
    expect(res.composeId).toBe('gmail:a');
    const stored = await storage.getItem<ComposeView[]>('session:composes:5');
    expect(stored!.map((v) => v.composeId)).toEqual(['gmail:a']);
    // Dismiss and a second analysis work too.
    await c.handle({ type: 'trust-coach/dismiss', tabId: 5, composeId: 'gmail:a', key: 'k' }, -1);
    await analyze(c, 5, 'gmail:a');
    expect((await c.registry.get(5, 'gmail:a'))?.dismissed).toEqual(['k']);
  });

  it('keeps the well-formed views of a tab beside damaged ones', async () => {
    const c = coach();
    await analyze(c, 6, 'gmail:good');
    const [good] = (await storage.getItem<ComposeView[]>('session:composes:6'))!;
    await fakeBrowser.storage.session.set({ 'composes:6': [good, { composeId: 'gmail:bad', dismissed: 5 }] });
    const fresh = new ComposeRegistry();
    expect((await fresh.list(6)).map((v) => v.composeId)).toEqual(['gmail:good']);
  });
});
