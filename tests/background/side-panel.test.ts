import { afterEach, describe, expect, it, vi } from 'vitest';
import { openSidePanel, PANEL_REFUSED } from '../../src/background/side-panel';

type G = { chrome?: unknown; browser?: unknown };
const g = globalThis as unknown as G;
const saved = { chrome: g.chrome, browser: g.browser };
afterEach(() => {
  g.chrome = saved.chrome;
  g.browser = saved.browser;
  vi.restoreAllMocks();
});

/** Firefox's sidebar API as it behaves outside a user-input handler: open() is refused. */
function firefox(isOpen: boolean) {
  const sidebarAction = {
    open: vi.fn(() => Promise.reject(new Error('sidebarAction.open may only be called from a user input handler'))),
    toggle: vi.fn(),
    isOpen: vi.fn(async () => isOpen),
  };
  g.chrome = undefined;
  g.browser = { sidebarAction };
  return sidebarAction;
}

describe('openSidePanel', () => {
  it('Chrome: opens the side panel on the tab, asking before it returns', async () => {
    const open = vi.fn(async () => undefined);
    g.chrome = { sidePanel: { open, setPanelBehavior: vi.fn() } };
    const answer = openSidePanel(7, 2);
    expect(open).toHaveBeenCalledWith({ tabId: 7 }); // synchronously, inside the click
    expect(await answer).toEqual({ opened: true });
  });

  it('Firefox, sidebar closed: the refusal comes back as what the user should do, not swallowed', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const sidebar = firefox(false);
    const answer = openSidePanel(7, 2);
    expect(sidebar.open).toHaveBeenCalledOnce(); // synchronously, inside the click's message
    expect(await answer).toEqual({ opened: false, message: PANEL_REFUSED });
    expect(sidebar.isOpen).toHaveBeenCalledWith({ windowId: 2 });
    expect(PANEL_REFUSED).toMatch(/toolbar button/);
  });

  it('Firefox, sidebar already open in that window: the click counts (the panel shows the compose)', async () => {
    firefox(true);
    expect(await openSidePanel(7, 2)).toEqual({ opened: true });
  });

  it('a browser with neither API says so too', async () => {
    g.chrome = undefined;
    g.browser = {};
    expect(await openSidePanel(7)).toEqual({ opened: false, message: PANEL_REFUSED });
  });
});
