import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyLocks, interpretManaged, lockedRules, readManaged } from '../../src/playbook/managed';
import { blankPlaybook, SALES_PLAYBOOK, SUPPORT_PLAYBOOK } from '../../src/playbook/samples';
import { RULE_IDS } from '../../src/playbook/schema';
import {
  activePlaybook,
  deletePlaybook,
  importPlaybook,
  listPlaybooks,
  loadLibrary,
  loadPlaybookState,
  loadPlaybookStateSoon,
  normalizeLibrary,
  savePlaybook,
  setActive,
  watchPlaybooks,
  type PlaybookState,
} from '../../src/playbook/store';

async function saved(playbook: unknown, id?: string): Promise<string> {
  const result = await savePlaybook(playbook, id);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.id;
}

const managed = fakeBrowser.storage.managed;

describe('playbook store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts with no playbooks and none in use', async () => {
    expect(await listPlaybooks()).toEqual([]);
    expect(await activePlaybook()).toBeUndefined();
    expect((await loadPlaybookState()).locked).toEqual([]);
  });

  it('saves, replaces, picks and deletes playbooks', async () => {
    const sales = await saved(SALES_PLAYBOOK);
    const support = await saved(SUPPORT_PLAYBOOK);
    expect(sales).not.toBe(support);
    const list = await listPlaybooks();
    expect(list.map((p) => p.playbook.name)).toEqual(['Northwind sales playbook', 'Support desk playbook']);
    expect(Number.isNaN(Date.parse(list[0]!.importedAt))).toBe(false);

    await setActive(support);
    expect(await activePlaybook()).toEqual({ playbook: SUPPORT_PLAYBOOK, source: 'local', id: support });
    expect((await loadPlaybookState()).locked).toEqual(['policy-speak', 'no-prevention']);

    // Saving with an id replaces that playbook in place and keeps when it arrived.
    const renamed = { ...SUPPORT_PLAYBOOK, version: '1.3.0' };
    expect(await saved(renamed, support)).toBe(support);
    const after = await listPlaybooks();
    expect(after).toHaveLength(2);
    expect(after[1]).toEqual({ id: support, playbook: renamed, importedAt: list[1]!.importedAt });
    expect((await activePlaybook())?.playbook.version).toBe('1.3.0');

    // Deleting the one in use leaves "No playbook".
    await deletePlaybook(support);
    expect((await listPlaybooks()).map((p) => p.id)).toEqual([sales]);
    expect(await activePlaybook()).toBeUndefined();
    await setActive(sales);
    await setActive(undefined);
    expect((await loadLibrary()).activeId).toBeUndefined();
  });

  it('refuses an invalid playbook and leaves storage exactly as it was', async () => {
    const id = await saved(SALES_PLAYBOOK);
    await setActive(id);
    const before = await fakeBrowser.storage.local.get(null);
    const result = await savePlaybook({ ...SALES_PLAYBOOK, rules: { jargon: { severity: 'loud' } } }, id);
    expect(result).toEqual({ ok: false, errors: [{ path: 'rules.jargon.severity', message: 'must be one of info, warn, risk (found the text "loud")' }] });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    await expect(setActive('no-such-id')).rejects.toThrow(/No stored playbook/);
    expect((await loadLibrary()).activeId).toBe(id);
  });

  it('importing a bad file changes nothing: the active playbook stays', async () => {
    const id = await saved(SUPPORT_PLAYBOOK);
    await setActive(id);
    const before = await fakeBrowser.storage.local.get(null);
    for (const text of ['not json', JSON.stringify({ ...SALES_PLAYBOOK, schemaVersion: 2 }), '[]']) {
      const result = await importPlaybook(text);
      expect(result.ok).toBe(false);
      if (!result.ok) for (const e of result.errors) expect(typeof e.path).toBe('string');
    }
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    expect(await activePlaybook()).toEqual({ playbook: SUPPORT_PLAYBOOK, source: 'local', id });
  });

  it('importing a new edition of a playbook replaces the one with the same name and keeps it in use', async () => {
    const id = await saved(SALES_PLAYBOOK);
    await setActive(id);
    const next = { ...SALES_PLAYBOOK, name: 'northwind SALES playbook ', version: '2026.12' };
    const result = await importPlaybook(JSON.stringify(next));
    expect(result).toMatchObject({ ok: true, id, updatedFrom: { id, playbook: SALES_PLAYBOOK } });
    expect((await listPlaybooks()).map((p) => p.playbook.version)).toEqual(['2026.12']);
    expect((await activePlaybook())?.playbook.version).toBe('2026.12');

    const other = await importPlaybook(JSON.stringify(SUPPORT_PLAYBOOK));
    expect(other.ok).toBe(true);
    expect(other).not.toHaveProperty('updatedFrom');
    expect(await listPlaybooks()).toHaveLength(2);
  });

  it('keeps what is valid in a damaged stored value', async () => {
    await fakeBrowser.storage.local.set({
      playbooks: {
        playbooks: [
          { id: 'a', playbook: SALES_PLAYBOOK, importedAt: '2026-01-02T03:04:05.000Z' },
          { id: 'a', playbook: SUPPORT_PLAYBOOK, importedAt: 'x' },
          { id: 'b', playbook: { name: 'broken' } },
          { id: 'managed', playbook: SUPPORT_PLAYBOOK },
          { id: 'c', playbook: blankPlaybook(), importedAt: 'yesterday' },
          42,
        ],
        activeId: 'b',
      },
    });
    expect(await loadLibrary()).toEqual({
      playbooks: [
        { id: 'a', playbook: SALES_PLAYBOOK, importedAt: '2026-01-02T03:04:05.000Z' },
        { id: 'c', playbook: blankPlaybook(), importedAt: new Date(0).toISOString() },
      ],
    });
    expect(normalizeLibrary(null)).toEqual({ playbooks: [] });
    expect(normalizeLibrary('junk')).toEqual({ playbooks: [] });
  });
});

describe('managed playbook (administrator policy)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('wins over the user’s pick, and its locks and the policy’s locked rules apply', async () => {
    const mine = await saved(SALES_PLAYBOOK);
    await setActive(mine);
    await managed.set({ playbook: JSON.stringify(SUPPORT_PLAYBOOK), lockedRules: ['jargon', 'policy-speak'] });

    expect(await activePlaybook()).toEqual({ playbook: SUPPORT_PLAYBOOK, source: 'managed', id: 'managed' });
    const state = await loadPlaybookState();
    expect(state.locked).toEqual(['policy-speak', 'no-prevention', 'jargon']);
    expect(state.library.activeId).toBe(mine);
    expect(state.managed.problems).toEqual([]);
    expect(applyLocks(['jargon', 'hedging', 'no-prevention'], state.locked)).toEqual(['hedging']);
    // The administrator's playbook can't be overwritten through the store.
    expect(await savePlaybook(SALES_PLAYBOOK, 'managed')).toMatchObject({ ok: false });
  });

  it('does not hold the first draft for a policy that is slow to read, and hands the policy on when it comes', async () => {
    const mine = await saved(SALES_PLAYBOOK);
    await setActive(mine);
    // Chrome can take seconds to answer storage.managed after a cold start.
    let answer: (v: Record<string, unknown>) => void = () => undefined;
    const slow = { get: () => new Promise<Record<string, unknown>>((r) => { answer = r; }) };
    const late = vi.fn<(s: PlaybookState) => void>();
    const first = await loadPlaybookStateSoon(20, late, slow);
    expect(first.active).toEqual({ playbook: SALES_PLAYBOOK, source: 'local', id: mine });
    expect(late).not.toHaveBeenCalled();
    answer({ playbook: JSON.stringify(SUPPORT_PLAYBOOK) });
    await vi.waitFor(() => expect(late).toHaveBeenCalledTimes(1));
    expect(late.mock.calls[0]![0].active).toEqual({ playbook: SUPPORT_PLAYBOOK, source: 'managed', id: 'managed' });
    // A policy read in time is used at once, and nothing comes later.
    const quick = vi.fn<(s: PlaybookState) => void>();
    await managed.set({ playbook: JSON.stringify(SUPPORT_PLAYBOOK) });
    expect((await loadPlaybookStateSoon(1000, quick)).active?.source).toBe('managed');
    await new Promise((r) => setTimeout(r, 30));
    expect(quick).not.toHaveBeenCalled();
  });

  it('locks rules even when no playbook is in use', async () => {
    await managed.set({ lockedRules: ['no-next-step'] });
    const state = await loadPlaybookState();
    expect(state.active).toBeUndefined();
    expect(state.locked).toEqual(['no-next-step']);
  });

  it('ignores a bad managed playbook, keeps the reason for display, and falls back to the user’s pick', async () => {
    const mine = await saved(SALES_PLAYBOOK);
    await setActive(mine);
    await managed.set({ playbook: JSON.stringify({ ...SUPPORT_PLAYBOOK, rules: { 'policy-spek': { locked: true } } }), lockedRules: ['jargon', 'no-such-rule', 7] });

    const state = await loadPlaybookState();
    expect(state.active).toEqual({ playbook: SALES_PLAYBOOK, source: 'local', id: mine });
    expect(state.managed.playbook).toBeUndefined();
    expect(state.managed.lockedRules).toEqual(['jargon']);
    expect(state.managed.problems.map((p) => p.key)).toEqual(['playbook', 'lockedRules']);
    expect(state.managed.problems[0]!.message).toMatch(/can’t be used, so Trust Coach is ignoring it/);
    expect(state.managed.problems[0]!.errors[0]).toMatchObject({ path: 'rules.policy-spek', message: expect.stringContaining('Did you mean “policy-speak”?') });
    expect(state.managed.problems[1]!.errors.map((e) => e.path)).toEqual(['lockedRules[1]', 'lockedRules[2]']);
    expect(state.managed.problems[1]!.message).toBe('Some rules your administrator locked aren’t known to this version of Trust Coach, so those are ignored:');

    await managed.set({ playbook: 'not json' });
    const again = await loadPlaybookState();
    expect(again.managed.problems[0]!.errors[0]).toMatchObject({ path: '', message: expect.stringMatching(/^isn’t valid JSON/) });
  });

  it('reads a policy given as an object (Firefox policies.json) and treats a missing or unreadable area as no policy', async () => {
    expect(interpretManaged({ playbook: SALES_PLAYBOOK }).playbook).toEqual(SALES_PLAYBOOK);
    expect(interpretManaged({ playbook: 42 }).problems[0]!.errors).toEqual([{ path: '', message: 'must be the playbook as JSON text' }]);
    expect(interpretManaged({ lockedRules: 'jargon' }).problems[0]!.errors).toEqual([{ path: 'lockedRules', message: 'must be a list of rule ids, e.g. ["policy-speak"]' }]);
    // A wrong type isn't "rules this version doesn't know": the policy itself is malformed.
    for (const wrong of ['policy-speak', { 'policy-speak': true }, 3]) {
      const [problem] = interpretManaged({ lockedRules: wrong }).problems;
      expect(problem!.message).toBe('The list of locked rules your administrator set is malformed, so Trust Coach is ignoring it. Please pass these details on to your administrator:');
      expect(problem!.errors.map((e) => e.path)).toEqual(['lockedRules']);
    }
    const failing = { get: () => Promise.reject(new Error('Managed storage manifest not found')) };
    expect(await readManaged(failing)).toEqual({ lockedRules: [], problems: [] });
    expect(await readManaged(undefined)).toEqual({ lockedRules: [], problems: [] });
    expect(lockedRules(undefined, undefined)).toEqual([]);
    expect(lockedRules({ playbook: { ...blankPlaybook(), rules: Object.fromEntries(RULE_IDS.map((id) => [id, { locked: true }])) }, source: 'local', id: 'x' }, undefined)).toEqual([
      ...RULE_IDS,
    ]);
  });

  it('tells watchers at once about local changes and about a new policy', async () => {
    const seen: PlaybookState[] = [];
    const stop = watchPlaybooks((s) => seen.push(s));
    const id = await saved(SALES_PLAYBOOK);
    await setActive(id);
    await vi.waitFor(() => expect(seen.at(-1)?.active?.id).toBe(id));

    await managed.set({ playbook: JSON.stringify(SUPPORT_PLAYBOOK) });
    await vi.waitFor(() => expect(seen.at(-1)?.active?.source).toBe('managed'));

    stop();
    const count = seen.length;
    await setActive(undefined);
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toHaveLength(count);
  });
});

describe('a first playbook', () => {
  it('is put in use when none is; later ones wait to be picked', async () => {
    fakeBrowser.reset();
    const first = await importPlaybook(JSON.stringify(SALES_PLAYBOOK));
    expect(first).toMatchObject({ ok: true, activated: true });
    const second = await savePlaybook(SUPPORT_PLAYBOOK);
    expect(second.ok && second.activated).toBeFalsy();
    expect((await loadLibrary()).activeId).toBe(first.ok ? first.id : undefined);
  });
});
