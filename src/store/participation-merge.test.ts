import { describe, expect, it } from "vitest";
import { ParticipantRole } from "../domain/extraction.js";
import { strongerRole } from "./participation-merge.js";

describe("strongerRole", () => {
  const roles = ParticipantRole.options;
  it("does not depend on the order it is given the roles in", () => {
    for (const a of roles) for (const b of roles) expect(strongerRole(a, b)).toBe(strongerRole(b, a));
  });
  it("prefers a specific role to a plain participant, and a host to a visitor", () => {
    expect(strongerRole("participant", "visitor")).toBe("visitor");
    expect(strongerRole("host", "participant")).toBe("host");
    expect(strongerRole("visitor", "host")).toBe("host");
    expect(strongerRole("participant", "participant")).toBe("participant");
  });
});
