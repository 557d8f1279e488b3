import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "actions/**/*.test.ts", "keeper/**/*.test.ts", "lit/**/*.test.ts", "sim/**/*.test.ts"],
    // Integration tests start chains and HTTP servers; two cores: keep the pool small.
    pool: "forks",
    maxWorkers: 2,
    // Integration cases start chains, Lit nodes and CLI processes; on a loaded 2-core machine they can
    // take tens of seconds. This is a hang guard, not a performance target (those live in `npm run bench`).
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
