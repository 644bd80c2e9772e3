// What the locality rule reads (every unit named is a candidate), and what it must not.
import type { Corpus } from '../../engine/corpus.js';
import type { PlaceValue } from '../../dimensions/places/index.js';

export const corpus: Corpus<PlaceValue> = {
  examples: [
    { text: 'Chiều 9/01, UBND quận Dương Kinh tổ chức hội nghị.', rule: 'locality-mention', value: { type: 'quận', name: 'Dương Kinh' } },
    { text: 'Hội nghị diễn ra tại Hà Nội.', rule: 'locality-mention', value: { type: 'thành phố', name: 'Hà Nội', typed: false } },
  ],
  negatives: [
    { text: 'Chủ tịch UBND tỉnh Phạm Anh Tuấn phát biểu.', why: 'a person named after the unit word names no unit' },
    { text: 'Quốc hội thảo luận về dự án luật.', why: 'no unit named' },
  ],
};
