import { defineConfig } from 'vitest/config';

// Browser tests against the built site (npm run build first; npm test does it).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    // A page hydrates within a second on an idle machine; give slow, shared CI machines room.
    expect: { poll: { timeout: 15_000 } },
  },
});
