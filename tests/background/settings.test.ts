import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, loadSettings, normalizeSettings, setRole, setRoleFor, setRuleEnabled, updateSettings, watchSettings, type Settings } from '../../src/settings/settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts with the role guessed everywhere and every rule on', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('remembers the role per site and can go back to guessing', async () => {
    await setRole('gmail', 'support');
    await setRole('outlook', 'prospecting');
    expect((await loadSettings()).roleBySite).toEqual({ gmail: 'support', outlook: 'prospecting' });
    await setRole('gmail', undefined);
    expect((await loadSettings()).roleBySite).toEqual({ outlook: 'prospecting' });
  });

  it("remembers the panel's pick for the recipient, and Auto forgets it", async () => {
    await setRole('gmail', 'prospecting');
    await setRoleFor('gmail', 'northwind.com', 'support');
    expect((await loadSettings()).roleByRecipient).toEqual({ 'northwind.com': 'support' });
    expect((await loadSettings()).roleBySite).toEqual({ gmail: 'prospecting' });
    await setRoleFor('gmail', 'northwind.com', undefined);
    const after = await loadSettings();
    expect(after.roleByRecipient).toBeUndefined();
    expect(after.roleBySite).toEqual({});
    // Without a recipient the pick is the site's, as before.
    await setRoleFor('outlook', undefined, 'account');
    expect((await loadSettings()).roleBySite).toEqual({ outlook: 'account' });
  });

  it('keeps only valid recipient roles from a damaged value', () => {
    expect(normalizeSettings({ roleBySite: {}, disabledRules: [], roleByRecipient: { 'a.com': 'support', 'b.com': 'sales', '': 'account', 'c.com': 7 } }).roleByRecipient).toEqual({ 'a.com': 'support' });
  });

  it('turns a rule off and back on, once', async () => {
    await setRuleEnabled('jargon', false);
    await setRuleEnabled('jargon', false);
    expect((await loadSettings()).disabledRules).toEqual(['jargon']);
    await setRuleEnabled('jargon', true);
    expect((await loadSettings()).disabledRules).toEqual([]);
  });

  it('keeps what is valid in a damaged stored value and drops the rest', async () => {
    await fakeBrowser.storage.local.set({ settings: { roleBySite: { gmail: 'sales', outlook: 'account', yahoo: 'support' }, disabledRules: ['jargon', 42, 'no-such-rule', 'jargon'] } });
    expect(await loadSettings()).toEqual({ roleBySite: { outlook: 'account' }, disabledRules: ['jargon'] });
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('junk')).toEqual(DEFAULT_SETTINGS);
  });

  it('tells watchers about changes', async () => {
    const seen: Settings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await setRuleEnabled('boasting', false);
    stop();
    expect(seen.at(-1)?.disabledRules).toEqual(['boasting']);
  });

  it('keeps every one of several changes made at once', async () => {
    await Promise.all([setRuleEnabled('jargon', false), setRole('gmail', 'support'), setRuleEnabled('boasting', false), setRole('outlook', 'prospecting')]);
    const s = await loadSettings();
    expect(s.roleBySite).toEqual({ gmail: 'support', outlook: 'prospecting' });
    expect([...s.disabledRules].sort()).toEqual(['boasting', 'jargon']);
  });

  it('runs N overlapping read-modify-writes one after another: all N land', async () => {
    const ids = ['jargon', 'boasting', 'hedging'];
    await Promise.all(ids.map((id) => updateSettings((s) => ({ ...s, disabledRules: [...s.disabledRules, id] }))));
    expect([...(await loadSettings()).disabledRules].sort()).toEqual([...ids].sort());
  });

  it('a failed change does not stop the ones after it', async () => {
    const failing = updateSettings(() => {
      throw new Error('boom');
    });
    const after = setRuleEnabled('jargon', false);
    await expect(failing).rejects.toThrow('boom');
    await after;
    expect((await loadSettings()).disabledRules).toEqual(['jargon']);
  });
});
