export const ROLES = ["viewer", "credit_officer", "admin", "owner"] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { viewer: 0, credit_officer: 1, admin: 2, owner: 3 };

/** The ladder: each role can do everything the roles below it can. */
export function hasRole(actual: Role, minimum: Role): boolean {
  return RANK[actual] >= RANK[minimum];
}

export const ROLE_LABELS: Record<Role, string> = {
  owner: "Owner",
  admin: "Admin",
  credit_officer: "Credit officer",
  viewer: "Viewer",
};

export function parseRole(value: string): Role | undefined {
  return ROLES.find((role) => role === value);
}
