// Verbs that name what an organiser does at the event; the words before them name the organiser.
export const EVENT_VERBS: readonly string[] = [
  'tổ chức',
  'long trọng tổ chức',
  'khai mạc',
  'bế mạc',
  'chủ trì',
  'đồng chủ trì',
  'họp',
  'tiến hành',
  'phát động',
  'ra quân',
  'tổng kết',
  'sơ kết',
  'khánh thành',
  'khởi công',
  'ký kết',
  'trao',
  'tặng',
  'trao tặng',
  'đón nhận',
  'kiểm tra',
  'làm việc',
  'thăm',
  'giao ban',
  'triển khai',
  'công bố',
  'phát lệnh',
];

/** Openers of a lead sentence that are time, not actors: "Sáng 6/2", "Vừa qua", "Trong 5 tháng đầu năm". */
export const TIME_OPENERS = /^(?:\(?[\p{L}\p{N}.\s]{0,30}\)?\s*-\s*)?(?:sáng|chiều|tối|trưa|đêm|ngày|hôm|vừa\s+qua|mới\s+đây|trong|nhân|sau|trước|tuần|tháng|năm|chiều\s+nay|sáng\s+nay|\(?\d)/iu;

/** Openers that name the place: "tại xã Hành Đức", "ở Kontum". */
export const PLACE_OPENERS = /^(?:tại|ở|trên\s+địa\s+bàn)\s/iu;
