import { describe, expect, it, vi } from 'vitest';
import { openSettingsAt, type OpenSettingsEnv } from '../../src/options/open';
import { SETTINGS_SECTIONS, sectionOfHash } from '../../src/options/sections';

const OPTIONS = 'chrome-extension://abc/options.html';

/** An open page, as extension.getViews gives it: its address, and the events it is sent. */
function page(href: string) {
  const events: string[] = [];
  const url = new URL(href);
  const win = {
    location: {
      get href() {
        return url.href;
      },
      get hash() {
        return url.hash;
      },
      set hash(h: string) {
        url.hash = h;
      },
    },
    dispatchEvent: (e: Event) => (events.push(e.type), true),
  };
  return { win: win as unknown as Window, events };
}

function env(pages: Window[] = []) {
  return {
    optionsUrl: OPTIONS,
    openPages: () => pages,
    openOptionsPage: vi.fn(async () => undefined),
    createTab: vi.fn(async () => undefined),
  } satisfies OpenSettingsEnv;
}

describe('opening Settings at a section', () => {
  it('opens a new settings tab at the section when none is open', async () => {
    const e = env([page('chrome-extension://abc/welcome.html').win]);
    await openSettingsAt('rules', e);
    expect(e.createTab).toHaveBeenCalledWith(`${OPTIONS}#rules`);
    expect(e.openOptionsPage).not.toHaveBeenCalled();
  });

  it('sends an open settings tab to the section and brings it to the front', async () => {
    const open = page(`${OPTIONS}#roles`);
    const e = env([open.win]);
    await openSettingsAt('rules', e);
    expect(open.win.location.hash).toBe('#rules');
    expect(e.openOptionsPage).toHaveBeenCalled();
    expect(e.createTab).not.toHaveBeenCalled();
  });

  it('tells a tab already at that section to show it again (the same address fires no hashchange)', async () => {
    const open = page(`${OPTIONS}#rules`);
    await openSettingsAt('rules', env([open.win]));
    expect(open.events).toEqual(['hashchange']);
  });

  it('opens at the top without a section', async () => {
    const e = env();
    await openSettingsAt(undefined, e);
    expect(e.openOptionsPage).toHaveBeenCalled();
    expect(e.createTab).not.toHaveBeenCalled();
  });

  it('reads a section from the address', () => {
    expect(sectionOfHash('#rules')).toBe('rules');
    expect(sectionOfHash('#/accounts')).toBe('accounts');
    expect(sectionOfHash('')).toBeUndefined();
    expect(sectionOfHash('#nowhere')).toBeUndefined();
    expect(SETTINGS_SECTIONS).toContain('coaching');
  });
});
