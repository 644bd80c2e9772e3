// What the byline rules read, and what they must not.
import type { Corpus } from '../../engine/corpus.js';

export const corpus: Corpus<string> = {
  examples: [
    { text: 'Hội nghị tổng kết\nTại hội nghị, các tập thể nhận giấy khen.\nTác giả: Hoàng Thạc\nSign In', rule: 'author-label', value: 'Hoàng Thạc' },
    { text: 'Hội nghị tổng kết\nTại hội nghị, các tập thể nhận giấy khen.\nTin, ảnh: Minh Anh', rule: 'author-label', value: 'Minh Anh' },
    { text: 'Hội nghị tổng kết\nTại hội nghị, các tập thể nhận giấy khen.\nMinh Khang', rule: 'author-credit', value: 'Minh Khang' },
    { text: 'Hội nghị tổng kết\nTại hội nghị, các tập thể nhận giấy khen. Hằng Hà - Đức Hoàng', rule: 'author-credit', value: 'Hằng Hà - Đức Hoàng' },
    { text: 'Hội nghị tổng kết\nTại hội nghị, các tập thể nhận giấy khen.Tin, ảnh: HỒNG BỈNH HIẾU', rule: 'author-credit', value: 'HỒNG BỈNH HIẾU' },
    { text: 'Hội nghị tổng kết\nTại hội nghị, các tập thể nhận giấy khen. Lê Phong (TTXVN)', rule: 'author-credit', value: 'Lê Phong' },
    { text: 'Hội nghị tổng kết\nTại hội nghị, các tập thể nhận giấy khen. Theo VTC', rule: 'author-theo', value: 'VTC' },
    { text: 'Hội nghị tổng kết\nTại hội nghị, các tập thể nhận giấy khen./.(TTXVN)', rule: 'author-agency', value: 'TTXVN' },
    { text: 'Giá vàng tăng\n(NDHMoney) Lũy kế từ đầu năm, giá vàng đã tăng.\nGiá vàng trong nước cũng tăng theo.', rule: 'author-lead-tag', value: 'NDHMoney' },
    { text: 'Thi công cầu\nKTĐT - Sáng 31/5, UBND thành phố tổ chức hội nghị.', rule: 'author-lead-tag', value: 'KTĐT' },
  ],
  negatives: [
    { text: 'Hội nghị tổng kết\nTại hội nghị, các tập thể nhận giấy khen của UBND thành phố.\nẢnh: Minh Anh', why: 'a photo credit is no byline' },
  ],
};
