// The clean stage: HTML or plain text in, the article text the rules see out, plus what the page said about
// itself (title, author, date) when it is HTML.
import { nfc } from '../read/nfc.js';
import { cleanHtml, type PageStatements } from './html.js';
import { cleanTextPage, FOOTER_OUTLET_SOURCE } from './text.js';

export type InputFormat = 'auto' | 'html' | 'text';

export interface Cleaned {
  /** What the rules read and spans point into: for a page, its headline on the first line, then the body. */
  text: string;
  /** The article body alone: for a page, without the headline line the cleaner put before it. */
  body: string;
  format: 'html' | 'text';
  /** What a page states about itself (title, author, date), with where each came from; {} for text. */
  stated: PageStatements;
  /** A page's headline stands on the first line of `text` (a fragment without h1 or og:title has none). */
  headline: boolean;
  warnings: string[];
}

/**
 * Is the input an HTML page or fragment: a document's opening, or an opening tag near the start and either a closing
 * tag or more tags after it; not text that mentions "<p>" once. Pages may leave their paragraphs unclosed (valid
 * HTML) or run them together with <br> (round 20: a page whose paragraphs were one block of <br>-parted lines had no
 * closing tag in its first 20,000 characters and was read as text, its entities left undecoded); without a closing
 * tag the input must open on a tag, as pages and fragments do and a text's headline line does not.
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<?xml')) return true;
  if (!/<(?:html|head|body|div|p|article|meta|title)[\s>]/i.test(head)) return false;
  const start = text.slice(0, 20000);
  // (the tags alone only for a text that opens on one, or holds a document's opening: a text's headline line comes
  // first, and it may name tags; a scraped page may keep its headline line above "<html>")
  const opensPage = head.startsWith('<') || /<(?:html|body)[\s>]/.test(head);
  return /<\/(?:p|div|body|html|title)>/i.test(start) || (opensPage && (start.match(MARKUP_TAG) ?? []).length >= MARKUP_TAGS);
}

/** Tags only markup holds: line breaks, paragraphs, spans, images, links, emphasis. */
const MARKUP_TAG = /<(?:br\s*\/?|p|span|img|a|strong|em|b|i)(?:\s[^<>]*)?>/gi;
/** How many such tags make a start of text markup without a closing tag. */
const MARKUP_TAGS = 5;

export function clean(raw: string, format: InputFormat = 'auto'): Cleaned {
  const html = format === 'html' || (format === 'auto' && looksLikeHtml(raw));
  if (!html) {
    const page = cleanTextPage(raw);
    const text = nfc(page.text);
    const stated: PageStatements = page.outlet ? { author: { value: nfc(page.outlet), source: FOOTER_OUTLET_SOURCE } } : {};
    return { text, body: text, format: 'text', stated, headline: false, warnings: [] };
  }
  const page = cleanHtml(raw);
  const text = page.title && !page.body.startsWith(page.title) ? `${page.title}\n${page.body}` : page.body;
  return {
    text: nfc(text),
    body: nfc(page.body),
    format: 'html',
    stated: page.stated,
    headline: !!page.title,
    warnings: page.warnings ?? [],
  };
}
