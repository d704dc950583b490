import { describe, expect, it } from "vitest";
import { hasRole, parseRole, ROLES, type Role } from "./roles";

describe("the role ladder", () => {
  const expected: Record<Role, Role[]> = {
    viewer: ["viewer"],
    credit_officer: ["viewer", "credit_officer"],
    admin: ["viewer", "credit_officer", "admin"],
    owner: ["viewer", "credit_officer", "admin", "owner"],
  };

  it.each(ROLES)("%s reaches exactly the rungs at or below it", (role) => {
    expect(ROLES.filter((minimum) => hasRole(role, minimum))).toEqual(expected[role]);
  });

  it("parses only known roles", () => {
    expect(parseRole("credit_officer")).toBe("credit_officer");
    expect(parseRole("superuser")).toBeUndefined();
  });
});
