/** @type {import('next').NextConfig} */
const nextConfig = {
  // natural and pg are Node libraries with optional native/storage deps: load them from node_modules at run time
  serverExternalPackages: ["natural", "pg", "pg-copy-streams", "@prisma/adapter-pg"],
  poweredByHeader: false,
};

export default nextConfig;
