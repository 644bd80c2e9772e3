/** `s` as a regular expression that matches it literally (safe in a `u` pattern too). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
