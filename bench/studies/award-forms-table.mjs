// Shared by the award form studies: count each form (a regular expression over NFC text) in corpus/real and dev (with
// the seeds) and print a table of counts, then a few examples of each.
import { loadCorpus, oneLine } from './lib.mjs';

/** Recipient nouns, award nouns, award cues and a count, as regular-expression sources shared by the form studies. */
export const RECIPIENT_SRC = '(?:tập thể|cá nhân|đơn vị|người|đồng chí|cán bộ|hội viên|đoàn viên|đảng viên|học sinh|gia đình|hộ|điển hình|gương|chiến sĩ|doanh nghiệp|thanh niên)';
export const AWARD_SRC = '(?:[Gg]iấy khen|[Bb]ằng khen|[Cc]ờ thi đua|[Hh]uân chương|[Hh]uy chương|[Kk]ỷ niệm chương|[Hh]uy hiệu|[Dd]anh hiệu|[Tt]hư khen)';
export const CUE_SRC = `(?:${AWARD_SRC}|[Kk]hen thưởng|[Tt]uyên dương|[Vv]inh danh|[Tt]ôn vinh)`;
export const COUNT_SRC = '(?:hơn\\s+|gần\\s+|trên\\s+|các\\s+)?\\d+';

/** --examples N (default 4) and --only NAME of the form studies. */
export function formOptions(argv = process.argv.slice(2)) {
  return {
    examples: argv.includes('--examples') ? Number(argv[argv.indexOf('--examples') + 1]) : 4,
    only: argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : null,
  };
}

/** forms: [name, regular-expression source, what it is]; prints `# title`, the table, then `examples` matches per form. */
export function printFormCounts(title, forms, { examples = 3, only = null } = {}) {
  const sets = ['real', 'dev'];
  const rows = forms.filter(([name]) => !only || name === only).map(([name, src, what]) => ({ name, what, re: new RegExp(src, 'gu'), hits: { real: [], dev: [] } }));
  for (const set of sets)
    for (const a of loadCorpus(set)) {
      const text = a.text;
      for (const row of rows)
        for (const m of text.matchAll(row.re)) row.hits[set].push(`${a.file}: …${oneLine(text.slice(Math.max(0, m.index - 70), m.index + m[0].length + 50))}…`);
    }
  console.log(`# ${title}\n`);
  console.log('| form | real | dev | what |\n|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.name} | ${r.hits.real.length} | ${r.hits.dev.length} | ${r.what} |`);
  for (const r of rows) {
    console.log(`\n## ${r.name}: ${r.what}`);
    for (const set of sets) for (const x of r.hits[set].slice(0, examples)) console.log(`  ${x}`);
  }
}
