import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // CLI tests spawn real processes; the shared 2-core machines are slow at times.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
