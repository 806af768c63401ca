import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { blankPlaybook, SALES_PLAYBOOK, SUPPORT_PLAYBOOK } from '../../src/playbook/samples';
import { deletePlaybook, importPlaybook, listPlaybooks, loadLibrary, loadPlaybookState, savePlaybook, setActive } from '../../src/playbook/store';
import { exportPlaybook } from '../../src/playbook/export';

async function local(key: string): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(key))[key];
}

async function setAside(): Promise<unknown[]> {
  const list = ((await local('unreadable')) ?? []) as { store: string; value: unknown }[];
  return list.filter((e) => e.store === 'playbooks').map((e) => e.value);
}

/** A playbook from a later version: a field this version does not know, so it fails validation here. */
const FROM_LATER = { id: 'later', playbook: { ...SUPPORT_PLAYBOOK, name: 'Support (new format)', futureField: { x: 1 } }, importedAt: '2026-01-02T03:04:05.000Z' };

beforeEach(() => fakeBrowser.reset());

describe('playbook storage never loses what it cannot read', () => {
  it('keeps every one of N playbooks saved at once', async () => {
    const names = Array.from({ length: 6 }, (_, i) => `Team ${i}`);
    const results = await Promise.all(names.map((name) => savePlaybook({ ...blankPlaybook(), name })));
    expect(results.every((r) => r.ok)).toBe(true);
    expect((await listPlaybooks()).map((p) => p.playbook.name).sort()).toEqual([...names].sort());
    // The first one saved is in use; only one was put in use.
    expect(results.filter((r) => r.ok && r.activated)).toHaveLength(1);
  });

  it('sets aside, not deletes, a stored playbook that fails validation', async () => {
    await fakeBrowser.storage.local.set({ playbooks: { playbooks: [FROM_LATER, { id: 'a', playbook: SALES_PLAYBOOK, importedAt: '2026-01-01T00:00:00.000Z' }], activeId: 'a' } });
    const saved = await savePlaybook(blankPlaybook());
    expect(saved.ok).toBe(true);
    expect((await listPlaybooks()).map((p) => p.id)).toContain('a');
    expect(await setAside()).toEqual([FROM_LATER]);
    expect((await loadLibrary()).activeId).toBe('a');
  });

  it('the playbook in use stays in use when it can’t be read: nothing else is put in use, and the state says why', async () => {
    await fakeBrowser.storage.local.set({ playbooks: { playbooks: [FROM_LATER], activeId: 'later' } });
    const imported = await importPlaybook(exportPlaybook(SALES_PLAYBOOK));
    expect(imported.ok && imported.activated).toBeFalsy();
    const saved = await savePlaybook(blankPlaybook());
    expect(saved.ok && saved.activated).toBeFalsy();
    const state = await loadPlaybookState(undefined);
    expect(state.active).toBeUndefined();
    expect(state.unreadableActive).toEqual({ id: 'later', name: 'Support (new format)' });
    expect(await setAside()).toEqual([FROM_LATER]);
    expect(((await local('playbooks')) as { activeId?: string }).activeId).toBe('later');
  });

  it('picking another playbook is the writer’s choice, and ends the wait', async () => {
    await fakeBrowser.storage.local.set({ playbooks: { playbooks: [FROM_LATER], activeId: 'later' } });
    const saved = await savePlaybook(blankPlaybook());
    if (!saved.ok) throw new Error('not saved');
    await setActive(saved.id);
    const state = await loadPlaybookState(undefined);
    expect(state.active?.id).toBe(saved.id);
    expect(state.unreadableActive).toBeUndefined();
    await deletePlaybook(saved.id);
    expect(await setAside()).toEqual([FROM_LATER]);
  });
});
