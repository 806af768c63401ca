import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  publicDir: 'assets',
  manifest: ({ browser }) => ({
    name: 'Trust Coach',
    description: "Coaches you, while you type, to write emails that earn a customer's trust. Runs entirely on your device.",
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 96: 'icon/96.png', 128: 'icon/128.png' },
    // alarms + notifications: reminders before a promise is due (the promises tracker).
    permissions: ['storage', 'alarms', 'notifications'],
    // The same four mail hosts the content script runs on: lets the panel see that a tab is a mail page
    // (to say "reload this tab" rather than "not supported"). Nothing else.
    host_permissions: ['https://mail.google.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'],
    action: { default_title: 'Trust Coach: open the coach' },
    // Chrome: the administrator's team playbook arrives through storage.managed, described by this schema.
    // Firefox: through enterprise policies, which name the add-on by this id (see src/playbook/README.md).
    // Trust Coach collects nothing, and says so in Firefox's built-in data consent (required of new add-ons on
    // addons.mozilla.org); Firefox reads that key from 140 (the current ESR) and older ones refuse it.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'trust-coach@trustcoach.app', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            // Firefox for Android reads the data consent key from 142 (web-ext lint warns of an older minimum).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { storage: { managed_schema: 'managed_schema.json' } }),
  }),
});
