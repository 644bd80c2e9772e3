// Round 23: the byline before a charity appeal's block of where to send donations, the block closing the text ("… của
// Quý bạn đọc. Phạm Bắc Mọi đóng góp có thể gửi về 1. Gửi trực tiếp: … 2. Ủng hộ qua Báo VietNamNet: …"), found by
// audit 22 (src/extract/author/credit.ts endTail). Counts the form in corpus/real, dev and the first N audits.
// Usage: node bench/studies/round23-author.mjs [--audits 21] [--examples 6]
import { printArticleForms, readFlags, realDevAudits } from './lib.mjs';

const forms = {
  'byline then donation appeal': (text) => /\S+\s+\S+\s+Mọi (?:sự )?(?:đóng góp|giúp đỡ|ủng hộ) (?:có thể |xin )?gửi về/u.exec(text),
};
const flags = readFlags();
printArticleForms(await realDevAudits(flags.number('--audits', 0)), forms, { examples: flags.number('--examples', 6), only: flags.value('--form') ?? '' });
