import { defineConfig } from "vitest/config";

// Two projects: everything that needs no database runs in parallel first; suites that share the one
// Neo4j database (*.neo4j.test.ts) then run one file at a time against the server the global setup chose
// (and the Redis the queue suites use).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "tests/**/*.test.ts"],
          exclude: ["**/*.neo4j.test.ts", "**/node_modules/**"],
          // a guard against hangs, not a speed check: shared machines can be slow (the API fuzz test sends 1,000 requests)
          testTimeout: 30_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: "neo4j",
          include: ["src/**/*.neo4j.test.ts", "tests/**/*.neo4j.test.ts"],
          globalSetup: ["tests/neo4j/global-setup.ts", "tests/redis/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
