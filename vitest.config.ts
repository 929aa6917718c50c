import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Site builds in tests run Astro in a child process; give them room on a 2-core machine.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        // Browser tests share two fixture-site builds made once per run by the global setup.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
        },
      },
    ],
  },
});
