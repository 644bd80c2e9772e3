#!/usr/bin/env node
// Corpus study (round 8): articles whose acting body is national (a ministry "Bộ …", Chính phủ, Thủ tướng, Quốc hội,
// a central Party board "Ban … Trung ương", Ủy ban Kiểm tra Trung ương, a vice-minister) in the headline or the
// lead's first sentence, by the role by which src/refine/locality.ts chose their locality (organiser, place, lead,
// title, first, frequent; null), whether the chosen unit is named in the opening, and how often its province is named.
// Round 7's judged errors of this kind (3 of 7): a ministry's national project naming one of 37 poor districts, the
// Central Inspection Commission disciplining leaders of several provinces, a vice-minister visiting a provincial
// incident's patients in a Hà Nội hospital. Reads the build (`npm run build`): the refiners run as the pipeline runs
// them, and the locality's role is read from the refined findings (checked equal to `extract`'s locality for all 501).
// Found (round 8, at 6d070e9): 501 of 5,000 articles open on a national body; 374 have no locality; of the 127 with one,
// the role is lead 69 (43 named in the lead's first sentence, 26 later), organiser 40 (27 / 13), place 15, title 3;
// first and frequent never. So the locality of a national body's news comes from no one weak fallback. Reviewed: all 26
// "lead, named after the first sentence": 11 right (a national meeting held in the city, the province the ministry
// acts on, the PM's host city), 10 wrong (8 a unit in passing that should give null: another event's city, a
// bracketed example, a person's district, one of several projects or temples; 1 a caption's ward where the city is
// right; 1 a suspect's home ward), 5 borderline (a ministry's statement on a provincial hospital's doctor, twice). The
// sharpest cut (no site word before the unit, its province not in the headline: 12) would be right to give null for
// 4 to 6 of the 12; naming four or more provinces does not separate either (3 wrong of 14). The 43 named in the first
// sentence are mostly right (the body acts on that province). Of round 7's three judged errors of this kind, one is
// "lead, later" after a site word ("sự cố … tại tỉnh Hòa Bình"), one has no national body in the opening (the
// ministry's project named later), one is an organiser named in a later sentence of a round-up: three routes, no rule.
//   node bench/studies/locality-national.mjs (--limit N examples per group, --role ROLE lists only that role, --all)
import path from 'node:path';
import { builtModule, readFlags, readReal, oneLine, refinedArticle, shared } from './lib.mjs';

const { SITE_OR_BODY_BEFORE } = await builtModule('lexicon/places.js');

const flags = readFlags();
const limit = Number.isFinite(flags.limit) ? flags.limit : 6;
const onlyRole = flags.value('--role');

/** A national body acting, by form (the first that matches the opening names the group). */
export const NATIONAL_BODY = {
  'Thủ tướng / Chính phủ': /(?<![\p{L}])(?:(?:Phó )?Thủ tướng(?: Chính phủ)?|Chính phủ|Văn phòng Chính phủ)(?![\p{L}])/u,
  'Quốc hội': /(?<![\p{L}])(?:Quốc hội|UBTVQH)(?![\p{L}])/u,
  'Trung ương (Đảng)': /(?<![\p{L}])(?:Ủy ban Kiểm tra Trung ương|UBKT ?TƯ|UBKTTW|Ban [\p{Lu}][\p{L} ]{0,30}Trung ương|Ban Bí thư|Bộ Chính trị|Tổng Bí thư)(?![\p{L}])/u,
  'Bộ / Thứ trưởng / Bộ trưởng': /(?<![\p{L}])(?:Bộ (?:trưởng|Y tế|GD(?:&|-)?ĐT|Giáo dục|Công an|Quốc phòng|Tài chính|Công Thương|Xây dựng|Nội vụ|Tư pháp|Ngoại giao|Tài nguyên|TN(?:&|-)?MT|Nông nghiệp|NN(?:&|-)?PTNT|Giao thông|GTVT|Lao động|LĐ-TB(?:&|-)?XH|Văn hóa|VH-TT(?:&|-)?DL|Khoa học|KH(?:&|-)?CN|Kế hoạch|KH(?:&|-)?ĐT|Thông tin|TT(?:&|-)?TT)|Thứ trưởng)(?![\p{L}])/u,
};

async function refined(file) {
  const article = await refinedArticle(file);
  if (!article) return null;
  const localities = article.findings.get('locality') ?? [];
  const primary = localities.find((f) => f.value.role !== 'mention') ?? null;
  const mentions = localities.filter((f) => f.value.role === 'mention');
  return { doc: article.doc, facts: article.facts, primary, mentions };
}

const groups = new Map();
let national = 0;
let total = 0;
for (const a of readReal()) {
  total++;
  const r = await refined(path.join(shared, 'corpus', 'real', a.file));
  if (!r) continue;
  const { doc, facts, primary } = r;
  const text = doc.text;
  const title = facts.titleLine !== null ? text.slice(doc.lines[facts.titleLine].start, doc.lines[facts.titleLine].end) : '';
  const body = doc.sentences.filter((s) => facts.titleLine === null || s.line !== facts.titleLine);
  const first = body[0] ? text.slice(body[0].start, body[0].end) : '';
  const opening = `${title} ‖ ${first}`;
  const form = Object.entries(NATIONAL_BODY).find(([, re]) => re.test(opening))?.[0];
  if (!form) continue;
  national++;
  const role = primary ? primary.value.role : 'null';
  if (onlyRole && role !== onlyRole) continue;
  const openingEnd = body[0] ? body[0].end : doc.lines[facts.titleLine ?? 0]?.end ?? 0;
  const where = !primary ? '' : primary.origin.start < openingEnd ? ' / in opening' : ' / later';
  const province = primary?.value.unit?.province;
  const times = province ? [primary, ...r.mentions].filter((f) => f.value.unit?.province === province).length : 0;
  // the weak fallback looked at: a unit first named after the lead's first sentence, not as a site or a body's, its
  // province not in the headline
  const weak = role === 'lead' && where === ' / later' && !SITE_OR_BODY_BEFORE.test(text.slice(Math.max(0, primary.origin.start - 120), primary.origin.start)) && !(primary.value.unit && [primary, ...r.mentions].some((f) => f.value.unit?.province === province && f.origin.start < (doc.lines[facts.titleLine ?? -1]?.end ?? 0)));
  const key = `${role}${where}${weak ? ' / weak (no site, province not in the headline)' : ''}`;
  if (!groups.has(key)) groups.set(key, []);
  const provinces = new Set([primary, ...r.mentions].filter((f) => f?.value.unit).map((f) => f.value.unit.province)).size;
  const loc = primary ? `${primary.value.type} ${primary.value.name} (${times}× its province, ${provinces} provinces named) ← …${oneLine(text.slice(Math.max(0, primary.origin.start - 60), primary.origin.start))}[${oneLine(text.slice(primary.origin.start, primary.origin.end))}]` : '';
  groups.get(key).push(`${a.file} [${form}] ${loc} ‖ ${oneLine(title).slice(0, 90)} ‖ ${oneLine(first).slice(0, 140)}`);
}
console.log(`${national} of ${total} articles name a national body acting in the headline or the lead's first sentence`);
for (const [key, list] of [...groups.entries()].sort((x, y) => y[1].length - x[1].length)) {
  console.log(`\n## ${key}: ${list.length}`);
  for (const ex of flags.has('--all') ? list : list.slice(0, limit)) console.log(`  ${ex}`);
}
