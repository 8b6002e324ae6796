// How many export downloads a Parley process serves at once (./export-downloads.ts), in a
// module of its own so the benchmark can read them without loading server-only code.
export const EXPORT_LIMITS = {
  /** Downloads of any export streaming at once, per process. */
  downloads: 8,
  /** Of those, from one client address. */
  perAddress: 2,
  /** Exports being read from the database at once, per process. */
  generations: 2,
  /** How long a refused client is asked to wait, in seconds: about one download of a large export. */
  retryAfterSeconds: 10,
};
