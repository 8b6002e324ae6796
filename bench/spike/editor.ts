// The editor: saves a position through the balancer's API every `everyMs`, as an editor's
// script would (re-reading the version and saving again when a save fails), and measures
// how long each save takes to be what readers get through the balancer.
export type Save = {
  marker: string;
  positionId: string;
  /** Attempts until the API acknowledged the save (more than one when an instance died under it). */
  attempts: number;
  acknowledged: boolean;
  /** From the acknowledgement until every read through the balancer showed it (see lagUntilVisible); null if none did within 10 s. */
  lagMs: number | null;
};

// After the first read that shows a save, reads go on this long: nginx spreads them over
// the instances, and a stale one among them means the save was not yet visible to all.
const WATCH_MS = 2_000;
const POLL_MS = 20;
const GIVE_UP_MS = 10_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function editorSaves({
  base,
  token,
  positionIds,
  seconds,
  everyMs,
  tag,
}: {
  base: string;
  token: string;
  positionIds: string[];
  seconds: number;
  everyMs: number;
  tag: string;
}): Promise<Save[]> {
  const auth = { authorization: `Bearer ${token}` };
  const measurements: Array<Promise<Save>> = [];
  const started = Date.now();
  // No editor: the readers alone.
  if (everyMs <= 0) return [];
  for (let i = 0; Date.now() - started < seconds * 1000; i += 1) {
    const tick = started + i * everyMs;
    await sleep(Math.max(0, tick - Date.now()));
    if (Date.now() - started >= seconds * 1000) break;
    const positionId = positionIds[i % positionIds.length]!;
    const marker = `spike-${tag}-${i}`;
    measurements.push(saveAndWatch(base, auth, positionId, marker));
  }
  return Promise.all(measurements);
}

async function saveAndWatch(base: string, auth: Record<string, string>, positionId: string, marker: string): Promise<Save> {
  const api = `${base}/api/v1/positions/${positionId}`;
  let attempts = 0;
  let acknowledgedAt: number | null = null;
  while (attempts < 10 && acknowledgedAt === null) {
    attempts += 1;
    try {
      const current = (await (await fetch(api, { headers: auth })).json()) as { version: number; summary: string };
      if (current.summary.includes(`[${marker}]`)) {
        acknowledgedAt = Date.now(); // an earlier attempt was saved, its answer lost
        break;
      }
      const summary = `${current.summary.replace(/ \[spike-[^\]]+\]$/, "")} [${marker}]`;
      const saved = await fetch(api, {
        method: "PATCH",
        headers: { ...auth, "content-type": "application/json" },
        body: JSON.stringify({ version: current.version, summary }),
      });
      if (saved.ok) acknowledgedAt = Date.now();
      else await sleep(200);
    } catch {
      await sleep(200);
    }
  }
  if (acknowledgedAt === null) return { marker, positionId, attempts, acknowledged: false, lagMs: null };
  return { marker, positionId, attempts, acknowledged: true, lagMs: await lagUntilVisible(base, positionId, marker, acknowledgedAt) };
}

/**
 * Reads the position's page and API answer anonymously (as cached) through the balancer,
 * one after another, and returns how long after the acknowledgement the save was what
 * every read showed: the start of the first read after which no read was stale, watched
 * for WATCH_MS after the first fresh one. Null if no read showed it within GIVE_UP_MS.
 */
async function lagUntilVisible(base: string, positionId: string, marker: string, since: number): Promise<number | null> {
  const urls = [`${base}/positions/${positionId}`, `${base}/api/v1/positions/${positionId}`];
  let firstFresh: number | null = null;
  let visibleFrom: number | null = null;
  for (let read = 0; Date.now() - since < GIVE_UP_MS && (firstFresh === null || Date.now() - firstFresh < WATCH_MS); read += 1) {
    const at = Date.now();
    let fresh = false;
    try {
      fresh = (await (await fetch(urls[read % urls.length]!)).text()).includes(marker);
    } catch {
      fresh = false;
    }
    if (fresh) {
      firstFresh ??= at;
      visibleFrom ??= at;
    } else {
      visibleFrom = null;
    }
    await sleep(POLL_MS);
  }
  return visibleFrom === null ? null : Math.max(0, visibleFrom - since);
}
