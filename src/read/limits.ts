// Size limits and how to say them. Kept apart from decode.ts so that the CLI's main thread, which only hands
// out work, does not load the character-set tables.

/** The default size limit of one article, packed or unpacked (the CLI's --max-bytes). */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

/**
 * The most bytes one article may have: the longest string V8 holds (2^29 - 24 characters on 64-bit), since its
 * text has at most one character per byte. Beyond it, turning the bytes into text aborts the process (V8's
 * "Check failed: i::kMaxInt >= len", exit 133) rather than throwing, so every limit is clamped to it.
 */
export const MAX_ARTICLE_BYTES = 2 ** 29 - 24;

/** A size limit the runtime can honour. */
export function clampMaxBytes(maxBytes: number): number {
  return Math.min(maxBytes, MAX_ARTICLE_BYTES);
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} KiB`;
  return `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MiB`;
}
