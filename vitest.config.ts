import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { bundledTermsPlugin } from './build/bundled-terms-plugin.ts';

export default defineConfig({
  plugins: [WxtVitest(), bundledTermsPlugin()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
  },
});
