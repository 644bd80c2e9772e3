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

/** `text` in NFC, with a joiner after every 30 marks of a run longer than that (real text has none). */
export function nfc(text: string): string {
  const safe = LONG_MARK_RUN.test(text) ? text.replace(MARK_RUN_PART, `$&${GRAPHEME_JOINER}`) : text;
  return safe.normalize('NFC');
}
