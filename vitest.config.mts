import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/__tests__/**/*.test.ts', 'plugins/**/__tests__/**/*.test.ts', 'scripts/**/__tests__/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    testTimeout: 120000,
  },
});
