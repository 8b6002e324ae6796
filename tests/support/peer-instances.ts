// Parley instances that ask each other for renderings (PARLEY_PEERS), for tests: real
// servers on loopback, each with the server's edge and response cache as server.ts runs them
// (a long stale window, so that readers get the stale page at once and tests decide when to
// look for the fresh one), and a stand-in for Next.js that renders a page from `render()`
// and counts its renderings.
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { BlockList, type AddressInfo } from "node:net";
import { cachedHandler } from "@/lib/cache/cached-handler";
import { pageOwner, peerRenderings, type PeerRenderings } from "@/lib/cache/peer-renderings";
import { ResponseCache } from "@/lib/cache/response-cache";

export const PEER_SECRET = "a-secret-shared-by-every-instance-of-the-test";
/** The deployment's public host, the same on every instance (PARLEY_PUBLIC_ORIGIN in production). */
const HOST = "localhost";

export type PeerInstance = {
  url: string;
  cache: ResponseCache;
  peers: PeerRenderings;
  renderings: number;
  stop(): Promise<void>;
};

/** `count` instances that know each other, each rendering what `render()` gives when asked. */
export async function startPeerInstances(count: number, render: () => Promise<string> | string): Promise<PeerInstance[]> {
  const started = await Promise.all(
    Array.from({ length: count }, async () => {
      let handler: (request: IncomingMessage, response: ServerResponse) => void = () => undefined;
      const server = http.createServer((request, response) => handler(request, response));
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      return { server, url, setHandler: (next: typeof handler) => (handler = next) };
    }),
  );
  const addresses = started.map(({ url }) => url);
  return started.map(({ server, url, setHandler }) => {
    const peers = peerRenderings({ peers: addresses, self: url, secret: PEER_SECRET });
    const cache = new ResponseCache({ staleMs: 60_000, shared: peers });
    const instance: PeerInstance = {
      url,
      cache,
      peers,
      renderings: 0,
      stop: async () => {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
        await peers.close();
      },
    };
    const handle = async (_request: IncomingMessage, response: ServerResponse) => {
      instance.renderings += 1;
      response.setHeader("content-type", "text/html");
      response.end(await render());
    };
    const handler = cachedHandler({ handle, cache, signal: null, address: () => server.address() as AddressInfo, trustedProxies: new BlockList(), peers });
    setHandler((request, response) => void handler(request, response));
    return instance;
  });
}

/** The owner of the page at `path` among `instances`, and the others. */
export function ownerOf(path: string, instances: PeerInstance[]) {
  const ownerUrl = pageOwner(`http://${HOST} ${path}`, instances.map(({ url }) => url));
  return { owner: instances.find(({ url }) => url === ownerUrl)!, others: instances.filter(({ url }) => url !== ownerUrl) };
}

/** A reader's request for `path`, for the deployment's public host. */
export function readPage(instance: PeerInstance, path: string, headers: Record<string, string> = {}): Promise<{ text: string; type: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(new URL(path, instance.url), { headers: { host: HOST, ...headers } }, (answer) => {
        const chunks: Buffer[] = [];
        answer.on("data", (chunk: Buffer) => chunks.push(chunk));
        answer.on("end", () => resolve({ text: Buffer.concat(chunks).toString(), type: String(answer.headers["content-type"]) }));
      })
      .on("error", reject);
  });
}

/** Reads until the instance answers `text` (its stale answer first, while it takes the fresh one). */
export async function readUntil(instance: PeerInstance, path: string, text: string) {
  for (const started = Date.now(); Date.now() - started < 5_000; await new Promise((resolve) => setTimeout(resolve, 20))) {
    if ((await readPage(instance, path)).text === text) return;
  }
  throw new Error(`${instance.url} never answered "${text}" at ${path}`);
}
