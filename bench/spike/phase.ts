// One run of the spike: readers through the balancer for `seconds`, the editor saving
// meanwhile, and optionally one instance killed with SIGKILL halfway through.
import { editorSaves, type Save } from "./editor";
import type { Instance } from "./instances";
import { savesKept } from "./mix";
import { readWithWrk, type ReaderResult } from "./readers";

export type PhaseResult = { name: string; readers: ReaderResult; saves: Save[]; lost: string[]; killed: { port: number; atSecond: number } | null };

export type PhaseOptions = {
  name: string;
  /** The balancer's address. */
  base: string;
  databaseUrl: string;
  /** A write-scoped API token for the editor. */
  token: string;
  /** What the readers read, in turn. */
  paths: string[];
  /** The positions the editor saves, in turn. */
  editedPositions: string[];
  connections: number;
  seconds: number;
  everyMs: number;
  outDir: string;
  /** The instance to kill with SIGKILL halfway, if any. */
  kill?: Instance;
};

export async function runPhase(options: PhaseOptions): Promise<PhaseResult> {
  const { name, base, databaseUrl, token, paths, editedPositions, connections, seconds, everyMs, outDir, kill } = options;
  const readers = readWithWrk({ base, connections, seconds, paths, outDir });
  const tag = `${name.replace(/\W+/g, "").toLowerCase().slice(0, 12)}${Date.now().toString(36)}`;
  let killed: PhaseResult["killed"] = null;
  const killTimer = kill
    ? setTimeout(() => {
        kill.kill9();
        killed = { port: kill.port, atSecond: Math.round(seconds / 2) };
        console.log(`    killed the instance on port ${kill.port} (SIGKILL)`);
      }, (seconds * 1000) / 2)
    : null;
  const saves = await editorSaves({ base, token, positionIds: editedPositions, seconds, everyMs, tag });
  const readerResult = await readers;
  if (killTimer) clearTimeout(killTimer);
  const lost = await savesKept(databaseUrl, saves.filter((save) => save.acknowledged).map((save) => save.marker));
  return { name, readers: readerResult, saves, lost, killed };
}
