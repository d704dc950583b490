/** The public base URL for links in emails (NEXTAUTH_URL is already required by next-auth). */
export function appUrl(): string {
  return (process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
}
