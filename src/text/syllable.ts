// One Vietnamese syllable as spelt: an initial consonant, one to three vowels, a final consonant. A word that is none
// ("Donald", "Coverage", "BayernCompHD") is a foreign word or a brand, or text in a legacy encoding read as Unicode.

const VOWELS = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ';

/** A Vietnamese syllable in lower case. */
export const VIETNAMESE_SYLLABLE = new RegExp(`^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[${VOWELS}]{1,3}(?:ch|ng|nh|[cmnpt])?$`, 'u');

/** Is the word, in any case, one Vietnamese syllable ("Hưng", "ĐÀO"; not "Sport", "BayernCompHD", "TS")? */
export const isVietnameseSyllable = (word: string): boolean => VIETNAMESE_SYLLABLE.test(word.toLowerCase());
