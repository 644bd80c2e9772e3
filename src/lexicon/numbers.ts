// Numbers written as words, and the words that qualify a count. Data, not code.

/** Number words and their value. "năm" (five) is left out: it is far more often "year". */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  một: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  tư: 4,
  sáu: 6,
  bảy: 7,
  bẩy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
  'mười một': 11,
  'mười hai': 12,
  'mười ba': 13,
  'mười lăm': 15,
  'hai mươi': 20,
  'ba mươi': 30,
  'một trăm': 100,
};

/** Words before a count that make it approximate or a total: "hơn 150 hội viên", "tổng số 12 tập thể". */
export const COUNT_QUALIFIERS: readonly string[] = ['hơn', 'trên', 'gần', 'khoảng', 'tổng số', 'tổng cộng', 'gồm', 'gần như', 'xấp xỉ', 'ước', 'ước tính', 'chừng', 'tới', 'lên tới', 'lên đến', 'đến'];
