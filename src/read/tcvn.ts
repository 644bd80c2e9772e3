// Legacy Vietnamese 8-bit text: TCVN3 (the ABC charset of the .VnTime fonts) and windows-1258, either as raw
// bytes or as "mojibake" — text that was once read as cp1252/Latin-1 and saved again as Unicode, such as
// "Héi nghÞ tæng kÕt" for "Hội nghị tổng kết".
//
// Detection is a score, not a guess from one character: signature characters (Latin-1 symbols and letters that
// TCVN3 uses for Vietnamese letters but real Vietnamese text never contains) against real Vietnamese letters
// (ă, đ, ơ, ư and the precomposed tone letters, which no cp1252 mojibake can contain). A repair is kept only when
// it makes the text more plausible Vietnamese than it was (see `implausibility`).
//
// Traps (shared/reference/VIETNAMESE.md §3):
// - TCVN3 capitals with tones came from separate fonts (.VnTimeH) that reuse the lower-case codes, so all-caps
//   headings come back in lower case; the letters are right, the case is lost.
// - TCVN3 and windows-1258 have standalone combining tone marks; NFC after the repair composes them.
// - cp1252 leaves 0x81, 0x8D, 0x8F, 0x90, 0x9D undefined; Latin-1 mojibake carries them as C1 controls
//   (U+0080–U+009F), so both spellings map back to their byte.
import iconv from 'iconv-lite';
import { nfc } from './nfc.js';
import { VIETNAMESE_SYLLABLE } from '../text/syllable.js';

const ALL_BYTES = Buffer.from(Array.from({ length: 256 }, (_, i) => i));

/** Unicode character → the byte cp1252 (or Latin-1, for C1 controls) shows as that character. */
const CP1252_BYTE = new Map<number, number>();
{
  const shown = iconv.decode(ALL_BYTES, 'windows1252');
  for (let b = 0x80; b < 0x100; b++) {
    const c = shown.charCodeAt(b);
    if (c !== 0xfffd) CP1252_BYTE.set(c, b);
    if (!CP1252_BYTE.has(b)) CP1252_BYTE.set(b, b); // Latin-1 reading: U+0080–U+00FF are the bytes themselves
  }
}

/** Byte → the character cp1252 shows for it (U+FFFD for its five holes). */
const CP1252_CHAR = byteTable('windows1252');

function byteTable(encoding: string): string[] {
  const s = iconv.decode(ALL_BYTES, encoding);
  return Array.from({ length: 256 }, (_, i) => s[i]);
}

export type Legacy = 'tcvn3' | 'windows-1258';

const TABLES: Record<Legacy, string[]> = { tcvn3: byteTable('tcvn'), 'windows-1258': byteTable('windows1258') };


/**
 * Signature characters: Latin-1/cp1252 characters that TCVN3 (or windows-1258) uses for Vietnamese letters or
 * tone marks and that real Vietnamese text does not contain (à, á, é, ô … are real Vietnamese letters too, so
 * they do not count).
 */
const SIGNATURE = new Uint8Array(0x10000);
for (const ch of '¡¢£¤¥¦§¨©ª«¬\u00AD®¯°±²³´µ¶·¸¹º»¼½¾¿ÄÅÆÇËÎÏÐÑÖ×ØÛÜÞßäåæçëîïðñö÷øûüþÿ') SIGNATURE[ch.charCodeAt(0)] = 1;
for (const ch of '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ') SIGNATURE[ch.charCodeAt(0)] = 1;

export interface LegacyScore {
  /** Signature characters seen. */
  signature: number;
  /** Real Vietnamese letters (outside Latin-1) seen. */
  vietnamese: number;
  /** Words (runs of ASCII letters or letters beyond) seen. */
  words: number;
}

/** Inside a word: an ASCII letter, a Latin-1 letter or beyond, or another signature character. */
function wordy(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c >= 0xc0 || SIGNATURE[c] === 1;
}

/**
 * Counts signature characters inside words (a lone "©" or "€5" in real text does not count) and real Vietnamese
 * letters; cheap enough to run on every article.
 */
export function legacyScore(text: string): LegacyScore {
  let signature = 0;
  let vietnamese = 0;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const letter = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c >= 0xc0;
    if (letter && !inWord) words++;
    inWord = letter;
    if (c < 0x80) continue;
    if (SIGNATURE[c]) {
      if ((i > 0 && wordy(text.charCodeAt(i - 1))) || (i + 1 < text.length && wordy(text.charCodeAt(i + 1)))) signature++;
    }
    else if ((c >= 0x1ea0 && c <= 0x1ef9) || c === 0x103 || c === 0x102 || c === 0x111 || c === 0x110 || c === 0x1a1 || c === 0x1a0 || c === 0x1b0 || c === 0x1af)
      vietnamese++;
  }
  return { signature, vietnamese, words };
}

/** In legacy Vietnamese seen through cp1252 most words carry a signature character; in a page with a few stray ones, few do. */
const MIN_SIGNATURE_PER_WORD = 0.05;

/** Worth trying a repair: enough signature characters, outnumbering the real Vietnamese letters, in many words. */
export function looksLegacy(score: LegacyScore): boolean {
  return score.signature >= 4 && score.signature > 2 * score.vietnamese && score.signature >= MIN_SIGNATURE_PER_WORD * score.words;
}

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/** A word no Vietnamese text has: not one syllable, case changing inside it ("kÕt"), or two tones ("éaũi"). */
function badWord(w: string): boolean {
  if (/\p{Ll}\p{Lu}/u.test(w) || !VIETNAMESE_SYLLABLE.test(w.toLowerCase())) return true;
  return (w.normalize('NFD').match(TONE_MARKS)?.length ?? 0) > 1;
}

/**
 * How implausible a text is as Vietnamese: the share of its words with letters beyond ASCII that are not
 * Vietnamese syllables (see badWord), counting loose signature symbols (¸ « ©) as bad words too. ASCII-only
 * words are left out: a repair does not change them. 0 is perfect.
 */
export function implausibility(text: string): number {
  let words = 0;
  let bad = 0;
  for (const m of text.matchAll(/[^\s\p{P}\p{S}\p{N}]+/gu)) {
    if (/^[\x00-\x7f]+$/.test(m[0])) continue;
    words++;
    if (badWord(m[0])) bad++;
  }
  for (const m of text.matchAll(/[\p{S}\p{P}]/gu)) {
    if (!SIGNATURE[m[0].charCodeAt(0)]) continue;
    words++;
    bad++;
  }
  return words === 0 ? 0 : bad / words;
}

/** Raw legacy bytes to Unicode (NFC). */
export function decodeLegacy(bytes: Uint8Array, encoding: Legacy): string {
  if (encoding === 'windows-1258') return nfc(iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows1258'));
  return nfc(mapChars(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'), TABLES.tcvn3));
}

/** String.fromCharCode over this many codes at a time (its arguments go on the stack). */
const CHUNK = 8192;

function fromCodes(codes: Uint16Array): string {
  let out = '';
  for (let i = 0; i < codes.length; i += CHUNK) out += String.fromCharCode(...codes.subarray(i, i + CHUNK));
  return out;
}

/**
 * Each character of cp1252/Latin-1 text to what its byte means in `table` (one UTF-16 unit each, as in every table
 * here), written into an array of codes: a string grown one character at a time costs several times more, most of
 * it in garbage, on a page of megabytes.
 */
function mapChars(line: string, table: string[]): string {
  const out = new Uint16Array(line.length);
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c < 0x80) {
      // TCVN3 puts some capitals (Ý, Ừ, Ự …) on control codes, which real text never has
      out[i] = c < 0x20 ? table[c].charCodeAt(0) : c;
      continue;
    }
    const b = CP1252_BYTE.get(c);
    if (b === undefined) out[i] = c;
    else if (b < 0xa0 && !c1Letter(b, line, i)) out[i] = CP1252_CHAR[b] === '\ufffd' ? c : CP1252_CHAR[b].charCodeAt(0);
    else out[i] = table[b].charCodeAt(0);
  }
  return fromCodes(out);
}

/**
 * Undo cp1252/Latin-1 mojibake of legacy bytes. Only lines made entirely of cp1252 characters are touched (a line
 * with a real Vietnamese letter was never mojibake), and printable ASCII is left as it is.
 */
export function repairMojibake(text: string, encoding: Legacy): string {
  const table = TABLES[encoding];
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    let convertible = true;
    let touched = false;
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c < 0x80) {
        if (c < 0x20 && table[c] !== line[i]) touched = true;
        continue;
      }
      if (!CP1252_BYTE.has(c)) {
        convertible = false;
        break;
      }
      touched = true;
    }
    if (convertible && touched) lines[n] = mapChars(line, table);
  }
  return nfc(lines.join('\n'));
}

function letterish(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xa1 && c <= 0xff && c !== 0xd7 && c !== 0xf7);
}

/**
 * cp1252's 0x80–0x9F are punctuation (– — “ ” … •) in Western text and capitals with tones (Ủ, Ạ, Ọ …) in
 * iconv-lite's TCVN3 table. Real .VnTime text took its capitals from other fonts and kept the punctuation, so a
 * character there is a letter only inside or at the start of a word ("žy" → "Ủy"); an opening quote only after a
 * letter.
 */
function c1Letter(byte: number, line: string, i: number): boolean {
  const before = i > 0 && letterish(line.charCodeAt(i - 1));
  const after = i + 1 < line.length && letterish(line.charCodeAt(i + 1));
  return byte === 0x91 || byte === 0x93 ? before && after : after;
}

export interface Repair {
  text: string;
  /** The legacy encoding the text really was in. */
  encoding: Legacy;
}

/**
 * Which reading of a long text is plausible is told by a sample of it: SAMPLE_PIECES pieces of whole lines, spread
 * evenly, SAMPLE_CHARS in all. Scoring every word of a page of megabytes costs seconds, mostly in garbage, and says
 * nothing a sample does not.
 */
const SAMPLE_CHARS = 128 * 1024;
const SAMPLE_PIECES = 8;

/** Evenly spread pieces of `text`, each from a line start to a line end where it has lines; `text` when short. */
function sampleOf<T extends string | Uint8Array>(text: T, slice: (from: number, to: number) => T, lineEnd: (from: number) => number, join: (parts: T[]) => T): T {
  if (text.length <= SAMPLE_CHARS) return text;
  const piece = Math.floor(SAMPLE_CHARS / SAMPLE_PIECES);
  const parts: T[] = [];
  for (let k = 0; k < SAMPLE_PIECES; k++) {
    const at = Math.floor((k * (text.length - piece)) / (SAMPLE_PIECES - 1));
    const start = k === 0 ? 0 : Math.min(lineEnd(at) + 1, at + piece);
    const end = Math.max(start, Math.min(lineEnd(start + piece), start + 2 * piece));
    parts.push(slice(start, end));
  }
  return join(parts);
}

function textSample(text: string): string {
  return sampleOf(
    text,
    (a, b) => text.slice(a, b),
    (from) => {
      const i = text.indexOf('\n', from);
      return i < 0 ? text.length : i;
    },
    (parts) => parts.join('\n'),
  );
}

function bytesSample(bytes: Uint8Array): Uint8Array {
  return sampleOf(
    bytes,
    (a, b) => bytes.subarray(a, b),
    (from) => {
      const i = bytes.indexOf(0x0a, from);
      return i < 0 ? bytes.length : i;
    },
    (parts) => Buffer.concat(parts.flatMap((p) => [p, Buffer.from('\n')])),
  );
}

/**
 * If `text` is cp1252/Latin-1 mojibake of TCVN3 or windows-1258, the repaired text; otherwise null. The repair
 * must lower the implausibility clearly, so real text with a few odd symbols is never touched. A long text is
 * judged by a sample (see SAMPLE_CHARS), and repaired whole once.
 */
export function repairLegacy(text: string, score: LegacyScore = legacyScore(text)): Repair | null {
  if (!looksLegacy(score)) return null;
  const sample = textSample(text);
  const before = implausibility(sample);
  let best: Repair | null = null;
  let bestScore = before;
  for (const encoding of ['tcvn3', 'windows-1258'] as const) {
    const repaired = repairMojibake(sample, encoding);
    const s = implausibility(repaired);
    if (s < bestScore) {
      best = { text: repaired, encoding };
      bestScore = s;
    }
  }
  // mojibake of Vietnamese garbles most words; a few odd symbols in real text (prices, ©) are not that
  if (!best || before < 0.1 || bestScore > before * 0.5) return null;
  return sample === text ? best : { text: repairMojibake(text, best.encoding), encoding: best.encoding };
}

/** Of the legacy encodings, the one that reads `bytes` as the most plausible Vietnamese (judged by a sample). */
export function guessLegacy(bytes: Uint8Array): Repair {
  const sample = bytesSample(bytes);
  let best: Repair | null = null;
  let bestScore = Infinity;
  for (const encoding of ['windows-1258', 'tcvn3'] as const) {
    const text = decodeLegacy(sample, encoding);
    const s = implausibility(text);
    if (s < bestScore) {
      best = { text, encoding };
      bestScore = s;
    }
  }
  return sample === bytes ? best! : { text: decodeLegacy(bytes, best!.encoding), encoding: best!.encoding };
}
