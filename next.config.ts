import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // better-sqlite3 and pg are native/Node-only: load them from node_modules at run time.
  serverExternalPackages: ["better-sqlite3", "pg", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
