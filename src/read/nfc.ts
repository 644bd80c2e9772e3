// NFC that stays linear in its input. String.prototype.normalize sorts each run of combining marks by canonical
// class with an insertion sort, so a long run of stacked marks of mixed classes costs time quadratic in its
// length (a TCVN3 file of 650,000 tone marks took 88 s to decode). No language stacks more than a few marks on a
// letter: as Unicode's Stream-Safe Text Format does (UAX #15), a COMBINING GRAPHEME JOINER (U+034F, a starter that
// shows nothing) goes after every 30 marks of a longer run, so that each run sorted is at most 30 long.

/** UAX #15's limit on a run of non-starters. */
const MAX_MARK_RUN = 30;
// a mark other than the joiner (itself a mark, but a starter), so that text already made safe is left as it is
const MARK = '[^\\P{M}\\u034F]';
const LONG_MARK_RUN = new RegExp(`${MARK}{${MAX_MARK_RUN + 1}}`, 'u');
const MARK_RUN_PART = new RegExp(`${MARK}{${MAX_MARK_RUN}}(?=${MARK})`, 'gu');
const GRAPHEME_JOINER = '\u034F';

/**
 * Whether `text` may hold a run of more than 30 marks: every mark is at U+0300 or above, so such a run is at least 31
 * code units in a row that high. Real text has none (Vietnamese words are short, spaces and ASCII break the runs);
 * the Unicode-property regex then runs only on text that may (2 % of an article's CPU before).
 */
function mayHoldLongMarkRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0x300) run = 0;
    else if (++run > MAX_MARK_RUN) return true;
  }
  return false;
}

/** `text` in NFC, with a joiner after every 30 marks of a run longer than that (real text has none). */
export function nfc(text: string): string {
  const safe = mayHoldLongMarkRun(text) && LONG_MARK_RUN.test(text) ? text.replace(MARK_RUN_PART, `$&${GRAPHEME_JOINER}`) : text;
  return safe.normalize('NFC');
}
