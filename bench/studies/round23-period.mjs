// Round 23: a yearly meeting named for its year in the headline or the first lines ("HỘI NGHỊ ĐẠI BIỂU NGƯỜI LAO ĐỘNG
// NĂM 2018", "Hội nghị tổng kết … và triển khai nhiệm vụ năm 2020") while a review in the text names the year before
// ("báo cáo Tổng kết hoạt động sản xuất kinh doanh năm 2017"): the year before is the one reviewed, also on a page
// dated only by the year it speaks of (src/refine/period.ts plannedYear).
// Counts the form in corpus/real, dev and the first N audits (/tmp/a1all …, when present).
// Usage: node bench/studies/round23-period.mjs [--audits 21] [--examples 4]
import { printArticleForms, readFlags, realDevAudits } from './lib.mjs';

const MEETING = String.raw`(?:[Hh]ội nghị|HỘI NGHỊ|[Đđ]ại hội|ĐẠI HỘI|[Kk]ỳ họp|KỲ HỌP)`;
const REVIEW = String.raw`(?:[Tt]ổng kết|TỔNG KẾT|[Ss]ơ kết|SƠ KẾT|tình hình thực hiện|kiểm điểm)`;
const forms = {
  'meeting-year': (text) => {
    const opening = text.split('\n').filter((l) => l.trim()).slice(0, 5).join('\n');
    const m = new RegExp(String.raw`${MEETING}[^\n.]{0,150}?(?:năm|NĂM)\s+(20\d\d)`, 'u').exec(opening);
    if (!m) return null;
    const before = Number(m[1]) - 1;
    return new RegExp(String.raw`${REVIEW}[^.\n]{0,150}?năm\s+${before}(?!\d)`, 'u').exec(text) ? m : null;
  },
};
const flags = readFlags();
printArticleForms(await realDevAudits(flags.number('--audits', 0)), forms, { examples: flags.number('--examples', 4), only: flags.value('--form') ?? '' });
