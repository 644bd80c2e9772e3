// Class/id hint lists compiled into matchers, and Readability's class weight.
import type { Page } from './dom.js';
import { EMBEDDED_POST_HINTS, NEGATIVE_WEIGHT_HINTS, NEGATIVE_WEIGHT_WORDS, POSITIVE_WEIGHT_HINTS } from '../html-markers.js';
import { escapeRegExp } from '../../text/regexp.js';


/** Matches when any of the strings occurs anywhere in a lower-cased hint. */
export function anyOf(strings: readonly string[]): RegExp {
  return new RegExp(strings.map(escapeRegExp).join('|'));
}

/** Matches when any of the words is a whole class/id word (words split at spaces, "-" and "_"). */
export function wordsOf(words: readonly string[]): RegExp {
  return new RegExp(`(?:^|[\\s_-])(?:${words.map(escapeRegExp).join('|')})(?=$|[\\s_-])`);
}

const positive = anyOf(POSITIVE_WEIGHT_HINTS);
const negative = anyOf(NEGATIVE_WEIGHT_HINTS);
const negativeWords = wordsOf(NEGATIVE_WEIGHT_WORDS);

function weightOf(hint: string): number {
  if (!hint) return 0;
  let w = 0;
  if (negative.test(hint) || negativeWords.test(hint)) w -= 25;
  if (positive.test(hint)) w += 25;
  return w;
}

/** ±25 for a class that says content or chrome, the same again for the id. */
export function classWeight(page: Page, i: number): number {
  return weightOf(page.classHint[i]) + weightOf(page.idHint[i]);
}

const embeddedPost = anyOf(EMBEDDED_POST_HINTS);

/** Elements of a wrapper looked through for the quoted post. */
const EMBED_SCAN = 50;

/** A quoted post (tweet, Instagram) embedded in the article: an embed hint around a blockquote. */
export function isEmbeddedPost(page: Page, i: number): boolean {
  if (page.hint[i] === '' || !embeddedPost.test(page.hint[i])) return false;
  for (let k = i; k < Math.min(page.end[i], i + EMBED_SCAN); k++) if (page.tag[k] === 'blockquote') return true;
  return false;
}
