import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  publicDir: 'assets',
  manifest: {
    name: 'Trust Coach',
    description: "Coaches you, while you type, to write emails that earn a customer's trust. Runs entirely on your device.",
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 96: 'icon/96.png', 128: 'icon/128.png' },
    permissions: ['storage'],
    action: { default_title: 'Trust Coach: open the coach' },
  },
});
