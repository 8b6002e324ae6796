// Text that arrives as bytes — a JSON body, an archive to import — is UTF-8 or refused. A
// lenient decoder puts U+FFFD in place of each byte it cannot read, so a Latin-1 "é" would be
// saved as "�" without a word to whoever sent it.

/** The bytes as UTF-8 text (a byte order mark dropped), or null when they are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
