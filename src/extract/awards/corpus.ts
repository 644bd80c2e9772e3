// What the award rules read (each award statement), and what they must not. The first three examples are the
// three most frequent phrasings with counts in corpus/real and the dev set (bench/studies/awards.mjs).
import type { Corpus } from '../../engine/corpus.js';
import type { AwardStatement } from './index.js';

export const corpus: Corpus<AwardStatement> = {
  examples: [
    // giver · give-verb · award · "cho" · counts
    {
      text: 'Nhân dịp này, Chủ tịch UBND thành phố tặng Giấy khen cho 05 tập thể, 07 cá nhân có thành tích tiêu biểu.',
      rule: 'award-given',
      value: { award: 'Giấy khen', by: 'Chủ tịch UBND thành phố', collectives: 5, individuals: 7 },
    },
    // counts · "được" · giver? · give-verb? · award
    { text: 'Công ty có 5 cá nhân được nhận Bằng khen của Thủ tướng Chính phủ.', rule: 'award-received', value: { award: 'Bằng khen', by: 'Thủ tướng Chính phủ', individuals: 5 } },
    // counts · "được" · giver · commendation verb
    {
      text: 'Nhân dịp này có 5 tập thể 5 cá nhân có thành tích xuất sắc được UBND huyện Kim Bảng tuyên dương khen thưởng.',
      rule: 'award-commended-passive',
      value: { award: 'khen thưởng', by: 'UBND huyện Kim Bảng', collectives: 5, individuals: 5 },
    },
    // giver · give-verb · count · award · "cho" · recipient noun
    { text: 'UBND huyện trao 12 Bằng khen cho tập thể có thành tích xuất sắc.', rule: 'award-count-first', value: { award: 'Bằng khen', by: 'UBND huyện', collectives: 12, individuals: null } },
    { text: 'Dịp này, Giám đốc Công an tỉnh khen thưởng đột xuất cho 3 tập thể, 12 cá nhân.', rule: 'award-commended', value: { award: 'khen thưởng', by: 'Giám đốc Công an tỉnh', collectives: 3, individuals: 12 } },
    {
      text: 'Tại hội nghị, các tập thể, cá nhân đã nhận được giấy khen của UBND và Ban CHQS thành phố.',
      rule: 'award-named',
      value: { award: 'giấy khen', by: 'UBND và Ban CHQS thành phố', collectives: null, individuals: null },
    },
  ],
  negatives: [
    { text: 'Huyện đoàn trao 200 suất quà và Giấy chứng nhận cho tân binh.', why: 'gifts and a certificate are no award' },
    { text: 'Đội bóng nhận giải thưởng 100 triệu đồng sau chiến thắng.', why: 'prize money is no award' },
    { text: 'Cả hai đội đều muốn có được một danh hiệu và giành quyền dự cúp châu Âu.', why: 'a sporting title' },
  ],
};
