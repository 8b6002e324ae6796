import "server-only";
// A file written once and read by any number of downloads, each at its own pace. An export
// is written into a spool as fast as the database gives it — so the read transaction lasts
// as long as the reading, never as long as a slow client's download — while each download
// streams the spool from its start, following it as it grows. Memory stays flat: text is
// written out in blocks, and each download holds one block at a time.
//
// The file has no name: it is unlinked as soon as it is opened, so the disk space goes with
// the last open download (or the process), and no other process can read it.
import { randomBytes } from "node:crypto";
import { open, unlink, type FileHandle } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

/** Text is written to disk, and read back for a download, in blocks of this size. */
export const SPOOL_BLOCK_BYTES = 64 * 1024;

/** Thrown into the writer of a spool nobody reads any more and nobody can join: stop reading the database. */
export class SpoolAbandoned extends Error {
  constructor() {
    super("Every download of this export ended before it was written");
    this.name = "SpoolAbandoned";
  }
}

export class Spool {
  #size = 0;
  #pending: string[] = [];
  #pendingLength = 0;
  #done = false;
  #error: Error | null = null;
  #waiting: (() => void)[] = [];
  #readers = 0;
  #retired = false;
  #closed = false;

  /** When writing began: the moment the export shows the records at. */
  readonly startedAt = new Date();

  private constructor(private readonly handle: FileHandle) {}

  static async create(directory = tmpdir()): Promise<Spool> {
    const file = path.join(directory, `parley-export-${process.pid}-${randomBytes(8).toString("hex")}`);
    const handle = await open(file, "wx+", 0o600);
    await unlink(file);
    return new Spool(handle);
  }

  /** Bytes written so far (all of them once `done`). */
  get size() {
    return this.#size;
  }

  get done() {
    return this.#done;
  }

  get failed() {
    return this.#error !== null;
  }

  /** Appends text: gathered in memory up to a block, then written out. */
  async write(text: string) {
    if (this.#retired && this.#readers === 0) throw new SpoolAbandoned();
    this.#pending.push(text);
    this.#pendingLength += text.length;
    if (this.#pendingLength >= SPOOL_BLOCK_BYTES) await this.#flush();
  }

  /** The last text was written: downloads end when they reach the end. */
  async end() {
    await this.#flush();
    this.#done = true;
    this.#wake();
    await this.#closeIfUnused();
  }

  /** Writing failed: downloads end with the error, which breaks their connection (a truncated file must not pass for whole). */
  async fail(error: Error) {
    this.#error = error;
    this.#retired = true;
    this.#wake();
    await this.#closeIfUnused();
  }

  /** No download will start on this spool again (a newer one replaces it): it closes once its last reader is done. */
  async retire() {
    this.#retired = true;
    await this.#closeIfUnused();
  }

  /** A stream of the whole file from its start; `onEnd` is called once, when it ends, fails or is cancelled. */
  stream(onEnd: () => void): ReadableStream<Uint8Array> {
    this.#readers += 1;
    let position = 0;
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      this.#readers -= 1;
      void this.#closeIfUnused();
      onEnd();
    };
    return new ReadableStream<Uint8Array>(
      {
        pull: async (controller) => {
          try {
            for (;;) {
              if (position < this.#size) {
                const block = new Uint8Array(Math.min(SPOOL_BLOCK_BYTES, this.#size - position));
                const { bytesRead } = await this.handle.read(block, 0, block.length, position);
                position += bytesRead;
                controller.enqueue(bytesRead === block.length ? block : block.subarray(0, bytesRead));
                return;
              }
              if (this.#error) throw this.#error;
              if (this.#done) {
                controller.close();
                end();
                return;
              }
              await new Promise<void>((resolve) => this.#waiting.push(resolve));
            }
          } catch (error) {
            end();
            controller.error(error);
          }
        },
        cancel: end,
      },
      // One block at a time: nothing is read ahead of what the client takes.
      { highWaterMark: 0 },
    );
  }

  async #flush() {
    if (this.#pending.length === 0) return;
    const bytes = Buffer.from(this.#pending.join(""));
    this.#pending = [];
    this.#pendingLength = 0;
    let offset = 0;
    while (offset < bytes.length) {
      const { bytesWritten } = await this.handle.write(bytes, offset, bytes.length - offset, this.#size + offset);
      offset += bytesWritten;
    }
    this.#size += bytes.length;
    this.#wake();
  }

  #wake() {
    const waiting = this.#waiting;
    this.#waiting = [];
    for (const resolve of waiting) resolve();
  }

  async #closeIfUnused() {
    if (this.#closed || this.#readers > 0 || !this.#retired || !(this.#done || this.#error)) return;
    this.#closed = true;
    await this.handle.close();
  }
}
