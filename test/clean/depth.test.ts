// The nesting guard (src/clean/html/depth.ts) replays htmlparser2's rules to know how deep a page nests without
// parsing it. These tests hold the replay to the parser itself, so that an update of htmlparser2 that changes
// its rules shows here.
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { costlyToParse, flattenDeepNesting, MAX_DEPTH, replayNesting } from '../../src/clean/html/depth.js';
import { parsePage } from '../../src/clean/html/dom.js';

/** How deep the parsed tree goes, void elements included. */
function treeDepth(html: string): number {
  const page = parsePage(html, Infinity);
  const depth = new Int32Array(page.size);
  let deepest = 0;
  for (let i = 0; i < page.size; i++) {
    depth[i] = page.parent[i] < 0 ? 1 : depth[page.parent[i]] + 1;
    deepest = Math.max(deepest, depth[i]);
  }
  return deepest;
}

/** Markup that exercises every rule of the parser's stack: implied closes, void and raw-text elements, svg. */
const TOKENS = [
  '<div>', '</div>', '<DIV class="a">', '</div x>', '<p>', '</p>', '<p/>', '<b>', '</b>', '</ b>', '<b/>', '<i>', '</i>', '<a href="x>y">', '</a>',
  '<ul>', '</ul>', '<li>', '<table>', '<tbody>', '<thead>', '<tfoot>', '<tr>', '</tr>', '<td>', '<dd>', '<dt>', '<h1>', '<form>', '</form>',
  '<select>', '<option>', '<optgroup>', '<input>', '<rt>', '<rp>', '<hr>', '<br>', '</br>', '<img>', '</img>', '<body>', '<head>', '<x/>',
  '<svg>', '</svg>', '<svg/>', '<math>', '</math>', '<mi>', '</mi>', '<desc>', '</desc>', '<foreignObject>', '</foreignobject>',
  '<title>t</title>', '<script>a<b>c</script>', '<style>b{}</style>', '<textarea>q<b></textarea>', '<xmp>a<b></xmp>',
  '<!-- c -->', '<![CDATA[x]]>', '<!doctype html>', '&amp;', '<', '>', 'text',
];

/** Tag soup from a fixed seed: the same pages on every run. */
function* soups(count: number, seed = 1): Generator<string> {
  let state = seed;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let k = 0; k < count; k++) {
    const parts: string[] = [];
    const n = 1 + Math.floor(next() * 300);
    for (let i = 0; i < n; i++) parts.push(TOKENS[Math.floor(next() * TOKENS.length)]);
    yield parts.join('');
  }
}

const benchDir = path.resolve(process.env.VNREPORT_SHARED ?? path.join(import.meta.dirname, '../../../shared'), 'bench/scrapinghub/html');

describe('the nesting replay', () => {
  it('predicts how deep the parser nests tag soup: the tree is as deep as its stack, or one deeper (void elements)', () => {
    for (const html of soups(800)) {
      const { deepest } = replayNesting(html, Infinity);
      const tree = treeDepth(html);
      // a tag cut off by the end of the page is on the parser's stack but not in the tree
      expect(tree, html).toBeLessThanOrEqual(deepest + 1);
      expect(tree, html).toBeGreaterThanOrEqual(deepest - 1);
    }
  });

  it.runIf(fs.existsSync(benchDir))('predicts how deep real pages nest (the 181 benchmark pages)', () => {
    for (const name of fs.readdirSync(benchDir)) {
      const html = gunzipSync(fs.readFileSync(path.join(benchDir, name))).toString('utf8');
      const { deepest } = replayNesting(html, Infinity);
      expect([deepest, deepest + 1], name).toContain(treeDepth(html));
      expect(costlyToParse(html), name).toBe(false);
    }
  });

  it('leaves a page that nests no deeper than the limit, which the replay then leaves as it is', () => {
    const limit = 5;
    for (const html of soups(800, 7)) {
      const flat = flattenDeepNesting(html, limit);
      expect(treeDepth(flat.html), html).toBeLessThanOrEqual(limit);
      const again = replayNesting(flat.html, limit);
      expect(again.droppedOpenings, html).toBe(0);
      expect(again.drops, html).toEqual([]);
    }
  });

  it('keeps the text of the tags it leaves out, and a "<" before one stays text', () => {
    const flat = flattenDeepNesting(`<body>${'<div>'.repeat(10)}a<<b>b</p>c`, 4);
    expect(flat.dropped).toBe(9); // 8 divs and the b: body and two divs fit under a limit of 4, with room for a void element
    expect(treeDepth(flat.html)).toBeLessThanOrEqual(4);
    const page = parsePage(flat.html);
    expect(page.texts.join('')).toBe('a< bc');
  });

  it('hands the parser "</b><i>" repeated as a page that nests within MAX_DEPTH and holds no closing tag that closes nothing', () => {
    const html = `<html><body><p>Tin bài</p>${'</b><i>'.repeat(20_000)}x</body></html>`;
    expect(costlyToParse(html)).toBe(true);
    const flat = flattenDeepNesting(html);
    expect(flat.dropped).toBe(20_000 - (MAX_DEPTH - 3));
    expect(flat.html).not.toContain('</b>');
    expect(replayNesting(flat.html).deepest).toBeLessThan(MAX_DEPTH);
  });

  it('leaves well-formed pages as they are, however many tags they hold', () => {
    const page = `<html><head><title>t</title></head><body>${'<div class="row"><p>Một đoạn văn bản <b>đậm</b> và <a href="#">liên kết</a>.<br></p></div>\n'.repeat(3000)}</body></html>`;
    expect(flattenDeepNesting(page)).toEqual({ html: page, dropped: 0 });
  });
});
