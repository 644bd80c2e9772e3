// The refiners, in the order they run. Each is one concern; a later one may read what an earlier one decided
// (the event's year needs the publication date; a figure's year needs the period).
import type { Refiner } from '../engine/refine.js';
import { resolveAwards } from './awards.js';
import { chooseEventDate, choosePublished } from './dates.js';
import { chooseLocality } from './locality.js';
import { mergeOfficials } from './officials.js';
import { resolvePercentages } from './percentages.js';
import { choosePeriod } from './period.js';
import { chooseAuthor, chooseTitle } from './precedence.js';
import { referenceYear } from './years.js';

export const REFINERS: readonly Refiner[] = [
  chooseTitle,
  chooseAuthor,
  choosePublished,
  chooseEventDate,
  choosePeriod,
  referenceYear,
  chooseLocality,
  mergeOfficials,
  resolvePercentages,
  resolveAwards,
];
