// Round 8: days a paper or a contract runs out on, and a paper's labelled day, counted in corpus/real and dev with
// their contexts: "hạn hiệu lực của giấy chứng nhận đăng kiểm vào ngày 15/4/2016", "sẽ hết hạn vào ngày 1.6", "thẻ BHYT
// có giá trị đến ngày 31-12" (an expiry), "Ngày kiểm định 16/10/2015", "Ngày sinh: 12/3" (a labelled field). The
// precision reviews of rounds 5 and 8 judged an expiry taken for the event wrong; the date rules mark both kinds as no
// event's day (src/lexicon/dates.ts NOT_THE_EVENT_BEFORE).
// Usage: node bench/studies/date-expiry.mjs [--examples N]
import { oneLine, readDev, readFlags, readReal, Tally } from './lib.mjs';

const flags = readFlags();
const examples = flags.number('--examples', 8);
const FORMS = {
  expiry: /(?<![\p{L}])(hết hạn|hạn hiệu lực|hạn sử dụng|hiệu lực đến|có giá trị(?: sử dụng)? đến)(?![\p{L}])[^.;\d]{0,50}?ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}/giu,
  'labelled day': /(?<![\p{L}])ngày\s+(kiểm định|cấp|sinh|đăng ký|đăng kiểm|hết hạn|hiệu lực)\s*:?\s*\d{1,2}\s*[/.-]\s*\d{1,2}/giu,
};

for (const [name, articles] of [['real', readReal()], ['dev', readDev()]]) {
  const forms = new Tally({ examples });
  for (const a of articles) {
    for (const [kind, re] of Object.entries(FORMS)) {
      for (const m of a.text.matchAll(re)) forms.add(`${kind}: "${m[1].toLowerCase()}"`, `${a.file} ${oneLine(a.text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 20))}`, a.file);
    }
  }
  console.log(`\ncorpus/${name}: expiry days and labelled days`);
  forms.print('by form', { top: 20 });
}
