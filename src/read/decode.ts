// Bytes to text: gzip, binary files refused with a reason, byte-order marks, UTF-16 without a mark, strict UTF-8
// (which wins over a page's meta charset: scrapers save pages as UTF-8 and keep the old tag), the HTML meta
// charset, mostly-UTF-8 files with a few bad bytes, and legacy Vietnamese 8-bit text (windows-1258 or TCVN3, told
// apart by how plausible each reading is). TCVN3 or windows-1258 text that arrives as cp1252/Latin-1 mojibake is
// repaired (src/read/tcvn.ts). NFC always, so decomposed (NFD) input comes out composed.
import { isUtf8 } from 'node:buffer';
import { gunzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { clampMaxBytes, DEFAULT_MAX_BYTES, formatBytes, MAX_ARTICLE_BYTES } from './limits.js';
import { nfc } from './nfc.js';
import { decodeLegacy, guessLegacy, legacyScore, looksLegacy, repairLegacy } from './tcvn.js';

export { DEFAULT_MAX_BYTES, formatBytes };

export interface Decoded {
  text: string;
  /** How the bytes were read: "utf-8", "windows-1258", "tcvn3 (repaired from cp1252)" … */
  encoding: string;
}

export interface DecodeOptions {
  /** The most bytes a gzip file may unpack to (default DEFAULT_MAX_BYTES). */
  maxBytes?: number;
}

export class DecodeError extends Error {}


const MAGIC: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (or an Office document)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Office document'],
  [[0x7f, 0x45, 0x4c, 0x46], 'an executable'],
  [[0x52, 0x49, 0x46, 0x46], 'a RIFF media file'],
  [[0x42, 0x5a, 0x68], 'a bzip2 archive'],
  [[0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], 'an xz archive'],
  [[0x28, 0xb5, 0x2f, 0xfd], 'a zstd archive'],
  [[0x1a, 0x45, 0xdf, 0xa3], 'a WebM/Matroska video'],
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

/** Share of NUL bytes at even and odd positions in the first KiB: UTF-16 text has them on one side. */
function utf16Guess(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd / pairs > 0.3 && even / pairs < 0.05) return 'utf-16le';
  if (even / pairs > 0.3 && odd / pairs < 0.05) return 'utf-16be';
  return null;
}

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

/** Charset names pages use for TCVN3 that iconv-lite does not know by that name. */
const TCVN3_NAMES = new Set(['tcvn', 'tcvn3', 'tcvn-3', 'tcvn5712', 'tcvn-5712', 'x-viet-tcvn', 'x-viet-tcvn5712', 'vn3', 'abc']);
/** Single-byte Western charsets: pages in TCVN3 fonts often declared one of these. */
const WESTERN = new Set(['iso-8859-1', 'iso8859-1', 'latin1', 'l1', 'windows-1252', 'cp1252', 'us-ascii', 'ascii', 'x-cp1252']);

function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  const m = META_CHARSET.exec(head);
  if (!m) return null;
  const cs = m[1].toLowerCase();
  return TCVN3_NAMES.has(cs) || iconv.encodingExists(cs) ? cs : null;
}

const utf8 = new TextDecoder('utf-8');

function buf(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function gunzip(bytes: Uint8Array, maxBytes: number): Uint8Array {
  maxBytes = clampMaxBytes(maxBytes);
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) throw new DecodeError(`a gzip file that unpacks to more than ${formatBytes(maxBytes)} (the --max-bytes limit)`);
    throw new DecodeError('a damaged gzip file');
  }
}

export function decode(input: Uint8Array, opts: DecodeOptions = {}): Decoded {
  let bytes = input;
  if (startsWith(bytes, [0x1f, 0x8b])) bytes = gunzip(bytes, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  if (bytes.length > MAX_ARTICLE_BYTES) throw new DecodeError(`too large: ${formatBytes(bytes.length)} is more text than one article can hold (${formatBytes(MAX_ARTICLE_BYTES)})`);
  for (const [sig, what] of MAGIC) if (startsWith(bytes, sig)) throw new DecodeError(`binary file: ${what}, not an article`);
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return unicode(utf8.decode(bytes.subarray(3)), 'utf-8');
  if (startsWith(bytes, [0xff, 0xfe])) return unicode(iconv.decode(buf(bytes.subarray(2)), 'utf-16le'), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return unicode(iconv.decode(buf(bytes.subarray(2)), 'utf-16be'), 'utf-16be');
  const wide = utf16Guess(bytes);
  if (wide) return unicode(iconv.decode(buf(bytes), wide), wide);
  if (bytes.includes(0)) throw new DecodeError('binary file: it contains NUL bytes');
  if (isUtf8(bytes)) return unicode(utf8.decode(bytes), 'utf-8');

  const declared = declaredCharset(bytes);
  if (declared && TCVN3_NAMES.has(declared)) return { text: decodeLegacy(bytes, 'tcvn3'), encoding: 'tcvn3' };
  if (declared && WESTERN.has(declared)) {
    // a page in .VnTime fonts declared as Western: its bytes are TCVN3 (or windows-1258), not Latin-1
    const text = iconv.decode(buf(bytes), declared);
    const repaired = repairLegacy(text);
    if (repaired) return { text: repaired.text, encoding: `${repaired.encoding} (page declared ${declared})` };
    return { text: nfc(text), encoding: declared };
  }
  if (declared && !/^utf-?8$/.test(declared)) return unicode(iconv.decode(buf(bytes), declared), canonicalName(declared));

  // not valid UTF-8: a UTF-8 file with a few bad bytes (cut short, one stray byte), or legacy 8-bit text
  const lenient = utf8.decode(bytes);
  let replaced = 0;
  let wideChars = 0;
  for (let i = 0; i < lenient.length; i++) {
    const c = lenient.charCodeAt(i);
    if (c === 0xfffd) replaced++;
    else if (c >= 0x80) wideChars++;
  }
  if (wideChars > 4 * replaced) return unicode(lenient, `utf-8 (${replaced} invalid byte${replaced === 1 ? '' : 's'} replaced)`);
  const legacy = guessLegacy(bytes);
  return { text: legacy.text, encoding: legacy.encoding };
}

function canonicalName(cs: string): string {
  const m = /^(?:windows|cp)-?(\d{3,4})$/.exec(cs);
  return m ? `windows-${m[1]}` : cs;
}

/** Text read as Unicode: NFC, and a repair when it is legacy Vietnamese seen through cp1252. */
function unicode(text: string, encoding: string): Decoded {
  const score = legacyScore(text);
  if (looksLegacy(score)) {
    const repaired = repairLegacy(nfc(text), score);
    if (repaired) return { text: repaired.text, encoding: `${repaired.encoding} (repaired from cp1252)` };
  }
  return { text: nfc(text), encoding };
}
