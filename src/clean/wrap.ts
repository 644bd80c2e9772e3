// Hard-wrapped paragraphs (fmt, fold, PDF and e-mail exports, some scrapers) put back on one line each, so that a
// statement broken over lines reaches the rules whole. A text counts as wrapped only on a reader's evidence: lines
// that break mid-sentence (no closing mark, the next line going on in lower case), all ending near one column. That
// column is the wrap width; a line then goes on into the next when the next line's first word would not have fitted
// after it (the greedy-wrap test), or, in justified text, when it ends at the width. Text written one paragraph per
// line never shows mid-sentence breaks, so it is left exactly as it came.
import { DAY_OPENING } from '../lexicon/time.js';
import { CREDIT_LINE } from '../lexicon/bylines.js';
import { MARKS_ONLY_LINE } from '../lexicon/dates.js';

/** The text's lines tidied ('' for a blank line), and as they came: their columns are what a wrapping tool counted. */
export interface TextLines {
  text: string[];
  raw: string[];
}

/** Tools count columns in characters (most), in UTF-8 bytes (coreutils fmt and fold), or in code points of
 *  decomposed text (a tool that wrapped NFD text, as macOS writes it; the cleaner reads it composed). */
type Measure = (s: string, from: number, to: number) => number;
const chars: Measure = (_s, from, to) => to - from;
const utf8Bytes: Measure = (s, from, to) => {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
};
const decomposed: Measure = (s, from, to) => s.slice(from, to).normalize('NFD').length;

/** Tested on a line's last characters only: a line may be long. */
const tail = (s: string) => s.slice(-6);
const SENTENCE_END_MARK = /[.!?…:;"”»)\]]$/u;
const CLOSES_SENTENCE_MARK = /[.!?…]["”»)\]]*$/u;
const endsClause = (s: string) => SENTENCE_END_MARK.test(tail(s));
const closesSentence = (s: string) => CLOSES_SENTENCE_MARK.test(tail(s));
const STARTS_LOWER = /^\p{Ll}/u;
/** A capital, or a bracket or quote opening on one: "(HNM) - Ngày 30-5". */
const STARTS_UPPER = /^[(\["“‘']?\p{Lu}/u;
/** "- …", "• …", "1. …", "a) …": a list item starts a line of its own. */
const LIST_ITEM = /^(?:[-–—•*+]\s|\d{1,2}[.)]\s|\p{Ll}[.)]\s)/u;

interface Geometry {
  /** The column the line ends at and the width of its first word, in the text's measure. */
  end: number;
  firstWord: number;
  indent: number;
}

function geometry(raw: string, measure: Measure): Geometry {
  let start = 0;
  while (start < raw.length && /\s/.test(raw[start])) start++;
  let stop = raw.length;
  while (stop > start && /\s/.test(raw[stop - 1])) stop--;
  let word = start;
  while (word < stop && !/\s/.test(raw[word])) word++;
  const indent = measure(raw, 0, start);
  return { end: indent + measure(raw, start, stop), firstWord: measure(raw, start, word), indent };
}

/** A wrapped line ends within a fifth of the width. */
const NEAR = 0.8;

interface Wrap {
  width: number;
  /** How much room the wrapping tool left unused on lines it did break (0 for greedy wrapping). */
  slack: number;
  /** Justified (PDF exports): spaces stretched so that every line it broke ends at the width, and only those. */
  justified: boolean;
  geometry: Geometry[];
}

/** Lines followed directly by another (no blank line between): where a paragraph may run on. */
function adjacentPairs({ text }: TextLines): number[] {
  const starts: number[] = [];
  for (let i = 0; i + 1 < text.length; i++) if (text[i] && text[i + 1]) starts.push(i);
  return starts;
}

/** A line broken mid-sentence: no closing mark, and the next line goes on in lower case. */
const breaksMidSentence = (text: string[], i: number) => STARTS_LOWER.test(text[i + 1]) && !endsClause(text[i]);

/** Does the text break mid-sentence `n` times at least? Counted only that far. */
function breaksAtLeast(text: string[], n: number): boolean {
  let breaks = 0;
  for (let i = 0; i + 1 < text.length && breaks < n; i++) if (text[i] && breaksMidSentence(text, i)) breaks++;
  return breaks >= n;
}

/** The wrap the text shows in one measure, or null when its lines do not end near one column. */
function wrapIn({ text, raw }: TextLines, midSentence: number[], measure: Measure): Wrap | null {
  const geo = raw.map((r, i) => (text[i] ? geometry(r, measure) : { end: 0, firstWord: 0, indent: 0 }));
  const ends = midSentence.map((i) => geo[i].end).sort((a, b) => a - b);
  // the widest line broken mid-sentence, or a line that goes on after a closing mark a column or two wider
  const widest = ends[ends.length - 1];
  let width = widest;
  for (let i = 0; i + 1 < text.length; i++) {
    if (text[i] && text[i + 1] && geo[i].end > width && geo[i].end <= widest * 1.04) width = geo[i].end;
  }
  if (width < 30 || width > 250) return null;
  // the broken lines end near the width: most within a fifth of it
  const near = ends.filter((e) => e >= width * NEAR).length;
  if (near < ends.length * 0.8) return null;
  // and few lines run past it, of those a break mid-sentence leaves or starts: a page may hold paragraphs written one to
  // a line before its wrapped ones (a portal's lead and captions over a wrapped body, audit 1 portal 013), and those
  // stand alone whatever their length
  const broken = new Set<number>();
  for (const i of midSentence) broken.add(i).add(i + 1);
  const nonBlank = geo.filter((_, i) => text[i] && (broken.has(i) || !closesSentence(text[i]) || (i > 0 && text[i - 1] && !closesSentence(text[i - 1]))));
  const over = nonBlank.filter((g) => g.end > width).length;
  if (over > Math.max(1, nonBlank.length * 0.05)) return null;
  // the room left on broken lines near the width: none when greedy, a few columns when the tool aims short (fmt)
  let slack = 0;
  for (const i of midSentence) {
    if (geo[i].end >= width * NEAR) slack = Math.max(slack, width - (geo[i].end + 1 + geo[i + 1].firstWord));
  }
  const justified = midSentence.filter((i) => geo[i].end === width).length >= midSentence.length * 0.9;
  return { width, slack, justified, geometry: geo };
}

/** The text's wrap in the measure its broken lines agree with best: the one where nearly all of them are full by the
 *  greedy test (the next word would not have fitted), or else the one where they leave the least room. Where measures
 *  tie on the mid-sentence breaks (a short text has few), the lines broken before a capital or a number decide: a
 *  greedy tool broke those too, so in its measure they are full as well ("đạt trên / 95% kế hoạch"). */
/** How many mid-sentence breaks a text needs before its geometry is read: a one-paragraph text wrapped over three lines has two. */
const MIN_BREAKS = 2;

export function detectWrap(lines: TextLines): Wrap | null {
  // most texts are written one paragraph per line: a cheap count of mid-sentence breaks turns them away
  if (!breaksAtLeast(lines.text, MIN_BREAKS)) return null;
  const pairs = adjacentPairs(lines);
  const midSentence = pairs.filter((i) => breaksMidSentence(lines.text, i));
  if (midSentence.length < pairs.length / 4) return null;
  const fullIn = ({ width, geometry: geo }: Wrap, i: number) => geo[i].end + 1 + geo[i + 1].firstWord > width;
  const fit = (wrap: Wrap) => {
    let full = 0;
    let room = 0;
    for (const i of midSentence) {
      if (fullIn(wrap, i)) full++;
      room += wrap.width - wrap.geometry[i].end;
    }
    return { full, fullPairs: pairs.filter((i) => fullIn(wrap, i)).length, room: room / wrap.width };
  };
  let best: { wrap: Wrap; full: number; fullPairs: number; room: number; greedy: boolean } | null = null;
  for (const measure of [chars, utf8Bytes, decomposed]) {
    const wrap = wrapIn(lines, midSentence, measure);
    if (!wrap) continue;
    const { full, fullPairs, room } = fit(wrap);
    const greedy = full >= midSentence.length * 0.9;
    if (!best) {
      best = { wrap, full, fullPairs, room, greedy };
      continue;
    }
    const better = greedy
      ? full > best.full || (full === best.full && (fullPairs > best.fullPairs || (fullPairs === best.fullPairs && room < best.room)))
      : !best.greedy && room < best.room;
    if (better) best = { wrap, full, fullPairs, room, greedy };
  }
  return best?.wrap ?? null;
}

/** For each line, whether it goes on into the next one (the two are one paragraph's wrapped lines).
 *  `ownLine` says which lines are never prose (a page timestamp, a known chrome line): nothing runs on into them, and
 *  they run on into nothing. */
export function wrappedJoins(lines: TextLines, ownLine: (line: string) => boolean = () => false): boolean[] {
  const { text } = lines;
  const joins = new Array<boolean>(text.length).fill(false);
  const wrap = detectWrap(lines);
  if (!wrap) return raggedJoins(lines, ownLine) ?? joins;
  const { width, slack, justified, geometry: geo } = wrap;
  const pairs = adjacentPairs(lines);
  // paragraphs parted by blank lines: a line directly after another is the same paragraph's
  const blankParted = text.some((t, i) => !t && i > 0 && text[i - 1] && text[i + 1]);
  // a line ending near the width goes on, whatever room the tool left (fmt aims short of its width), when it breaks
  // mid-sentence or blank lines part the paragraphs
  const full = (i: number) =>
    justified
      ? geo[i].end === width
      : geo[i].end <= width &&
        (geo[i].end + 1 + geo[i + 1].firstWord > width - slack ||
          (geo[i].end >= width * NEAR && (blankParted || breaksMidSentence(text, i))));
  const isPair = new Set(pairs);
  // the headline, if any, is the first line (chrome may stand above it)
  const headline = text.findIndex((t) => t && !ownLine(t));
  for (const i of pairs) {
    const line = text[i];
    const next = text[i + 1];
    // (a line broken mid-sentence goes on whatever its length: the wrap's column is the tool's, the words' end the
    // writer's; "… ôn lại truyền / thống 80 năm …" on a page wrapped in bytes; round 28, audit 36)
    if ((!full(i) && !breaksMidSentence(text, i)) || geo[i + 1].indent > geo[i].indent || ownLine(next) || ownLine(line)) continue;
    // a justified line was stretched because the tool broke its paragraph there: no doubt is left to weigh
    if (justified) {
      joins[i] = true;
      continue;
    }
    // a list item after a clause end (a list item's marker is one short word: text running on before it would have
    // filled the line to the column)
    if (LIST_ITEM.test(next) && /[.!?…:;]$/u.test(tail(line))) continue;
    // a short line without a closing mark after a finished sentence stands alone: a byline, a dateline
    const nextRunsOn = isPair.has(i + 1) && full(i + 1);
    const nextStandsAlone =
      !nextRunsOn && geo[i + 1].end <= width * 0.6 && !endsClause(next) && !STARTS_LOWER.test(next) && !/:\s/u.test(next);
    if (closesSentence(line) && nextStandsAlone) continue;
    // a headline has no closing mark; the lead after it starts a sentence and runs on (the short end of a headline
    // wrapped over two lines does not); a first line that opens on its day is the lead's ("Ngày 21/01, Liên đoàn …")
    const headlineEnds = i === headline && !blankParted && !/[.,:;…]$/u.test(tail(line)) && !DAY_OPENING.test(line);
    if (headlineEnds && STARTS_UPPER.test(next) && nextRunsOn) continue;
    joins[i] = true;
  }
  return joins;
}

/** How many lines of a ragged text must break mid-sentence, and what share (near a third) of the lines that follow one
 *  another; one of the two lines at such a break is prose of this many characters at least. */
const RAGGED_MIN_BREAKS = 3;
const RAGGED_SHARE = 0.3;
const RAGGED_PROSE_CHARS = 30;
/** A numbered heading or list item: "I. KẾT QUẢ …", "1. Những kết quả đạt được". */
const NUMBERED = /^(?:[IVX]{1,4}|\d{1,2}(?:\.\d{1,2})*)[.)]\s/u;

/**
 * A ragged wrap: a page's source wrapped at a column of its markup, so that the text's lines, once the tags are gone,
 * end anywhere ("Sáng ngày 09/01/2014, tại Hội trường UBND xã / Bưng Riềng, Hội đồng thi đua khen thưởng xã đã …
 * họp xét khen / thưởng tổng kết năm 2013. Tham dự cuộc họp có ông / Nguyễn Kim Hải …"). No column tells the
 * breaks, but they are mid-sentence at least a third of the time, which text written a paragraph to a line never is
 * (bench/studies/round28.mjs ragged-wrap: 5 pages of the audits, none of corpus/real, dev or the seeds): there every
 * line without a closing mark goes on into the next (a dash there goes on with the sentence: "Sư đoàn 324 / – Quân
 * khu 4"), except into a numbered heading, a line of marks or a line of its own, a credit, a list item after another,
 * and a headline, which ends on its line unless its words go on in lower case or it opens on the lead's day.
 */
function raggedJoins(lines: TextLines, ownLine: (line: string) => boolean): boolean[] | null {
  const { text } = lines;
  if (!breaksAtLeast(text, RAGGED_MIN_BREAKS)) return null;
  const pairs = adjacentPairs(lines);
  // (breaks of prose lines: a list or a table scraped one short cell a line, "xã Phú Lộc" / "xã Phú Thanh", "xã Đăk
  // Mar" / "đạt 105%", breaks no sentence; round 28 review)
  const midSentence = pairs.filter((i) => breaksMidSentence(text, i) && Math.max(text[i].length, text[i + 1].length) >= RAGGED_PROSE_CHARS).length;
  // (of the pairs of words' lines: a table's borders, "|" and "-------", are layout)
  const worded = pairs.filter((i) => !MARKS_ONLY_LINE.test(text[i]) && !MARKS_ONLY_LINE.test(text[i + 1])).length;
  if (midSentence < RAGGED_MIN_BREAKS || midSentence < worded * RAGGED_SHARE) return null;
  const joins = new Array<boolean>(text.length).fill(false);
  const headline = text.findIndex((t) => t && !ownLine(t));
  for (const i of pairs) {
    const line = text[i];
    const next = text[i + 1];
    if (endsClause(line) || MARKS_ONLY_LINE.test(line) || MARKS_ONLY_LINE.test(next) || ownLine(line) || ownLine(next) || NUMBERED.test(next)) continue;
    // a credit under the headline ("Tin, ảnh: Minh Hòa") and an item of a list after another stand alone
    if (CREDIT_LINE.test(line) || CREDIT_LINE.test(next) || (LIST_ITEM.test(line) && LIST_ITEM.test(next))) continue;
    // the headline ends on its line, unless its words go on in lower case or it is the lead's first line, opening on
    // its day ("Sáng ngày 09/01/2014, tại Hội trường UBND xã / Bưng Riềng, …")
    if (i === headline && !breaksMidSentence(text, i) && !DAY_OPENING.test(line)) continue;
    joins[i] = true;
  }
  return joins;
}
