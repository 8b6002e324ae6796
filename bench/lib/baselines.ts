// The two baselines every Parley figure is read against, measured in the same run: a
// prerendered Next.js page of about the same size, and bare node:http sending its bytes.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { run, startServer, type Running } from "./processes";

/** `page` is the Parley page the baseline stands beside: its size and its words are copied. */
export async function startBaselines(page: string, outDir: string): Promise<{ prerendered: Running; bare: Running; bytes: number }> {
  const textFile = path.join(outDir, "baseline-text.txt");
  writeFileSync(textFile, visibleText(page));
  run("npx", ["next", "build", "bench/baseline"], {
    BASELINE_BYTES: String(Buffer.byteLength(page)),
    BASELINE_TEXT_FILE: textFile,
    NEXT_TELEMETRY_DISABLED: "1",
  });
  const prerendered = await startServer("npx", ["next", "start", "bench/baseline", "-p", "3401", "-H", "127.0.0.1"], "http://127.0.0.1:3401/");
  const body = Buffer.from(await (await fetch(prerendered.url)).arrayBuffer());
  const file = path.join(outDir, "baseline.html");
  writeFileSync(file, body);
  const bare = await startServer("node", ["bench/baseline/bare-server.mjs"], "http://127.0.0.1:3402/", { PORT: "3402", BARE_BODY_FILE: file });
  return { prerendered, bare, bytes: body.length };
}

function visibleText(html: string): string {
  const main = html.slice(html.indexOf("<main"), html.indexOf("</main>"));
  return main
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}
