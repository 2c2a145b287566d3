import { defineConfig } from "vitest/config";

// Browser journeys: a real server and a real Chromium, one file at a time.
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    // Pages load data after navigation: polled expectations wait for it (a loaded CI machine is slow).
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
