// What the title rule reads, and what it must not.
import type { Corpus } from '../../engine/corpus.js';

export const corpus: Corpus<string> = {
  examples: [
    { text: 'Hội nghị tổng kết công tác quốc phòng năm 2019\nChiều 9/01, UBND thành phố tổ chức hội nghị.', rule: 'title-first-line', value: 'Hội nghị tổng kết công tác quốc phòng năm 2019' },
    { text: '( Cập nhật lúc: 10/01/2020 )\nThành phố Bắc Kạn triển khai công tác quốc phòng\nChiều 9/01, UBND thành phố tổ chức.', rule: 'title-first-line', value: 'Thành phố Bắc Kạn triển khai công tác quốc phòng' },
    { text: 'Đà Nẵng: Khai mạc Lễ hội pháo hoa quốc tế!\nTối 30/4, thành phố khai mạc.', rule: 'title-first-line', value: 'Đà Nẵng: Khai mạc Lễ hội pháo hoa quốc tế' },
  ],
  negatives: [
    { text: 'Sáng 21/4, UBND tỉnh tổ chức hội nghị tổng kết.\nDự hội nghị có các đồng chí lãnh đạo.', why: 'a lead sentence that opens with the event date' },
    { text: 'Một dòng duy nhất không có gì khác', why: 'a text of one line has no headline apart from its body' },
  ],
};
