import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'web/src/**/*.test.ts', 'e2e/**/*.test.ts'],
    globalSetup: ['src/testing/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Deadlines are dates: the suite runs in UTC (and CI runs it once more in a far time zone).
    env: { TZ: process.env.TZ ?? 'UTC' },
  },
});
