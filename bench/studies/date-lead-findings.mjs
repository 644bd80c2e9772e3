// The event-date rules' raw findings of one article, as the built project reads it (`npm run build`): every day the
// date rules read, before the refiner chooses, with its sentence of the body and why its surroundings say it is no
// event's day. Shared by the date studies that count what the lead's days are (date-state-start.mjs,
// date-stale-days.mjs).
import fs from 'node:fs';
import { builtModule } from './lib.mjs';

const { prepareArticle } = await builtModule('prepare.js');
const { buildDoc } = await builtModule('engine/document.js');
const { lexArticle } = await builtModule('dimensions/index.js');
const { findAll } = await builtModule('engine/rule.js');
const { DATE_RULES } = await builtModule('extract/date/index.js');

/**
 * { text, days } for the file at `file`: `days` one per start offset (the first rule's reading), in text order, each
 * { start, end, day, month, year, sentence, notEvent, rule }. null when the file cannot be read.
 */
export function leadFindings(file) {
  const prepared = prepareArticle({ file, bytes: fs.readFileSync(file) });
  if (!prepared.ok) return null;
  const doc = buildDoc(prepared.cleaned.text, prepared.cleaned.format, prepared.cleaned.headline);
  const seen = new Set();
  const days = [];
  for (const f of findAll('date', DATE_RULES, { doc, units: lexArticle(doc) }).sort((a, b) => a.origin.start - b.origin.start)) {
    if (seen.has(f.origin.start)) continue;
    seen.add(f.origin.start);
    days.push({ start: f.origin.start, end: f.origin.end, rule: f.origin.rule, ...f.value });
  }
  return { text: doc.text, days };
}

/** The records of an `extract` JSONL run, by file name (r0001.txt). */
export function recordsByFile(jsonl) {
  const out = new Map();
  for (const line of fs.readFileSync(jsonl, 'utf8').split('\n')) if (line.trim()) {
    const r = JSON.parse(line);
    out.set(r.file.replace(/^.*[\\/]/, ''), r);
  }
  return out;
}
