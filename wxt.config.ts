import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'State Security Lens',
    description:
      'Highlights agencies, companies, laws and people in news about state security threats, with sourced context cards. Nothing leaves your machine.',
    // contextMenus: "Save highlight" on selected text. Nothing else: the content script's
    // matches are its only host access, and the database lives in the extension's origin.
    permissions: ['contextMenus'],
  },
});
