import { defineConfig } from 'vitest/config';

// Real-browser tests: each file launches Chromium with the built extension. The machine has 2 cores, so files run
// one after another, and timeouts leave room for a cold browser start and a 200-posting page.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    // The Firefox test speaks WebDriver BiDi over WebSocket, global from Node 22 on and behind this flag in Node 20.
    execArgv: ['--experimental-websocket'],
  },
});
