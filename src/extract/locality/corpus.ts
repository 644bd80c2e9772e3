// What the locality rule reads (every unit named is a candidate), and what it must not.
import type { Corpus } from '../../engine/corpus.js';
import type { PlaceValue } from '../../dimensions/places/index.js';

export const corpus: Corpus<PlaceValue> = {
  examples: [
    { text: 'Chiều 9/01, UBND quận Dương Kinh tổ chức hội nghị.', rule: 'locality-mention', value: { type: 'quận', name: 'Dương Kinh' } },
    { text: 'Hội nghị diễn ra tại Hà Nội.', rule: 'locality-mention', value: { type: 'thành phố', name: 'Hà Nội', typed: false } },
    // "Sài Gòn" is the city's other name; ending a capitalised name ("Thời báo Kinh tế Sài Gòn") it is still read as a
    // mention here, and the refiner sets it aside (test/extract/locality.test.ts)
    { text: 'Một người chơi xe tại Sài Gòn đã dán lại chiếc xe.', rule: 'locality-mention', value: { type: 'thành phố', name: 'Hồ Chí Minh', typed: false } },
    // a national organiser's event held in a city is that city's (src/refine/locality.ts, nationalEventSite; round 23)
    { text: 'Đây là thông tin từ buổi họp báo của Bộ Lao động, Thương binh và Xã hội diễn ra sáng ngày 27-5 tại Hà Nội.', rule: 'locality-mention', value: { type: 'thành phố', name: 'Hà Nội', typed: false } },
  ],
  negatives: [
    { text: 'Chủ tịch UBND tỉnh Phạm Anh Tuấn phát biểu.', why: 'a person named after the unit word names no unit' },
    { text: 'Quốc hội thảo luận về dự án luật.', why: 'no unit named' },
    { text: 'Hội nghị do Bộ Công Thương tổ chức tại Trung tâm Hội nghị Quốc gia.', why: 'a venue named after the nation names no unit' },
  ],
};
