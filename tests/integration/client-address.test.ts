// A client talking to Parley directly cannot choose the address the per-address sign-in
// delay counts: requests go through the server's real edge (lib/cache/cached-handler.ts,
// as server.ts runs it) over HTTP from a loopback address of their own, rotating
// X-Forwarded-For on every try, and the sign-in behind it (as the sign-in action calls it)
// still counts every failure against the connection's address.
import { randomInt } from "node:crypto";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, BlockList } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/auth/client-address";
import { signInDelays } from "@/lib/auth/rate-limit";
import { signIn } from "@/lib/auth/sign-in";
import { cachedHandler } from "@/lib/cache/cached-handler";
import { parseEnv } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";

const servers: http.Server[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  await db.$disconnect();
});

const headersOf = (request: IncomingMessage) =>
  new Headers(Object.entries(request.headers).flatMap(([name, value]) => (value === undefined ? [] : [[name, String(value)] as [string, string]])));

/** A server whose every request is a failed sign-in on a fresh unknown account, answering with what signIn threw and the address counted. */
async function signInServer(trustedProxies: BlockList) {
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const ip = clientAddress(headersOf(request));
    try {
      await signIn({ email: `spray-${randomInt(1e9)}@example.org`, password: "a wrong password", ip });
      response.end(JSON.stringify({ ip, code: "signed-in" }));
    } catch (error) {
      response.end(JSON.stringify({ ip, code: isAppError(error) ? error.code : "error" }));
    }
  };
  const server: http.Server = http.createServer(
    cachedHandler({ handle, cache: null, signal: null, address: () => server.address() as AddressInfo, trustedProxies }),
  );
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

function post(port: number, from: string, forwardedFor: string): Promise<{ ip: string; code: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: "127.0.0.1", port, method: "POST", path: "/sign-in", localAddress: from, headers: { "x-forwarded-for": forwardedFor, "x-real-ip": forwardedFor } },
      (response) => {
        let body = "";
        response.on("data", (chunk) => (body += chunk));
        response.on("end", () => resolve(JSON.parse(body)));
      },
    );
    request.on("error", reject);
    request.end();
  });
}

const loopbackAddress = () => `127.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;

describe("the per-address sign-in delay, with X-Forwarded-For rotated on every request", () => {
  it("counts the connection's address when no proxy is trusted (the default)", async () => {
    const port = await signInServer(parseEnv({}).PARLEY_TRUSTED_PROXIES.blockList);
    const client = loopbackAddress();
    await db.loginAttempt.createMany({
      // Enough recent failures from this address that the next try must wait half a minute.
      data: Array.from({ length: signInDelays.address.free + 5 }, (_, i) => ({ email: `earlier-${i}-${randomInt(1e9)}@example.org`, ip: client })),
    });
    const answers = [];
    for (let i = 1; i <= 4; i++) answers.push(await post(port, client, `203.0.113.${i}`));
    expect(answers.map((a) => a.ip)).toEqual([client, client, client, client]);
    expect(answers.map((a) => a.code)).toEqual(["rate-limited", "rate-limited", "rate-limited", "rate-limited"]);
  });

  it("believes a trusted proxy's entry, and only that one", async () => {
    const proxy = loopbackAddress();
    const port = await signInServer(parseEnv({ PARLEY_TRUSTED_PROXIES: proxy }).PARLEY_TRUSTED_PROXIES.blockList);
    const client = `198.51.100.${randomInt(1, 255)}`;
    const answer = await post(port, proxy, `6.6.6.6, ${client}`);
    expect(answer.ip).toBe(client);
    // Another loopback address is not the proxy: what it says is not believed.
    const direct = loopbackAddress();
    expect((await post(port, direct, client)).ip).toBe(direct);
  });
});
