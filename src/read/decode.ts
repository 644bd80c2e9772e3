// Bytes to text: byte-order marks, UTF-16 without a mark, the HTML meta charset, strict UTF-8, and
// windows-1258 for legacy Vietnamese pages; NFC always. Binary files are refused with a reason.
import { gunzipSync } from 'node:zlib';
import iconv from 'iconv-lite';

export interface Decoded {
  text: string;
  encoding: string;
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
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
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

function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = META_CHARSET.exec(head);
  if (!m) return null;
  const cs = m[1].toLowerCase();
  return iconv.encodingExists(cs) ? cs : null;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decode(input: Uint8Array): Decoded {
  let bytes = input;
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes);
    } catch {
      throw new DecodeError('a damaged gzip file');
    }
  }
  for (const [sig, what] of MAGIC) if (startsWith(bytes, sig)) throw new DecodeError(`binary file: ${what}, not an article`);
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return done(utf8Lenient(bytes.subarray(3)), 'utf-8');
  if (startsWith(bytes, [0xff, 0xfe])) return done(iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return done(iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), 'utf-16be');
  const wide = utf16Guess(bytes);
  if (wide) return done(iconv.decode(Buffer.from(bytes), wide), wide);
  if (bytes.includes(0)) throw new DecodeError('binary file: it contains NUL bytes');
  const declared = declaredCharset(bytes);
  if (declared && !/^utf-?8$/.test(declared)) return done(iconv.decode(Buffer.from(bytes), declared), declared);
  try {
    return done(utf8.decode(bytes), 'utf-8');
  } catch {
    // not UTF-8: the legacy Vietnamese Windows code page is the usual culprit
    return done(iconv.decode(Buffer.from(bytes), 'windows1258'), 'windows-1258');
  }
}

function utf8Lenient(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

function done(text: string, encoding: string): Decoded {
  return { text: text.normalize('NFC'), encoding };
}
