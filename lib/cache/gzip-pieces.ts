// A gzip body assembled per response from pieces compressed once. A page kept in the cache
// differs between answers only in its CSP nonce (stored-response.ts), so compressing the
// whole page for every answer — the largest cost of answering from memory — is not needed:
// DEFLATE streams can be joined. Each piece between two nonces is compressed on its own
// and ended with a sync flush, so it refers to nothing before it and ends on a byte
// boundary; each fresh nonce goes between them as a stored (uncompressed) block; an empty
// final block and the gzip trailer (CRC-32 and length of the whole, computed per answer)
// close the stream (RFC 1951 §3.2.4, RFC 1952).
import { promisify } from "node:util";
import { constants, crc32, deflateRaw, deflateRawSync } from "node:zlib";

const deflateRawOffLoop = promisify(deflateRaw);

// Magic, DEFLATE, no flags, no modification time, no extra flags, unknown OS.
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff]);
// A final block of fixed codes holding only the end-of-block code.
const FINAL_EMPTY_BLOCK = Buffer.from([0x03, 0x00]);
// A stored block holds at most 65,535 bytes.
const MAX_STORED = 0xffff;

const PIECE_OPTIONS = { level: 6, finishFlush: constants.Z_SYNC_FLUSH };

/** Each piece compressed alone, ready to be joined with uncompressed pieces between them. */
export function compressPieces(pieces: Buffer[]): Buffer[] {
  return pieces.map((piece) => deflateRawSync(piece, PIECE_OPTIONS));
}

/** As `compressPieces`, on libuv's threads rather than the event loop. */
export function compressPiecesOffLoop(pieces: Buffer[]): Promise<Buffer[]> {
  return Promise.all(pieces.map((piece) => deflateRawOffLoop(piece, PIECE_OPTIONS)));
}

/**
 * The gzip stream of `pieces` joined by `separator`, given the pieces compressed by
 * `compressPieces`. Only the separator's bytes and the checksum are computed here.
 */
export function joinCompressed(pieces: Buffer[], compressed: Buffer[], separator: Buffer): Buffer[] {
  if (separator.length > MAX_STORED) throw new RangeError("a separator must fit one stored block");
  const stored = storedBlock(separator);
  const out: Buffer[] = [GZIP_HEADER];
  let crc = 0;
  let length = 0;
  const add = (bytes: Buffer) => {
    // Node's crc32 answers 0 for some empty buffers rather than the running value.
    if (bytes.length > 0) crc = crc32(bytes, crc);
    length += bytes.length;
  };
  compressed.forEach((block, i) => {
    if (i > 0) {
      out.push(stored);
      add(separator);
    }
    out.push(block);
    add(pieces[i]!);
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(length >>> 0, 4);
  out.push(FINAL_EMPTY_BLOCK, trailer);
  return out;
}

/** A non-final stored block: its header bits, padding to the byte, then LEN and its complement. */
function storedBlock(bytes: Buffer): Buffer {
  const block = Buffer.alloc(5 + bytes.length);
  block[0] = 0x00;
  block.writeUInt16LE(bytes.length, 1);
  block.writeUInt16LE(~bytes.length & 0xffff, 3);
  bytes.copy(block, 5);
  return block;
}
