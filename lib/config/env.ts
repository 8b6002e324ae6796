// Parley's settings from the environment, checked once with one schema: server.ts reads
// them at start-up and stops with a readable message when one is wrong; everything else
// asks `env()`, which parses on first use and keeps the result. The README's
// "Configuration" table and docs/security.md describe each setting.
import { BlockList, isIP } from "node:net";
import { z } from "zod";

/** `host` (any port) or `host:port`, lower-cased; IPv6 addresses in brackets. */
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;

export function isBareHost(value: string): boolean {
  return value.length <= 260 && HOST.test(value);
}

const list = (value: string | undefined) =>
  (value ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);

const publicOrigin = z
  .string()
  .trim()
  .transform((value, context) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      context.addIssue({ code: "custom", message: `"${value}" is not an address; write it like https://parley.example.org` });
      return z.NEVER;
    }
    if ((url.protocol !== "https:" && url.protocol !== "http:") || url.username || url.password) {
      context.addIssue({ code: "custom", message: "use an http:// or https:// address without a user name" });
      return z.NEVER;
    }
    if ((url.pathname !== "/" && url.pathname !== "") || url.search || url.hash) {
      context.addIssue({ code: "custom", message: "give the origin only (scheme, host and port), without a path: Parley is served at the root" });
      return z.NEVER;
    }
    return { origin: url.origin, protocol: url.protocol.slice(0, -1) as "http" | "https", host: url.host };
  });

const allowedHosts = z.string().transform((value, context) => {
  const hosts = list(value).map((h) => h.toLowerCase());
  for (const host of hosts) {
    if (!isBareHost(host)) context.addIssue({ code: "custom", message: `"${host}" is not a host name or host:port` });
  }
  return hosts;
});

/** Addresses and CIDR ranges of the reverse proxies whose X-Forwarded-* headers Parley believes. */
const trustedProxies = z.string().transform((value, context) => {
  const proxies = new BlockList();
  const entries = list(value);
  for (const entry of entries) {
    const [address = "", bits, ...rest] = entry.split("/");
    const family = isIP(address);
    const prefix = bits === undefined ? (family === 6 ? 128 : 32) : Number(bits);
    if (!family || rest.length > 0 || !Number.isInteger(prefix) || prefix < 0 || prefix > (family === 6 ? 128 : 32)) {
      context.addIssue({
        code: "custom",
        message: `"${entry}" is not an IP address or CIDR range such as 10.0.0.0/8 (the setting lists the proxies' addresses; it no longer counts them)`,
      });
      continue;
    }
    proxies.addSubnet(address, prefix, family === 6 ? "ipv6" : "ipv4");
  }
  return { list: entries, blockList: proxies };
});

/** An instance's address as the others reach it: scheme, host and port, nothing else. */
const instanceAddress = (value: string, context: z.RefinementCtx): string => {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    // said below
  }
  if (!url || url.protocol !== "http:" || url.origin + "/" !== url.href.replace(/\/?$/, "/")) {
    context.addIssue({ code: "custom", message: `"${value}" is not an instance's address; write it like http://10.0.0.2:3000` });
    return value;
  }
  return url.origin;
};

const peerList = z
  .string()
  .transform((value, context) => list(value).map((entry) => instanceAddress(entry, context)))
  .refine((peers) => peers.length >= 2, "list every instance's address, this one's among them, separated by commas");

export const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  PARLEY_HOST: z.string().trim().min(1).default("0.0.0.0"),
  PARLEY_CACHE: z.enum(["on", "off"], { error: 'use "on" or "off"' }).default("on"),
  PARLEY_CACHE_MAX_MB: z.coerce.number().int().min(1).max(65_536).default(128),
  // At most 800 ms, so that with the change signal's delay every change still shows within 1 s.
  PARLEY_CACHE_STALE_MS: z.coerce
    .number({ error: "use a number of milliseconds from 0 (off) to 800" })
    .int("use a whole number of milliseconds")
    .min(0, "use 0 (off) or more")
    .max(800, "use at most 800: readers must see every change within a second")
    .default(0),
  // Instances that ask each other for the pages a save made stale (lib/cache/peer-renderings.ts).
  PARLEY_PEERS: peerList.optional(),
  PARLEY_PEER_SELF: z
    .string()
    .transform((value, context) => instanceAddress(value.trim(), context))
    .optional(),
  PARLEY_PEER_SECRET: z.string().min(32, "use at least 32 random characters, the same on every instance, e.g. from `openssl rand -base64 32`").optional(),
  PARLEY_DB_POOL_SIZE: z.coerce.number().int().min(1).max(1_000).default(10),
  PARLEY_SHUTDOWN_TIMEOUT_S: z.coerce.number().int().min(1).max(3_600).default(25),
  PARLEY_PUBLIC_ORIGIN: publicOrigin.optional(),
  PARLEY_ALLOWED_HOSTS: allowedHosts.default(["localhost", "127.0.0.1", "[::1]"]),
  PARLEY_TRUSTED_PROXIES: trustedProxies.default({ list: [], blockList: new BlockList() }),
  PARLEY_PASSWORD_PEPPER: z
    .string()
    .min(32, "use at least 32 random characters, e.g. from `openssl rand -base64 32`; keep it out of the database and its backups")
    .optional(),
}).superRefine((settings, context) => {
  const { PARLEY_PEERS: peers, PARLEY_PEER_SELF: self, PARLEY_PEER_SECRET: secret } = settings;
  if (!peers && !self && !secret) return;
  const missing = (["PARLEY_PEERS", "PARLEY_PEER_SELF", "PARLEY_PEER_SECRET"] as const).filter((name) => !settings[name]);
  for (const name of missing) context.addIssue({ code: "custom", path: [name], message: "set it too, or none of PARLEY_PEERS, PARLEY_PEER_SELF and PARLEY_PEER_SECRET" });
  if (peers && self && !peers.includes(self)) context.addIssue({ code: "custom", path: ["PARLEY_PEER_SELF"], message: `"${self}" is not among PARLEY_PEERS` });
});

export type Env = z.infer<typeof envSchema>;

/** Parses an environment; throws an Error naming every variable that is wrong and why. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  // An empty variable means "not set", as shells make it easy to leave one empty.
  const given = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value.trim() !== ""));
  const result = envSchema.safeParse(given);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new Error(`Parley's configuration is not valid:\n${lines.join("\n")}`);
}

let parsed: Env | undefined;

export function env(): Env {
  parsed ??= parseEnv();
  return parsed;
}
