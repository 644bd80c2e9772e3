#!/usr/bin/env node
// Corpus study: a province named bare as the end of a name that is not a place: a football club (a sponsor before it,
// "SHB Đà Nẵng", "FLC Thanh Hóa", "Than Quảng Ninh", "XSKT Cần Thơ", or "FC" after it, "Hà Nội FC"), a stock exchange
// ("Sở Giao dịch chứng khoán Hà Nội"), a newspaper ("Pháp Luật TP.HCM"), a theatre or a national university. Counted
// by form over corpus/real; with OUT.jsonl (an `extract` run), how often such a name gave the article's locality.
// Found (round 4): only the newspaper is never the story's place. A club's name is often its home venue ("B.Bình Dương"
// at home), and trapping it moved the locality to the other team's name; a stock exchange's city is where its auctions
// and ceremonies are held; a national university and a theatre stand in their city.
//   node bench/studies/locality-team-names.mjs [OUT.jsonl] (--limit N)
import { chosenLocalities, readFlags, readReal, snippet, tallies } from './lib.mjs';

const flag = readFlags();
const out = process.argv.slice(2).find((a) => a.endsWith('.jsonl'));
const chosen = chosenLocalities(out);
const PROVINCE = '(Hà Nội|TP\\.? ?HCM|TP\\.? ?Hồ Chí Minh|TPHCM|Sài Gòn|Đà Nẵng|Hải Phòng|Cần Thơ|Khánh Hòa|Thanh Hóa|Bình Dương|Quảng Ninh|Ninh Bình|Gia Lai|Nghệ An|Long An|Quảng Nam|Nam Định|Hà Tĩnh|Đồng Tháp|Bình Định|Hải Dương|Đồng Nai|An Giang|Kiên Giang|Huế|Quảng Ngãi|Hà Nam|Thái Bình|Lâm Đồng|Đắk Lắk|Tây Ninh|Vĩnh Long|Bình Phước|Kon Tum|Phú Yên|Sơn La)';
const FORMS = [
  ['club: sponsor before', new RegExp(`(?<![\\p{L}])(SHB|Sanna|FLC|Becamex|B\\.|Than|XSKT|Vissai|Sông Lam|Đồng Tâm|QNK|Khatoco|Kienlongbank|Xi măng|Navibank|Hùng Vương|Đông Á|Sài Gòn Xuân Thành|Quảng Nam FC) ${PROVINCE}`, 'gu')],
  ['club: FC after', new RegExp(`(?<![\\p{L}])${PROVINCE}( FC)(?![\\p{L}])`, 'gu')],
  ['stock exchange', new RegExp(`(Sở [Gg]iao dịch [Cc]hứng khoán|SGDCK|Sở GDCK) ${PROVINCE}`, 'gu')],
  ['newspaper Pháp Luật', new RegExp(`(Pháp [Ll]uật) ${PROVINCE}`, 'gu')],
  ['theatre', new RegExp(`(Nhà hát(?: [\\p{Lu}][\\p{L}]*){0,3}) ${PROVINCE}`, 'gu')],
  ['national university', new RegExp(`(ĐHQG|ĐH Quốc gia|Đại học Quốc gia) ${PROVINCE}`, 'gu')],
];
const [byForm, byChosen] = tallies();
for (const { file, text } of readReal(flag.limit)) {
  const id = /r\d+/.exec(file)?.[0];
  for (const [form, re] of FORMS) {
    for (const m of text.matchAll(re)) {
      const ex = snippet(text, m.index, m.index + m[0].length, 80);
      byForm.add(form, ex, file);
      const place = m[1].startsWith(m[0].slice(0, 2)) && form === 'club: FC after' ? m[1] : m[2];
      const locality = chosen.get(id)?.text;
      if (locality && place && place.includes(locality)) byChosen.add(form, `${ex} [chosen: ${locality}]`, file);
    }
  }
}
byForm.print('Provinces ending a name that is no place', { top: 10 });
if (out) byChosen.print('…where the article\'s locality chosen is that province (maybe from another mention)', { top: 10 });
