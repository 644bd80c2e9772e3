// A word glued to the next sentence's first word where the source lost ". " (a caption or a line run into the text):
// "QuốcTheo", "HoàngVẫn", "HiềnTrước". Only words with a letter outside ASCII: Latin names and brands keep their
// capitals inside ("CapitaLand", "McCain", "VietNam", "VinFast", "iPhone", "MobiFone").

const NON_ASCII = /[^\x00-\x7f]/u;
const LOWER_THEN_UPPER = /\p{Ll}(?=\p{Lu})/u;

/** Where in `word` the glued next word starts, or -1 when the word is no glued pair. */
export function gluedAt(word: string): number {
  if (!NON_ASCII.test(word)) return -1;
  const m = LOWER_THEN_UPPER.exec(word);
  return m ? m.index + 1 : -1;
}
