// What the byline rules read, and what they must not.
import type { Corpus } from '../../engine/corpus.js';

export const corpus: Corpus<string> = {
  examples: [
    { text: 'Hội nghị tổng kết\nTại hội nghị, các tập thể nhận giấy khen.\nTác giả: Hoàng Thạc\nSign In', rule: 'author-label', value: 'Hoàng Thạc' },
    { text: 'Hội nghị tổng kết\nTại hội nghị, các tập thể nhận giấy khen.\nTin, ảnh: Minh Anh', rule: 'author-label', value: 'Minh Anh' },
    { text: 'Hội nghị tổng kết\nTại hội nghị, các tập thể nhận giấy khen.\nMinh Khang', rule: 'author-last-line', value: 'Minh Khang' },
    { text: 'Hội nghị tổng kết\nTại hội nghị, các tập thể nhận giấy khen. Hằng Hà - Đức Hoàng', rule: 'author-closing-name', value: 'Hằng Hà - Đức Hoàng' },
    { text: 'Giá vàng tăng\n(NDHMoney) Lũy kế từ đầu năm, giá vàng đã tăng.\nGiá vàng trong nước cũng tăng theo.', rule: 'author-lead-outlet', value: 'NDHMoney' },
  ],
  negatives: [
    { text: 'Hội nghị tổng kết\nTại hội nghị, các tập thể nhận giấy khen của UBND thành phố.\nẢnh: Minh Anh', why: 'a photo credit is no byline' },
  ],
};
