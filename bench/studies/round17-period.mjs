// Round 17: a year the lead tells as done ("Trong năm 2019, Bộ CHQS tỉnh đã xây dựng …") that a review word names
// again elsewhere ("… tổng kết công tác quân sự, quốc phòng năm 2019"), in an article whose page date does not put it in
// the season years are reported on (undated, or dated in mid-year): how many articles of corpus/real, dev and any
// audit folders given have such a year, with the period vnreport gives them now and, where there is one, the annotated.
// Usage: node bench/studies/round17-period.mjs [audit folders …]
import fs from 'node:fs';
import path from 'node:path';
import { refinedArticle, shared } from './lib.mjs';

const extra = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const folders = [path.join(shared, 'corpus/real'), path.join(shared, 'corpus/dev'), ...extra];
const key = (p) => `${p.from}/${p.to}`;
const counts = new Map();
for (const dir of folders) {
  for (const f of fs.readdirSync(dir).filter((n) => /\.(txt|html?)$/.test(n)).sort()) {
    let raw = [];
    const r = await refinedArticle(path.join(dir, f), (findings) => void (raw = findings.get('period').slice()));
    if (!r) continue;
    const lead = raw.find((c) => c.value.where !== 'body' && c.value.opensDoneClause && c.value.cue !== 'plan' && c.value.kind === 'year');
    if (!lead || !raw.some((c) => c !== lead && c.value.namesReview && key(c.value) === key(lead.value))) continue;
    const got = r.findings.get('period')[0]?.value;
    const expected = path.join(dir, 'expected', f.replace(/\.(txt|html?)$/, '.json'));
    const gold = fs.existsSync(expected) ? JSON.parse(fs.readFileSync(expected, 'utf8')).period : undefined;
    const verdict = gold === undefined ? 'not annotated' : gold && gold.from === lead.value.from && gold.to === lead.value.to ? 'annotated that year' : `annotated ${gold ? key(gold) : 'null'}`;
    const k = `${path.basename(dir)}: ${verdict}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
    console.log(`${path.basename(dir)}/${f}: lead year ${lead.value.from.slice(0, 4)}, vnreport ${got ? key(got) : 'null'}, ${verdict}`);
  }
}
for (const [k, n] of counts) console.log(`${k}: ${n}`);
