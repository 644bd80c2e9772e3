// Districts that neither list packaged here knows because they were renamed or split before the 2019 list, and that
// the 2013–2017 articles of corpus/real still name with their unit word: among the typed units `vnreport extract`
// gives no code there (580 names, mostly foreign cities, regions and misspellings), these are the Vietnamese units,
// 6 articles each. Each keeps the GSO code its unit had, which the unit it became still carries, and is flagged as no
// longer listed, like the units of the 2019 list merged away since.
import type { LocalityType } from '../record.js';

/** [GSO code, name, type, province code, what became of it] */
export const UNITS_BEFORE_2019: readonly (readonly [string, string, LocalityType, string, string])[] = [
  // Nghị quyết 132/NQ-CP (27 December 2013): split into quận Bắc Từ Liêm and quận Nam Từ Liêm, the latter keeping its code
  ['019', 'Từ Liêm', 'huyện', '01', 'split into Bắc Từ Liêm and Nam Từ Liêm, 2013'],
  // Nghị quyết 546/NQ-UBTVQH14 (2018): became thị xã Phú Mỹ under the same code
  ['754', 'Tân Thành', 'huyện', '77', 'became thị xã Phú Mỹ, 2018'],
];
