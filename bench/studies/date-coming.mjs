// Days a plan word dates: "sẽ" or "dự kiến" earlier in the sentence, then "vào", "từ" or "trong" right before the day
// ("… sẽ diễn ra từ ngày 9 - 14/6", "dự kiến ra tòa trong ngày 12.6"), counted in the first six sentences of every
// article of corpus/real, by the word before the day and whether a verb of saying stands between (an announcement
// dated that day). src/lexicon/dates.ts PLANNED_ON marks such days as coming.
// Usage: node bench/studies/date-coming.mjs [--examples N]   (--examples 0 lists all)
import { readFlags, readReal, sentenceSpans, oneLine, Tally } from './lib.mjs';

const flags = readFlags();
const examples = flags.number('--examples', 12);
const PLANNED = /(?<![\p{L}])(sẽ|dự kiến)(?![\p{L}])([^.!?\n]*?)\s(từ|vào|trong)\s+((?:(?:sáng|trưa|chiều|tối|đêm)\s+)?(?:(?:các|hai|2)\s+)?(?:ngày\s+)?)(\d{1,2})\s*[-/.]\s*\d{1,2}(?!\.\d{3})/giu;
const SAYING = /(?<![\p{L}])(?:tuyên bố|thông báo|cho biết|cho hay|công bố|khẳng định|cam kết|yêu cầu|đề nghị|chỉ đạo|quyết định|ra mắt|cho rằng|nói|phát biểu|đồng ý|nhất trí|thông qua)(?![\p{L}])/iu;

const byWord = new Tally({ examples: examples || 1000 });
for (const a of readReal()) {
  for (const s of sentenceSpans(a.text).slice(0, 6)) {
    const sentence = a.text.slice(s.start, s.end);
    for (const m of sentence.matchAll(PLANNED)) {
      const key = `${m[1].toLowerCase()} … ${m[3].toLowerCase()} <day>${SAYING.test(m[2]) ? ' (a verb of saying between)' : ''}`;
      byWord.add(key, oneLine(sentence.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40)), a.file);
    }
  }
}
byWord.print('plan word … vào / từ / trong <day>, first six sentences of corpus/real', { top: 20 });
