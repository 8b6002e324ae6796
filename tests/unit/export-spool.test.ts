// The spool an export is written into and downloads stream from (lib/export/spool.ts): a
// download gets the first bytes before the writing is over, follows the file as it grows,
// in blocks of bounded size; later downloads read it from the start; a failure cuts every
// download off; a spool nobody reads any more stops its writer.
import { describe, expect, it } from "vitest";
import { SPOOL_BLOCK_BYTES, Spool, SpoolAbandoned } from "@/lib/export/spool";

const decoder = new TextDecoder();
const text = (length: number, letter = "a") => letter.repeat(length);

async function readAll(stream: ReadableStream<Uint8Array>) {
  const chunks: Uint8Array[] = [];
  const reader = stream.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) chunks.push(read.value);
  return { chunks, text: chunks.map((c) => decoder.decode(c)).join("") };
}

describe("a spool", () => {
  it("gives a download its first bytes while the rest is still being written", async () => {
    const spool = await Spool.create();
    let ended = 0;
    const reader = spool.stream(() => (ended += 1)).getReader();
    await spool.write(text(SPOOL_BLOCK_BYTES + 10));
    const first = await reader.read();
    expect(first.done).toBe(false);
    expect(first.value!.length).toBe(SPOOL_BLOCK_BYTES);
    expect(spool.done).toBe(false);

    expect(decoder.decode((await reader.read()).value)).toBe(text(10));
    // A read that catches up with the writer waits for more, then for the end.
    const third = reader.read();
    await spool.write(text(5, "b"));
    await spool.end();
    expect(decoder.decode((await third).value)).toBe("bbbbb");
    expect((await reader.read()).done).toBe(true);
    expect(ended).toBe(1);
    await spool.retire();
  });

  it("streams to any number of downloads, each from the start and in blocks no larger than a block", async () => {
    const spool = await Spool.create();
    const early = readAll(spool.stream(() => undefined));
    for (let i = 0; i < 5; i += 1) await spool.write(text(SPOOL_BLOCK_BYTES / 2 + 7, String(i)));
    const late = readAll(spool.stream(() => undefined));
    await spool.end();
    const [a, b] = await Promise.all([early, late]);
    expect(a.text).toBe(b.text);
    expect(a.text.length).toBe(5 * (SPOOL_BLOCK_BYTES / 2 + 7));
    expect(spool.size).toBe(a.text.length);
    for (const chunk of [...a.chunks, ...b.chunks]) expect(chunk.length).toBeLessThanOrEqual(SPOOL_BLOCK_BYTES);
    expect(a.chunks.length).toBeGreaterThan(1);
    // Once done, a download still reads it whole.
    expect((await readAll(spool.stream(() => undefined))).text).toBe(a.text);
    await spool.retire();
  });

  it("cuts every download off when the writing fails, so a truncated file never passes for whole", async () => {
    const spool = await Spool.create();
    const download = readAll(spool.stream(() => undefined));
    await spool.write(text(10));
    await spool.fail(new Error("the database went away"));
    await expect(download).rejects.toThrow("the database went away");
    expect(spool.failed).toBe(true);
  });

  it("stops its writer once every download has ended and no other can join", async () => {
    const spool = await Spool.create();
    let ended = 0;
    const stream = spool.stream(() => (ended += 1));
    await spool.retire();
    await spool.write(text(10));
    await stream.cancel();
    expect(ended).toBe(1);
    const abandoned = await spool.write(text(10)).catch((error: unknown) => error);
    expect(abandoned).toBeInstanceOf(SpoolAbandoned);
    await spool.fail(abandoned as Error);
  });
});
