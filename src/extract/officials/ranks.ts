// Military and police ranks (Luật Sĩ quan QĐND Điều 10; Luật QNCN Điều 16; Luật NVQS Điều 8; CAND uses the
// officer ranks). Canonical spelling first; both tone placements are matched through normalisation.

export const RANKS: readonly string[] = [
  'Đại tướng',
  'Thượng tướng',
  'Trung tướng',
  'Thiếu tướng',
  'Đô đốc',
  'Phó Đô đốc',
  'Chuẩn Đô đốc',
  'Đại tá',
  'Thượng tá',
  'Trung tá',
  'Thiếu tá',
  'Đại úy',
  'Thượng úy',
  'Trung úy',
  'Thiếu úy',
  'Thượng sĩ',
  'Trung sĩ',
  'Hạ sĩ',
  'Binh nhất',
  'Binh nhì',
];

/** What may follow a rank and belongs to it: "Trung tá QNCN", "Đại tá Công an". */
export const RANK_QUALIFIERS: readonly string[] = [
  'quân nhân chuyên nghiệp',
  'QNCN',
  'Công an',
  'công an',
  'Hải quân',
  'Biên phòng',
];
