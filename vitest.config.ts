import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "actions/**/*.test.ts", "keeper/**/*.test.ts", "lit/**/*.test.ts", "sim/**/*.test.ts"],
    // Integration tests start chains and HTTP servers; two cores: keep the pool small.
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
