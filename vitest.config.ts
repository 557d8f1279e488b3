import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "actions/**/*.test.ts", "keeper/**/*.test.ts", "lit/**/*.test.ts", "sim/**/*.test.ts"],
    // Integration tests start chains and HTTP servers; two cores: keep the pool small.
    pool: "forks",
    maxWorkers: 2,
    // Integration cases start chains, Lit nodes and CLI processes; with eight CPU-burning processes on
    // two cores a single case has taken minutes. These are hang guards only, set so that nothing but a
    // real hang reaches them: no verdict may depend on speed (performance targets live in `npm run bench`).
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
