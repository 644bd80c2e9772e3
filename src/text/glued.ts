// A word glued to the next sentence's first word where the source lost ". " (a caption or a line run into the text):
// "QuốcTheo", "HoàngVẫn", "HiềnTrước", or the next item of a list of times ("Kim Tiến14:00: Bản tin"). Only words
// with a letter outside ASCII: Latin names and brands keep their capitals inside ("CapitaLand", "McCain", "VietNam",
// "VinFast", "iPhone", "MobiFone") and codes their digits ("U23", "F1").

const NON_ASCII = /[^\x00-\x7f]/u;
/** A lower-case letter, then a capital or a digit: "HoàngVẫn", and a schedule's next time, "Kim Tiến14:00". */
const LOWER_THEN_UPPER = /\p{Ll}(?=\p{Lu}|\d)/u;

/** Where in `word` the glued next word starts, or -1 when the word is no glued pair. */
export function gluedAt(word: string): number {
  if (!NON_ASCII.test(word)) return -1;
  const m = LOWER_THEN_UPPER.exec(word);
  return m ? m.index + 1 : -1;
}
