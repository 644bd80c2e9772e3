// Size limits and how to say them. Kept apart from decode.ts so that the CLI's main thread, which only hands
// out work, does not load the character-set tables.

/** The default size limit of one article, packed or unpacked (the CLI's --max-bytes). */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(n < 10 * 1024 ? 1 : 0)} KiB`;
  return `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MiB`;
}
