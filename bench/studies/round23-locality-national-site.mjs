// Round 23: a national organiser's event held in a named city, told in the lead or the sentence after it ("… tại Hội
// nghị sơ kết … của Ủy ban Kiểm tra Trung ương diễn ra hôm nay tại Hà Nội", "buổi họp báo của Bộ Lao động, Thương binh
// và Xã hội diễn ra sáng ngày 27-5 tại Hà Nội", "Tham dự Hội nghị gồm 500 đại biểu ở Hội trường tại Hà Nội"). By
// ANNOTATION.md the locality of a national organiser (a ministry, a national conference, Bộ Tư lệnh, Quân khu) is the
// place where it was held. Counts the first sentences of corpus/real, dev and the audits (/tmp/aNall) that name a
// national organiser and a place of holding "tại <unit>", with the locality the records of a run chose (default the
// base run /tmp/r23/base: real.jsonl, dev.jsonl, audits.jsonl).
// Usage: node bench/studies/round23-locality-national-site.mjs [--audits 21] [--records DIR] [--examples 40] [--sentences 5]
import { loadGazetteer, oneLine, readFlags, realDevAudits, runLocalities, sentenceSpans } from './lib.mjs';

const flags = readFlags();
const records = flags.value('--records') ?? '/tmp/r23/base';
const examples = flags.number('--examples', 40);
const SENTENCES = flags.number('--sentences', 5);

/** A national organiser: a ministry, a central committee or office, the Government, the Assembly, a national body. */
const NATIONAL = new RegExp(
  String.raw`(?<![\p{L}])(?:Bộ (?!Chỉ huy|CHQS|đội|đội biên phòng|phận)\p{Lu}|[^.;\n]{0,50}(?:Trung ương|TƯ|TW)(?![\p{L}])|Chính phủ|Quốc hội|Tổng cục|Cục \p{Lu}|Mặt trận Tổ quốc Việt Nam|(?:Hội|Hiệp hội|Liên hiệp|Liên đoàn|Tổng Liên đoàn|Hội đồng|Ủy ban|Ban)[^.;\n]{0,50}(?:Việt Nam|[Qq]uốc gia)|Quân khu|Quân chủng|Bộ Tư lệnh|Ngân hàng Nhà nước|Kiểm toán Nhà nước|tối cao)`,
  'u',
);
/** Held at a place: a verb of holding or an event's noun, then "tại" a province or centrally-run city, by its name. */
const PROVINCE = [...loadGazetteer().provinces, 'TP.HCM', 'TP HCM', 'TPHCM', 'Sài Gòn'].sort((a, b) => b.length - a.length).join('|');
const HELD_AT = new RegExp(
  String.raw`(?<![\p{L}])(?:diễn ra|tổ chức|khai mạc|họp báo|hội nghị|hội thảo|hội trường|tọa đàm|diễn đàn|lễ|phiên họp|cuộc họp|buổi họp|cuộc gặp)(?![\p{L}])[^.;!?\n]{0,80}?(?<![\p{L}])tại\s+(?:[Tt]hủ đô\s+|TP\.?\s*|[Tt]hành phố\s+|tỉnh\s+)?(${PROVINCE})(?![\p{L}])`,
  'iu',
);

const chosenIn = runLocalities(records);

for (const [set, articles] of await realDevAudits(flags.number('--audits', 21))) {
  const hits = [];
  const byChoice = { null: 0, same: 0, other: 0 };
  for (const a of articles) {
    const text = a.text.replace(/\r/g, '');
    // the first sentences of the body (the headline, a line with no full stop, is skipped)
    const spans = sentenceSpans(text).filter((s) => /[.!?…]["”’)]*\s*$/u.test(text.slice(s.start, s.end)) || s.end - s.start > 200);
    for (const [i, s] of spans.slice(0, SENTENCES).entries()) {
      const sentence = text.slice(s.start, s.end);
      const held = HELD_AT.exec(sentence);
      // the organiser named in this sentence or the one before ("Ban Tổ chức Trung ương, Bộ Nội vụ phối hợp tổ chức
      // Hội nghị … Tham dự Hội nghị gồm 500 đại biểu ở Hội trường tại Hà Nội")
      const before = i > 0 ? text.slice(spans[i - 1].start, spans[i - 1].end) : '';
      if (!held || !(NATIONAL.test(sentence) || NATIONAL.test(before))) continue;
      const got = chosenIn(set, a.file);
      const place = /^(?:TP\.?\s*HCM|TPHCM|Sài Gòn)$/u.test(held[1]) ? 'Hồ Chí Minh' : held[1];
      const kind = got === 'null' ? 'null' : got.endsWith(place) ? 'same' : 'other';
      byChoice[kind]++;
      hits.push(`${kind.padEnd(5)} ${a.file} [s${i}] → ${got}: …${oneLine(sentence.slice(Math.max(0, held.index - 90), held.index + held[0].length)).slice(-200)}`);
      break;
    }
  }
  console.log(`\n## ${set}: ${hits.length} articles (chosen locality null ${byChoice.null}, the place held ${byChoice.same}, other ${byChoice.other})`);
  for (const h of hits.filter((x) => !x.startsWith('same')).slice(0, examples)) console.log(`  ${h}`);
}
