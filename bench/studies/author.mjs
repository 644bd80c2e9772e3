#!/usr/bin/env node
// Corpus study: how real Vietnamese news credits an article (bylines at the end, lead tags, the aggregator's outlet
// line, "Theo …", agency suffixes, photo credits) and how the first line reads (headline or not). Prints frequency
// tables over corpus/real, then per-article analyses of the dev set against its expected author and title, with the
// score of a rule of thumb for each.
//   node bench/studies/author.mjs            (both parts)
//   node bench/studies/author.mjs --real     (corpus/real only; --limit N for the first N articles)
//   node bench/studies/author.mjs --dev      (dev only; --verbose prints every dev article)
//   node bench/studies/author.mjs --top 50   (rows per table)
//   node bench/studies/author.mjs --sample 'other fragment' --sample-n 30   (credits of one form, by eye)
//   node bench/studies/author.mjs --debug 182   (the end credit of one dev article)
import path from 'node:path';
import { LEAD_TAG, Tally, firstLineFeatures, isHeadline, parts, readDev, readFlags, readReal, root, section, snippet, tallies } from './lib.mjs';

// The credit fragment at the end of the body, as the author rules read it (src/extract/author/credit.ts)
const { endTail, withoutPhotoCredit } = await import(path.join(root, 'dist', 'extract', 'author', 'credit.js')).catch(() => {
  console.error('author.mjs reads credits with the built rules: npm run build first');
  process.exit(2);
});

const flag = readFlags();
const { onlyReal, onlyDev, verbose, top: TOP, limit: LIMIT } = flag;

// ---------------------------------------------------------------------------------------------------------------
// Lexicon of the study (data)

/** Credit prefixes before the names. */
const PREFIX_WORDS = ['Tin và ảnh', 'Tin, ảnh, video', 'Tin, ảnh', 'Tin - ảnh', 'Tin/ảnh', 'Bài và ảnh, video', 'Bài và ảnh', 'Bài, ảnh', 'Bài - ảnh', 'Bài/ảnh', 'Bài', 'Tin', 'Nhóm phóng viên', 'Nhóm PV', 'Thực hiện', 'Ghi chép', 'Lược dịch', 'Tổng hợp', 'Tác giả', 'Nguồn', 'Người viết'];
const PREFIX = new RegExp(`^(${PREFIX_WORDS.map((w) => w.replace(/[/]/g, '\\/')).join('|')})\\s*:\\s*`, 'u');
/** Agency or outlet suffixes after a person byline: "(TTXVN)", "/VOV.VN", "/KD&PL", "(T.Hợp)", "(theo VTC)". */
const SUFFIX = /\s*(?:\((?:TTXVN|T\.Hợp|T\/h|th|TH|[Tt]ổng hợp[^)]{0,40}|thực hiện|[Tt]heo [^)]{1,40}|[A-ZĐ][\p{L}&.+]{1,15})\)|\/\s*(?:VOV(?:\.VN)?(?:\s*[-–]\s*[\p{L} ]{2,20})?|[A-ZĐ][\p{L}&.+]{1,15}(?:\.VN|\.vn)?)|[-–]\s*TTXVN|\s[Tt]ổng hợp|\s[-–])\s*$/u;
const AGENCY_ONLY = /^\(?(?:TTXVN|TTXVN\/Tin Tức|TTXVN\/Vietnam\+|PV|P\.V|Nhóm PV|CTV|BTV|VOV|VOV\.VN|PV\/[\p{L}]+)\)?$/u;
const UP = 'A-ZĐÐÀÁẢÃẠÂẦẤẨẪẬĂẰẮẲẴẶÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ';
const NAME_WORD = `[${UP}][\\p{Ll}]+`;
const CAPS_WORD = `[${UP}]{2,}`;
const INITIALS = `(?:[${UP}][\\p{Ll}]{0,2}\\.\\s?)+[${UP}][\\p{L}]*`;
const PERSON = new RegExp(`^(?:${NAME_WORD}|${INITIALS})(?:\\s+${NAME_WORD}){0,4}(?:\\s*[-–,&]\\s*(?:${NAME_WORD}|${INITIALS})(?:\\s+${NAME_WORD}){0,4}){0,3}$`, 'u');
const PERSON_CAPS = new RegExp(`^${CAPS_WORD}(?:\\s+${CAPS_WORD}){0,4}(?:\\s*[-–,]\\s*${CAPS_WORD}(?:\\s+${CAPS_WORD}){0,4}){0,3}$`, 'u');
const ONLY_INITIALS = new RegExp(`^(?:[${UP}]\\.\\s?)+[${UP}]?\\.?$|^[${UP}]{1,4}$`, 'u');

// ---------------------------------------------------------------------------------------------------------------

/** The form of a credit fragment and the author a rule would read from it. */
function classifyTail(tail) {
  if (tail === null) return { form: 'ends with prose (no credit)', author: null };
  if (!tail) return { form: 'ends with sentence punctuation (no credit)', author: null };
  let t = tail.match(/^(\S+[\s/]\S.*?)\s+\1$/u)?.[1] ?? tail; // the credit printed twice: "Nguyễn Quỳnh/VOV.VN Nguyễn Quỳnh/VOV.VN"
  let form = t === tail ? '' : 'repeated credit, once: ';
  const glued = t.match(/^(.*?[\p{L}])\s*\/?\s*(Theo\s.+)$/u); // "Nhật maiTheo Infonet", "Luna / Theo Trí Thức Trẻ"
  if (glued && glued[1].trim()) t = `${glued[1].trim()} (${glued[2]})`;
  t = t.replace(/^(?:CTV|PV|Nhóm PV)\s+(?=[\p{Lu}])/u, ''); // "CTV Nhật Minh/VOV.VN"
  const source = t.match(/^\(Nguồn:?\s+([^)]+)\)$/u);
  if (source) return { form: '"(Nguồn X)" only', author: source[1] };
  const pre = t.match(PREFIX);
  if (pre) {
    form = `"${pre[1]}:" + `;
    t = t.slice(pre[0].length);
  }
  const theo = t.match(/^\([Tt]heo\s+(.+?)\)$/u) ?? t.match(/^[Tt]heo\s+(.+)$/u);
  if (theo && !form) {
    const who = theo[1].replace(SUFFIX, '').trim();
    return who !== theo[1].trim() && (PERSON.test(who) || PERSON_CAPS.test(who)) && !/^(?:Báo|Tạp chí|Đài|VTC|VOV|TTXVN)/u.test(who)
      ? { form: '"Theo" + person + (outlet)', author: who }
      : { form: '"Theo X" / "(Theo X)" only', author: theo[1].trim() };
  }
  let suffix = '';
  let m;
  while ((m = t.match(SUFFIX)) && m.index > 0) {
    suffix = m[0].trim() + suffix;
    t = t.slice(0, m.index).trim();
  }
  if (suffix) form += `name + suffix ${/TTXVN/.test(suffix) ? '(TTXVN)' : /\/\s*VOV/i.test(suffix) ? '/VOV.VN' : /[Tt]heo/.test(suffix) ? '(theo X)' : /T\.Hợp|[Tt]ổng hợp/.test(suffix) ? '(Tổng hợp)' : /thực hiện/.test(suffix) ? '(thực hiện)' : '(other outlet)'} → `;
  if (AGENCY_ONLY.test(t) || AGENCY_ONLY.test(tail.trim())) return { form: `${form}agency or PV only`, author: (AGENCY_ONLY.test(t) ? t : tail.trim()).replace(/^\(|\)$/g, '') };
  if (ONLY_INITIALS.test(t) || new RegExp(`^${INITIALS}$`, 'u').test(t)) return { form: `${form}initials ("M.T", "N. C")`, author: t };
  if (PERSON_CAPS.test(t)) return { form: `${form}ALL-CAPS name(s)`, author: t };
  if (PERSON.test(t)) return { form: `${form}Title-case name(s)`, author: t };
  if (/^[\p{Lu}][\p{Ll}]+(?:\s[\p{L}]+){0,2}$/u.test(t)) return { form: `${form}short sentence-case fragment ("Tuổi trẻ")`, author: t };
  return { form: `${form}other fragment`, author: null };
}

/** A coarse family of a credit form, for the summary table. */
function family(c) {
  if (!c.author) return /prose|punctuation/.test(c.form) ? 'no credit at the end' : 'unreadable fragment (other)';
  if (/"Theo X"|\(Nguồn X\)/.test(c.form)) return '"Theo X" / "(Nguồn X)" only (outlet or person)';
  if (/agency or PV/.test(c.form)) return 'agency or PV only ("(TTXVN)", "PV", "TTXVN/Tin Tức")';
  if (/initials/.test(c.form)) return 'initials ("M.T", "P.V", "N. C")';
  if (/sentence-case/.test(c.form)) return 'short sentence-case fragment (outlet such as "Tuổi trẻ")';
  const parts_ = [];
  if (/^"|: \+/.test(c.form) && /"[^"]+:"/.test(c.form)) parts_.push('prefix');
  if (/suffix/.test(c.form)) parts_.push('suffix');
  return `person name${parts_.length ? ` with ${parts_.join(' and ')}` : ''}${/ALL-CAPS/.test(c.form) ? ' (ALL CAPS)' : ''}`;
}

/** Lead tag of a lead line: "HNM" from "(HNM) - …", "KTĐT" from "KTĐT - …"; null when there is none. */
function leadTag(line) {
  const m = (line ?? '').match(LEAD_TAG);
  if (!m || /^\s*\(\d/.test(line)) return null;
  const tag = (m[1] ?? m[2]).trim();
  if (/^(?:Ảnh|ảnh|Nguồn)/u.test(tag) || tag.split(/\s+/).length > 3) return null;
  return tag;
}

/** The last paragraph of an HTML article body that is not the outlet's "Mời bạn đọc …" pointer. */
function htmlLastCredit(lines) {
  const body = lines.filter((l) => !/^\*\s?Mời bạn đọc/u.test(l));
  return body[body.length - 1] ?? '';
}

/** Author of a full HTML page: article:author meta, JSON-LD Person, .author element (not meta name=author: the site). */
function htmlPageAuthor(html) {
  const meta = html.match(/<meta[^>]+property="article:author"[^>]+content="([^"]+)"/)?.[1];
  if (meta && !/^https?:/.test(meta)) return { form: 'meta article:author', author: meta };
  const ld = html.match(/"author"\s*:\s*\[?\s*\{[^}]*?"@type"\s*:\s*"Person"[^}]*?"name"\s*:\s*"([^"]+)"/)?.[1];
  if (ld) return { form: 'JSON-LD author Person', author: ld };
  const el = html.match(/class="[^"]*author[^"]*"[^>]*>([^<]{2,60})</)?.[1]?.trim();
  if (el) return { form: '.author element', author: el };
  return null;
}

/**
 * The rule of thumb: 1. a person credit at the end of the body (prefix, suffix and "Theo … (outlet)" stripped); 2. a
 * "Theo X" credit → X; 3. an agency-only credit ("(TTXVN)", "PV") as printed; 4. the lead tag; 5. the aggregator's
 * outlet line (page chrome); 6. null. HTML pages: meta article:author / JSON-LD; fragments: the last paragraph.
 */
function ruleAuthor(a) {
  if (a.html && /<html/i.test(a.html)) {
    const page = htmlPageAuthor(a.html);
    return page ? { step: `html: ${page.form}`, author: page.author } : { step: 'null', author: null };
  }
  const text = a.html ? null : a.lines.join('\n');
  const p = a.html ? null : parts(text);
  const last = a.html ? htmlLastCredit(a.lines) : [...p.body].reverse().find((l) => l.trim()) ?? '';
  const c = classifyTail(endTail(last));
  if (c.author && !/^"Theo X"/.test(c.form) && !/agency/.test(c.form)) return { step: `end credit: ${c.form}`, author: c.author };
  if (c.author && /^"Theo X"/.test(c.form)) return { step: 'end credit: "Theo X"', author: c.author };
  if (c.author) return { step: 'end credit: agency/PV only', author: c.author };
  const headline = a.html ? false : isHeadline(a.lines[0]);
  const tag = leadTag(a.lines[headline ? 1 : 0]);
  if (tag) return { step: 'lead tag', author: tag };
  if (p?.chrome) return { step: 'outlet line (page chrome)', author: p.chrome.outlet };
  return { step: 'null', author: null };
}

// ---------------------------------------------------------------------------------------------------------------
// Part 1: corpus/real

function realStudy() {
  const real = readReal(LIMIT);
  section(`corpus/real: ${real.length} articles, credits`);
  const [tails, families, prefixes, suffixes, tags, tagForms, outlets, combos, photo, tagVsOutlet, steps] = tallies();
  let chromeArticles = 0;
  for (const { file, text } of real) {
    const p = parts(text);
    const last = [...p.body].reverse().find((l) => l.trim()) ?? '';
    const tail = endTail(last);
    const c = classifyTail(tail);
    families.add(family(c), tail ? tail.slice(0, 70) : null, file);
    tails.add(c.form, tail ? `${tail.slice(0, 80)}  → ${c.author ?? 'null'}` : snippet(last, last.length - 100, last.length, 110), file);
    const pre = tail?.match(PREFIX);
    if (pre) prefixes.add(`${pre[1]}:`, tail.slice(0, 80), file);
    const suf = tail?.match(SUFFIX);
    if (suf) suffixes.add(suf[0].trim().replace(/[\p{Lu}][\p{Ll}]+(?:\s[\p{Lu}][\p{Ll}]+)*/gu, 'Xx').slice(0, 30), tail.slice(0, 80), file);
    const tm = p.lead.match(LEAD_TAG);
    const tag = leadTag(p.lead);
    if (tag) {
      tags.add(tag, snippet(p.lead, 0, 0, 100), file);
      tagForms.add(tm[0].trim().replace(tag, 'X'), snippet(p.lead, 0, 0, 80), file);
    }
    if (p.chrome) {
      chromeArticles++;
      outlets.add(p.chrome.outlet, null, file);
      if (tag) tagVsOutlet.add(tag.replace(/\s*Online$/, '').toLowerCase() === p.chrome.outlet.toLowerCase() ? 'lead tag = outlet line' : 'lead tag ≠ outlet line', `${tag} / ${p.chrome.outlet}`, file);
    }
    const person = c.author && !/agency|Theo X/.test(c.form);
    combos.add(`${person ? 'person credit' : c.author ? 'agency/Theo credit' : 'no end credit'} + ${tag ? 'lead tag' : 'no tag'} + ${p.chrome ? 'outlet line' : 'no outlet line'}`, null, file);
    for (const m of text.matchAll(/\(?Ảnh\s*:\s*([^\n.;)]{1,40})/gu)) {
      const atEnd = text.length - m.index < 60;
      photo.add(atEnd ? '"Ảnh: X" at the very end' : /Internet|minh họa|TL|tư liệu/i.test(m[1]) ? '"Ảnh: Internet / minh họa / TL"' : '"Ảnh: X" in a caption', snippet(text, m.index, m.index + m[0].length, 100), file);
    }
    const cut = withoutPhotoCredit(last.trimEnd());
    if (cut !== last.trimEnd()) photo.add('a photo credit closing the body, cut before the credit is read', `${snippet(last, last.length - 90, last.length, 100)}  → ${classifyTail(endTail(cut)).author ?? '(credit of the sentence before)'}`, file);
    for (const m of text.matchAll(/(?<![\p{L}])(Nguồn|Tác giả)\s*:\s*([^\n]{1,40})/gu)) photo.add(`"${m[1]}:" anywhere`, snippet(text, m.index, m.index + m[0].length, 100), file);
    steps.add(ruleAuthor({ lines: text.split('\n'), html: null }).step, null, file);
  }
  families.print('The credit at the end of the body, by family', { top: 12 });
  tails.print('The credit at the end of the body, by form (the rule\'s reading after →)', { top: TOP });
  prefixes.print('Credit prefixes', { top: TOP });
  suffixes.print('Agency / outlet suffixes after a name (names shown as Xx)', { top: TOP });
  tagForms.print('Lead tag shapes (X = the tag)', { top: TOP });
  tags.print('Lead tags', { top: TOP, examples: false });
  console.log(`\narticles with the aggregator's trailing chrome (timestamp, section, keywords, outlet): ${chromeArticles}/${real.length}`);
  outlets.print('Outlet line of the page chrome', { top: TOP, examples: false });
  tagVsOutlet.print('Lead tag against the outlet line (same outlet?)', { top: 5 });
  combos.print('Which credits an article carries', { examples: false });
  photo.print('Photo credits and source lines (not bylines)', { top: 10 });
  steps.print('The rule of thumb over corpus/real: deciding step', { examples: false });
}

// ---------------------------------------------------------------------------------------------------------------
// Part 2: dev, author and title

const norm = (s) => String(s ?? '').normalize('NFC').toLowerCase().replace(/\s+/g, ' ').replace(/^[\s"“”'.:;,–-]+|[\s"“”'.:;,–-]+$/g, '').trim();

function devAuthor(dev) {
  section(`dev: ${dev.length} articles, author`);
  const where = new Tally();
  const steps = new Tally();
  const rows = [];
  const misses = [];
  let right = 0;
  for (const a of dev) {
    const g = a.expected.author;
    const text = a.lines.join('\n');
    const p = a.html ? null : parts(text);
    const headline = a.html ? false : isHeadline(a.lines[0]);
    const tag = a.html ? null : leadTag(a.lines[headline ? 1 : 0]);
    const last = a.html ? htmlLastCredit(a.lines) : [...p.body].reverse().find((l) => l.trim()) ?? '';
    const tail = endTail(last);
    let w;
    if (g === null) w = `gold null (${tail ? `end: "${tail.slice(0, 30)}"` : 'no end credit'}${tag ? `, tag ${tag}` : ''}${p?.chrome ? `, outlet ${p.chrome.outlet}` : ''})`;
    else if (a.html && /<html/i.test(a.html)) w = `html page: ${htmlPageAuthor(a.html)?.form ?? '?'}`;
    else if (tail && norm(tail).includes(norm(g))) w = norm(tail) === norm(g) ? 'end credit, as is' : `end credit, with extra ("${tail.slice(0, 40)}")`;
    else if (tag && norm(tag) === norm(g)) w = 'lead tag';
    else if (p?.chrome && norm(p.chrome.outlet) === norm(g)) w = 'outlet line (page chrome)';
    else if (norm(text).includes(norm(g))) w = `elsewhere in the text (${snippet(text, text.indexOf(g), text.indexOf(g) + g.length, 70)})`;
    else w = 'not found verbatim';
    where.add(w.replace(/\(".*$|\(…|\(end:.*|\(no end.*$/u, '').trim(), `${a.id}: ${w.slice(0, 110)}`, a.id);
    const r = ruleAuthor(a);
    const ok = norm(r.author) === norm(g);
    if (ok) right++;
    else misses.push(`${a.id}: got ${JSON.stringify(r.author)} [${r.step}], gold ${JSON.stringify(g)}`);
    steps.add(`${r.step.replace(/:.*?(?=$)/, (x) => (x.length > 40 ? ':…' : x))} → ${ok ? 'right' : 'wrong'}`, null, a.id);
    rows.push(`${a.id}\t${JSON.stringify(g)}\t${w.slice(0, 80)}\t${JSON.stringify(r.author)} [${r.step}]`);
  }
  where.print('Where the gold author comes from', { top: 40 });
  steps.print('The rule of thumb on dev: deciding step and outcome', { examples: false });
  console.log(`\nrule of thumb: ${right}/${dev.length} (scorer's comparison: case-insensitive, outer punctuation trimmed)`);
  console.log(`misses:\n  ${misses.join('\n  ')}`);
  if (verbose) {
    console.log('\nid\tgold\twhere\trule');
    for (const r of rows) console.log(r);
  }
}

function devTitle(dev) {
  section(`dev: ${dev.length} articles, title (first line)`);
  const feats = new Tally();
  const rows = [];
  let right = 0;
  for (const a of dev) {
    const g = a.expected.title;
    let predicted;
    let first;
    if (a.html) {
      first = a.lines[0] ?? '';
      predicted = /<h1|og:title/.test(a.html) ? first.replace(/[.?!:]+$/u, '') : null;
    } else {
      first = a.lines[0];
      predicted = isHeadline(first) ? first.trim().replace(/[.?!:…]+$/u, '').trim() : null;
    }
    if (norm(predicted) === norm(g) || (predicted === null && g === null)) right++;
    const f = firstLineFeatures(first);
    const cls = g === null ? 'gold null (not a headline)' : 'gold headline';
    const kind = a.html ? (/<html/i.test(a.html) ? 'html page' : 'html fragment') : 'text';
    feats.add(`${cls} | ${kind}`, null, a.id);
    const lenBand = f.chars <= 60 ? '≤60' : f.chars <= 100 ? '61-100' : f.chars <= 150 ? '101-150' : f.chars <= 200 ? '151-200' : '>200';
    feats.add(`${cls} | length ${lenBand} chars`, null, a.id);
    if (f.endsPeriod) feats.add(`${cls} | ends with "."`, first.slice(-50), a.id);
    if (f.endsQuestion) feats.add(`${cls} | ends with ? or !`, first.slice(-60), a.id);
    if (f.leadTag) feats.add(`${cls} | opens with a lead tag "(BĐ) -"`, first.slice(0, 60), a.id);
    if (f.dateOpener) feats.add(`${cls} | opens with a date ("Ngày 22.4,")`, first.slice(0, 60), a.id);
    if (f.allCaps) feats.add(`${cls} | ALL CAPS`, first.slice(0, 60), a.id);
    if (/:/.test(first) && f.chars < 150) feats.add(`${cls} | has a colon "X: …"`, first.slice(0, 60), a.id);
    if (f.commas >= 2) feats.add(`${cls} | 2+ commas`, first.slice(0, 60), a.id);
    if (a.lines[1] && a.lines[1].startsWith(first.slice(0, 30)) && !a.html) feats.add(`${cls} | repeated as the next line's opening`, null, a.id);
    rows.push(`${a.id}\t${kind}\t${f.chars}\t${f.endsPeriod ? '.' : f.endsQuestion ? '?' : '-'}\t${JSON.stringify(g)?.slice(0, 60)}\t${JSON.stringify(predicted)?.slice(0, 60)}`);
  }
  feats.print('First-line features against the gold title', { top: 60 });
  console.log(`\nrule (text: a first line is the headline unless it ends with "." (not "..."), opens with a "(Tag) -" lead tag, holds "Ảnh:" or runs over 180 characters; the headline loses a trailing ? ! . : ; HTML: h1 or og:title only): ${right}/${dev.length}`);
  if (verbose) {
    console.log('\nid\tkind\tchars\tend\tgold\trule');
    for (const r of rows) console.log(r);
  }
}

function realTitles() {
  const real = readReal(LIMIT);
  section(`corpus/real: ${real.length} first lines`);
  const t = new Tally();
  for (const { file, text } of real) {
    const first = text.split('\n')[0];
    const f = firstLineFeatures(first);
    t.add(`length ${f.chars <= 40 ? '≤40' : f.chars <= 80 ? '41-80' : f.chars <= 120 ? '81-120' : f.chars <= 160 ? '121-160' : '>160'}`, null, file);
    if (f.endsPeriod) t.add('ends with "." (not "...")', first.slice(-60), file);
    if (f.endsEllipsis) t.add('ends with "..." or "…"', first.slice(-60), file);
    if (f.endsQuestion) t.add('ends with ? or !', first.slice(-60), file);
    if (f.leadTag) t.add('opens with a lead tag', first.slice(0, 60), file);
    if (f.dateOpener) t.add('opens with a date', first.slice(0, 60), file);
    if (f.allCaps) t.add('ALL CAPS', first.slice(0, 60), file);
    if (/^[^:]{2,40}:\s/.test(first)) t.add('"X: …" prefix (place, topic or person)', first.slice(0, 60), file);
    if (/["“'‘]/.test(first)) t.add('has quotes', first.slice(0, 60), file);
    if (!isHeadline(first)) t.add('the rule says: not a headline', first.slice(0, 100), file);
    const second = text.split('\n')[1] ?? '';
    if (second.trim() === first.trim()) t.add('second line repeats the first', first.slice(0, 60), file);
  }
  t.print('First lines of corpus/real', { top: 40 });
}

if (flag.has('--sample')) {
  // --sample FORM: credit fragments of one form (substring of the form name), evenly spread, to check by eye
  const want = flag.value('--sample');
  const hits = [];
  for (const { file, text } of readReal(LIMIT)) {
    const p = parts(text);
    const tail = endTail([...p.body].reverse().find((l) => l.trim()) ?? '');
    const c = classifyTail(tail);
    if (c.form.includes(want)) hits.push(`${file}: ${JSON.stringify(tail)} → ${JSON.stringify(c.author)}`);
  }
  const step = Math.max(1, Math.floor(hits.length / flag.number('--sample-n', 25)));
  console.log(`${hits.length} credits of form ~"${want}"; every ${step}th:`);
  for (let i = 0; i < hits.length; i += step) console.log(`  ${hits[i]}`);
  process.exit(0);
}
if (flag.has('--debug')) {
  const a = readDev().find((x) => x.id === flag.value('--debug'));
  const p = parts(a.lines.join('\n'));
  const last = [...p.body].reverse().find((l) => l.trim()) ?? '';
  console.log(JSON.stringify(last.slice(-200)), '\n→', JSON.stringify(endTail(last)), classifyTail(endTail(last)));
  process.exit(0);
}

if (!onlyDev) {
  realStudy();
  realTitles();
}
if (!onlyReal) {
  const dev = readDev();
  devAuthor(dev);
  devTitle(dev);
}
