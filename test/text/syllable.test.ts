import { describe, expect, it } from 'vitest';
import { isVietnameseSyllable } from '../../src/text/syllable.js';

// Words of corpus/real's closing credits ("Nguồn: The Coverage Anh Đào", "Nguồn: TS Media Nguyễn Hưng") and of
// foreign names after a title ("Tổng thống Mỹ Donald Trump").
describe('isVietnameseSyllable', () => {
  it.each(['Nguyễn', 'Hưng', 'ĐÀO', 'nghiêng', 'Anh', 'Quỳnh', 'the', 'On'])('%s is one', (w) => expect(isVietnameseSyllable(w)).toBe(true));
  it.each(['Coverage', 'Sport', 'Media', 'BayernCompHD', 'TS', 'Mail', 'Donald', 'Trump'])('%s is none', (w) => expect(isVietnameseSyllable(w)).toBe(false));
});
