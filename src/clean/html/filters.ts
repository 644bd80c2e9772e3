// Block filters after extraction: a block goes when it is chrome by its words (a counter, "Tin liên quan",
// "Advertisement"), when it is mostly links, or when it repeats the headline.
import { CHROME_BLOCK_PATTERNS, CHROME_BLOCKS } from '../html-markers.js';
import { CHROME_LINES, COUNTER_LINE, IMAGE_FILE_LINE, RELATED_HEADINGS } from '../markers.js';
import { nfc } from '../../read/nfc.js';
import { isBreadcrumb, TIMESTAMP_LINE } from '../text.js';
import type { Block } from './blocks.js';

type BlockVerdict = 'keep' | 'chrome' | 'links' | 'headline' | 'breadcrumb';

const chromeKeys = new Set([...CHROME_BLOCKS, ...CHROME_LINES, ...RELATED_HEADINGS].map(chromeKey));
/** Links are most of a link-list item; a paragraph with a link in it is far below. */
const LINK_SHARE_DROPPED = 0.5;
/** A mostly-linked block that still says this much on its own is a list item of the article ("<a>Headline</a>. What happened."). */
const UNLINKED_SENTENCE = 40;
/** Longer than any listed chrome line: such a block is not compared with the lists. */
const LISTED_CHROME_MAX = 80;
/** Longer than any chrome line of a known shape (counter, image file name, prompt). */
const SHAPED_CHROME_MAX = 300;

/** Lower case, one space, no trailing punctuation: chrome lines are compared on this. */
function chromeKey(s: string): string {
  return nfc(s).toLowerCase().replace(/\s+/g, ' ').trim().replace(/[\s.:;,!?…|»>›()\-–—]+$/u, '').replace(/^[\s|»>›•·\-–—]+/u, '');
}

export function isChromeText(text: string): boolean {
  if (text.length <= LISTED_CHROME_MAX && chromeKeys.has(chromeKey(text))) return true;
  if (text.length > SHAPED_CHROME_MAX) return false;
  return COUNTER_LINE.test(text) || IMAGE_FILE_LINE.test(text) || CHROME_BLOCK_PATTERNS.some((re) => re.test(text));
}

function verdictOf(block: Block, headlineKey: string | null): BlockVerdict {
  const { text } = block;
  if (headlineKey && text.length <= headlineKey.length + 8 && chromeKey(text) === headlineKey) return 'headline';
  if (isChromeText(text)) return 'chrome';
  if (block.linkShare > LINK_SHARE_DROPPED && (1 - block.linkShare) * text.length < UNLINKED_SENTENCE) return 'links';
  if (text.length < 120 && /\s[>»›/|]\s|\s[-–]\s/u.test(text) && !TIMESTAMP_LINE.test(text) && isBreadcrumb(text)) return 'breadcrumb';
  return 'keep';
}

export function keptBlocks(blocks: Block[], headline: string | null): Block[] {
  const headlineKey = headline ? chromeKey(headline) : null;
  return blocks.filter((b) => verdictOf(b, headlineKey) === 'keep');
}
