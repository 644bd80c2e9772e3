// Round 16: the word before "Name, Post" (a person with a post in apposition) and whether a run of `extract` read the
// person. For each "<intro> Name, <Title> …" of corpus/real (Name two to five capitalised words or initials, Title a
// capitalised title of the positions lexicon, perhaps after "nguyên"), the last two words before the name, with how
// many of its mentions the run's officials hold. Professions ("luật sư", "chuyên gia") and written-out scholars'
// and prelates' titles ("Tiến sĩ", "Giáo sư", "Tổng giám mục", "ngài") were read at 0-75 % before round 16.
// Also a photo credit glued before a post and its name ("Ảnh: CNN Thủ tướng Anh Theresa May"), and a birth year between a name and its post (", sinh năm 1967, Giám đốc …", "(SN 1985, Giám đốc …"), by form.
// Usage: node bin/vnreport.js extract ../shared/corpus/real > real.jsonl && node bench/studies/round16-officials.mjs real.jsonl [--examples N]
import { extractRecordsArg, lexiconStrings, oneLine, readFlags, readReal, Tally } from './lib.mjs';

const flags = readFlags();
const records = extractRecordsArg('node bench/studies/round16-officials.mjs <extract output .jsonl> [--examples N]');
const titles = lexiconStrings('POSITION_TITLES').filter((t) => /^\p{Lu}/u.test(t)).sort((a, b) => b.length - a.length);
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORD = String.raw`[\p{Lu}][\p{Ll}\p{M}'’-]*`;
const NAME = String.raw`(?:${WORD}|\p{Lu}\.)(?:\s(?:${WORD}|\p{Lu}\.)){1,4}`;
const APPOSED = new RegExp(String.raw`(?<=^|[\s(,;:.“"])((?:\p{L}+\s){0,3}?)(${NAME}),\s+((?:nguyên\s+)?(?:${titles.map(escape).join('|')}))(?![\p{L}])`, 'gu');

const BORN = /(\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){1,3})(,|\s\() ?(?:sinh năm|SN|sn|sinh) ?(?:19|20)\d\d(\)?,) ((?:nguyên )?(?:Giám đốc|Phó|Chủ tịch|Trưởng|Bí thư|Tổng|Kế toán|cán bộ|Cán bộ|Chi cục|Cục|Đội|Hiệu|Chánh|Chỉ huy)\S*(?: \S+){0,4})/gu;
const byIntro = new Tally({ examples: flags.number('--examples', 3) });
const byBirthForm = new Tally({ examples: flags.number('--examples', 3) });
const byCredit = new Tally({ examples: flags.number('--examples', 3) });
const CREDITED = new RegExp(String.raw`Ảnh\s*:\s*(?:[\p{Lu}.]{1,6}|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})\s+((?:${titles.map(escape).join('|')})[^.,;]{0,60}?)\s(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,3})`, 'gu');
for (const a of readReal()) {
  const names = (records.get(a.file)?.officials ?? []).map((o) => o.name);
  for (const m of a.text.matchAll(APPOSED)) {
    const intro = m[1].trim().split(/\s+/).slice(-2).join(' ').toLowerCase() || '(none)';
    const read = names.some((n) => m[2].endsWith(n) || n.endsWith(m[2]));
    byIntro.add(`${intro} [${read ? 'read' : 'missed'}]`, `${a.file}: ${oneLine(m[0]).slice(0, 100)}`);
  }
  for (const m of a.text.matchAll(CREDITED)) {
    const read = names.some((n) => m[2].startsWith(n) || n.startsWith(m[2]));
    byCredit.add(`photo credit, post, name [${read ? 'read' : 'missed'}]`, `${a.file}: ${oneLine(m[0]).slice(0, 100)}`);
  }
  for (const m of a.text.matchAll(BORN)) {
    const read = names.some((n) => m[1].endsWith(n));
    byBirthForm.add(`name${m[2] === ',' ? ', ' : ' ('}birth year${m[3] === '),' ? '), ' : ', '}post [${read ? 'read' : 'missed'}]`, `${a.file}: ${oneLine(m[0]).slice(0, 100)}`);
  }
}
byIntro.print('intro word before "Name, Post" [read by the run or not]', { top: 60 });
byBirthForm.print('a birth year between the name and the post [read by the run or not]');
byCredit.print('a photo credit glued before a post and its name [the name read by the run or not]');
