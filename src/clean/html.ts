// HTML pages: the article body, title, author and publication date from a saved news page.
//
// One parse (htmlparser2) into flat arrays (html/dom.ts), metadata from meta tags, JSON-LD and the visible
// headline area (html/metadata.ts), then the body from a chain of named extraction methods (html/chain.ts),
// each block filtered for chrome (html/filters.ts). Never throws: a page that is not an article gets a short
// or empty body and a warning.
import { extractBody, measured, newContext, SHORT_BODY, type ExtractionMethod } from './html/chain.js';
import { costlyToParse, flattenDeepNesting, MAX_DEPTH } from './html/depth.js';
import { parsePage, TooDeep, type Page } from './html/dom.js';
import { readJsonLd } from './html/jsonld.js';
import { findAuthor, findHeadline, findPublished, readMetaTags, type Stated } from './html/metadata.js';
import { Pruned } from './html/prune.js';
import { FOOTER_OUTLET_SOURCE, footerOutlet, isTagsLine, markFooter, withoutChromeInline, type CleanedLine } from './text.js';

export type { ExtractionMethod } from './html/chain.js';

export interface PageStatements {
  title?: Stated;
  author?: Stated;
  published?: Stated;
}

export interface HtmlArticle {
  body: string;
  title: string | null;
  /** What the page states about itself, each with the key or element it came from. */
  stated: PageStatements;
  /** Which extraction method gave the body. */
  method?: ExtractionMethod;
  /** Present when something is doubtful: not an article, a fallback used, markup that could not be read. */
  warnings?: string[];
}

/** Counters glued to a short line ("16:17:43 Số lượt xem 537"); a long paragraph never ends in one. */
const INLINE_CHROME_LINE = 200;

function withoutInlineChrome(text: string): string {
  if (text.length > INLINE_CHROME_LINE) return text;
  return withoutChromeInline(text).trim();
}

/** A CMS footer inside the article container, as the text cleaner reads it: tags lines, and the section, tags and
 *  outlet lines after the page's timestamp line; the outlet it names, as the text cleaner states it. */
function withoutPageFooter(lines: string[]): { lines: string[]; outlet: string | null } {
  const marked: CleanedLine[] = lines.map((text) => ({ text, verdict: isTagsLine(text) ? 'tags' : 'keep' }));
  markFooter(marked);
  return { lines: marked.filter((l) => l.verdict === 'keep').map((l) => l.text), outlet: footerOutlet(marked) };
}

/**
 * The parsed page. A page whose tags could make the parser slow, or that nests past MAX_DEPTH, is replayed
 * (html/depth.ts) and parsed without the tags that would take it deeper, so that parsing stays linear in the
 * page's size whatever its markup.
 */
function parse(html: string, warnings: string[]): Page | null {
  if (!costlyToParse(html)) {
    try {
      return parsePage(html);
    } catch (error) {
      if (!(error instanceof TooDeep)) {
        warnings.push('the markup could not be parsed');
        return null;
      }
    }
  }
  const flat = flattenDeepNesting(html);
  if (flat.dropped) warnings.push(`markup nested deeper than ${MAX_DEPTH} levels: ${flat.dropped} tags past that depth ignored`);
  try {
    return parsePage(flat.html);
  } catch (error) {
    warnings.push(error instanceof TooDeep ? `markup nested deeper than ${MAX_DEPTH} levels could not be read` : 'the markup could not be parsed');
    return null;
  }
}

/** Menus, sidebars, footers, forms and teasers hold other articles' dates and names; the page header this one's. */
function isFurnitureAroundMetadata(page: Page, pruned: Uint8Array, i: number): boolean {
  const why = pruned[i];
  if (why === Pruned.Region) return page.tag[i] !== 'header';
  return why === Pruned.Tag || why === Pruned.Hint || why === Pruned.Hidden || why === Pruned.Role || why === Pruned.Teaser;
}

export function cleanHtml(html: string): HtmlArticle {
  const warnings: string[] = [];
  const page = parse(html, warnings);
  if (!page) return { body: '', title: null, stated: {}, method: 'none', warnings };
  const metas = readMetaTags(page);
  const ld = readJsonLd(page);
  const ctx = newContext(page, null, ld);
  const furniture = measured(ctx, true).pruned;
  const furnitureAt = (i: number) => isFurnitureAroundMetadata(page, furniture, i);
  const headline = findHeadline(page, metas, ld, furnitureAt);
  ctx.headline = headline?.text ?? null;
  const result = extractBody(ctx);
  const { lines, outlet } = withoutPageFooter(result.blocks.map((b) => withoutInlineChrome(b.text)).filter(Boolean));
  if (result.method !== 'scored' && result.method !== 'none') warnings.push(`body from the ${result.method} fallback`);
  const body = lines.join('\n');
  if (body.length < SHORT_BODY) {
    warnings.push(
      ctx.teasers > 0
        ? `short or empty article body: the page lists ${ctx.teasers} teasers of other articles (an index page)`
        : 'short or empty article body: the page may not be an article',
    );
  }
  const evidence = { page, metas, ld, lines, headline, skip: furnitureAt };
  // a byline or outlet under the page's timestamp went with the footer: its last line is the byline when no other is
  const author = findAuthor(evidence) ?? (outlet ? { value: outlet, source: FOOTER_OUTLET_SOURCE } : null);
  const published = findPublished(evidence);
  return {
    body,
    title: ctx.headline,
    stated: {
      ...(headline ? { title: { value: headline.text, source: headline.source } } : {}),
      ...(author ? { author } : {}),
      ...(published ? { published } : {}),
    },
    method: result.method,
    ...(warnings.length ? { warnings } : {}),
  };
}
