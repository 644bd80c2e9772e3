// Round 24: two kinds of goal figure the rules missed, counted in corpus/real and dev, each hit marked by whether a
// run's records hold a figure of its value for that article ("found") or not ("MISS").
//   node bench/studies/round24-percentages.mjs [--records /tmp/r24] [--examples 8] [--form NAME] [--missed|--found]
// Forms:
//   population-goal     a share of the population under a goal cue of its sentence, with what it attains after it
//                       ("Mục tiêu … đến năm 2020, 100% dân số ngoại thành được sử dụng nước sạch")
//   population-other    a share of the population otherwise ("chiếm 15% dân số", "20% dân số chưa tham gia BHYT"):
//                       demographic shares, no target (ANNOTATION.md)
//   goal-horizon-comma  a goal cue whose clause holds only its horizon, a comma, then the figure and its group
//                       ("Mục tiêu đến năm 2025, 90% trẻ em …", "Đề án đặt mục tiêu trong năm 2017, 100% cửa hàng …")
import { heldPercentValues, readFlags, realDevAudits, sentenceSpans, oneLine } from './lib.mjs';

const P = String.raw`\d+(?:[.,]\d+)?\s?%`;
const GOAL = String.raw`(?:phấn đấu|mục tiêu|chỉ tiêu|đề ra|đặt ra|tiến tới|hướng tới)`;
const ATTAIN = String.raw`(?:được|đạt|có|tham gia|sử dụng|tiếp cận)`;
const HORIZON = String.raw`(?:\s+(?:của|đến|tới|trong|vào|năm|giai đoạn|hết|cuối|\d{4}|[-–]|\p{Lu}[\p{L}\p{M}]*))+`;
const forms = {
  'population-goal': new RegExp(String.raw`${GOAL}[^.;]{0,80}?(?<![\d.,])(${P})\s+(?:số\s+)?dân số(?:\s+[^\s.;,]+){0,4}?\s+${ATTAIN}\s`, 'iu'),
  'population-other': (text) => (new RegExp(GOAL, 'iu').test(text) ? null : new RegExp(String.raw`(?<![\d.,])(${P})\s+(?:số\s+)?dân số`, 'iu').exec(text)),
  'goal-horizon-comma': new RegExp(String.raw`${GOAL}${HORIZON}\s*,\s*(?:có\s+)?(?:hơn\s+|trên\s+|ít nhất\s+)?(${P})\s+(?:số\s+|các\s+)?[\p{Ll}\p{M}]+`, 'iu'),
};

const flags = readFlags();
const recordsDir = flags.value('--records') ?? '/tmp/r24';
const found = heldPercentValues(recordsDir, ['real', 'dev']);
const valueOf = (s) => Number(s.replace(/\s?%$/, '').replace(',', '.'));
const examples = flags.number('--examples', 8);
const only = flags.value('--form') ?? '';
for (const [name, form] of Object.entries(forms)) {
  if (only && only !== name) continue;
  console.log(`\n## ${name}`);
  for (const [set, articles] of await realDevAudits(0)) {
    const hits = [];
    for (const a of articles) {
      for (const s of sentenceSpans(a.text)) {
        const text = a.text.slice(s.start, s.end);
        const m = typeof form === 'function' ? form(text) : form.exec(text);
        if (!m) continue;
        const ok = found.get(a.file)?.has(valueOf(m[1])) ?? false;
        if ((flags.has('--missed') && ok) || (flags.has('--found') && !ok)) continue;
        hits.push(`${ok ? 'found' : 'MISS '} ${a.file}: ${oneLine(text.slice(Math.max(0, m.index - 60), m.index + m[0].length + 40)).slice(-240)}`);
      }
    }
    const missed = hits.filter((h) => h.startsWith('MISS')).length;
    console.log(`${set.padEnd(12)} ${hits.length} (${missed} missed)`);
    for (const h of hits.slice(0, examples)) console.log(`  ${h}`);
  }
}
