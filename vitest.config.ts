import { defineConfig } from "vitest/config";

// Unit, store (both dialects), API and CLI tests. Browser tests have their own config.
export default defineConfig({
  test: {
    include: [
      "src/**/*.test.ts",
      "test/store/**/*.test.ts",
      "test/bad-input/**/*.test.ts",
      "scripts/**/*.test.ts",
      // The web app's pure modules (router matching, formats, chart scales, fetch state).
      "web/src/**/*.test.ts",
    ],
    setupFiles: ["test/setup/fast-check-seed.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
