import { Neo4jError } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { InvalidExtractionError, StoreUnavailableError } from "../../store/errors.js";
import { isTransient } from "./transient-error.js";

describe("isTransient", () => {
  it("retries an unavailable store, a Neo4j transient error or deadlock, and network failures", () => {
    expect(isTransient(new StoreUnavailableError("store: Neo4j is unavailable"))).toBe(true);
    expect(isTransient(new Neo4jError("deadlock", "Neo.TransientError.Transaction.DeadlockDetected", "", ""))).toBe(
      true,
    );
    expect(isTransient(new Neo4jError("gone", "ServiceUnavailable", "", ""))).toBe(true);
    expect(isTransient(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isTransient(new Error("wrapped", { cause: new StoreUnavailableError("away") }))).toBe(true);
  });

  it("does not retry what would fail the same way again", () => {
    expect(isTransient(new InvalidExtractionError(0, [{ path: "article.id", message: "required" }]))).toBe(false);
    expect(isTransient(new Neo4jError("syntax", "Neo.ClientError.Statement.SyntaxError", "", ""))).toBe(false);
    expect(isTransient(new Error("something else"))).toBe(false);
    expect(isTransient("not an error")).toBe(false);
  });
});
