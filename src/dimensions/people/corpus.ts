// What the people dimension reads, and what it must not.
import type { Corpus } from '../../engine/corpus.js';

export const corpus: Corpus = {
  examples: [
    { text: 'Đồng chí Nguyễn Thị Huế - Phó Chủ tịch', unit: 'person', rule: 'person-name', written: 'Nguyễn Thị Huế', value: { surname: true } },
    { text: 'Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung', unit: 'person', rule: 'person-name', written: 'Nguyễn Đức Chung' },
    { text: 'Thượng úy Trần Văn Anh, Trưởng công an xã', unit: 'person', rule: 'person-name', written: 'Trần Văn Anh' },
    { text: 'Đại tá Vũ Bá Bộ, Chính ủy', unit: 'person', rule: 'person-name', written: 'Vũ Bá Bộ' },
    { text: 'ông An-tô-ni Lếch phát biểu', unit: 'person', rule: 'person-name', written: 'An-tô-ni Lếch' },
    { text: 'Phó Chủ tịch Lê Văn A chủ trì', unit: 'person', rule: 'person-name', written: 'Lê Văn A' },
    { text: 'đại biểu Dương Trung Quốc phát biểu', unit: 'person', rule: 'person-name', written: 'Dương Trung Quốc' },
  ],
  negatives: [
    { text: 'UBND huyện Kim Bảng tổ chức', unit: 'person', why: 'a unit named after its unit word, though "Kim" is a surname' },
    { text: 'Đoàn Thanh niên phường tổ chức', unit: 'person', why: 'a body whose first word is also a surname' },
    { text: 'tại UBND TỈNH', unit: 'person', why: 'capitals of an acronym run' },
    { text: 'Hà Nội tổ chức', unit: 'person', why: 'a province, not a name' },
    { text: 'Đại sứ Trung Quốc tại Việt Nam phát biểu', unit: 'person', why: 'a country after a title, with no surname before it' },
  ],
};
