// The readable view of a record for a terminal: one block per article, findings with their evidence.
import type { ChalkInstance } from 'chalk';
import type { ArticleRecord, Evidence, Locality } from '../record.js';

function quote(c: ChalkInstance, e: Evidence | undefined, max = 70): string {
  if (!e) return '';
  const t = e.text.replace(/\s+/g, ' ');
  return c.dim(` “${t.length > max ? `${t.slice(0, max - 1)}…` : t}”`);
}

function rule(c: ChalkInstance, e: Evidence | undefined, explain: boolean): string {
  return explain && e ? c.magenta(` [${e.rule} ${e.span[0]}-${e.span[1]}]`) : '';
}

/** `shows` says which fields to show (--fields); a row without a label continues the one above. */
export function summary(r: ArticleRecord, c: ChalkInstance, explain = false, shows: (field: string) => boolean = () => true): string {
  const out: string[] = [];
  const head = r.ok ? c.green('✓') : c.red('✗');
  out.push(`${head} ${c.bold(r.file)}${r.encoding && r.encoding !== 'utf-8' ? c.dim(` (${r.encoding})`) : ''}`);
  if (!r.ok) {
    out.push(`  ${c.red(r.error ?? 'failed')}`);
    return out.join('\n');
  }
  let showing = true;
  const row = (label: string, value: string) => {
    if (label) showing = shows(label);
    if (showing) out.push(`  ${c.cyan(label.padEnd(12))}${value}`);
  };
  const place = (l: Locality) => `${l.type} ${c.bold(l.name)}${l.province ? `, ${l.province}` : ''}${quote(c, l)}${rule(c, l, explain)}`;
  const none = c.dim('—');
  const s = r.sources ?? {};
  row('title', r.title ? `${r.title}${rule(c, s.title, explain)}` : none);
  const implied = s.date?.implied?.length ? c.yellow(` (${s.date.implied.join(', ')} inferred)`) : '';
  row('date', r.date ? `${r.date}${implied}${quote(c, s.date)}${rule(c, s.date, explain)}` : none);
  row('published', r.published ? `${r.published}${quote(c, s.published)}${rule(c, s.published, explain)}` : none);
  row('period', r.period ? `${r.period.from} → ${r.period.to}${quote(c, r.period)}${rule(c, r.period, explain)}` : none);
  row('locality', r.locality ? place(r.locality) : none);
  row('author', r.author ? `${r.author}${rule(c, s.author, explain)}` : none);
  if (!r.officials.length) row('officials', none);
  r.officials.forEach((o, i) =>
    row(
      i ? '' : 'officials',
      `${o.rank ? `${o.rank} ` : ''}${c.bold(o.name)}${o.positions.length ? ` — ${o.positions.join('; ')}` : ''}${explain ? quote(c, o) : ''}${rule(c, o, explain)}`,
    ),
  );
  if (!r.percentages.length) row('percentages', none);
  r.percentages.forEach((p, i) =>
    row(
      i ? '' : 'percentages',
      `${c.bold(`${p.value}${p.max !== undefined ? `–${p.max}` : ''}%`)} ${p.status === 'planned' ? c.yellow('planned') : c.green('achieved')}${p.year ? ` ${p.year}` : ''} ${p.target}${quote(c, p)}${rule(c, p, explain)}`,
    ),
  );
  if (!r.awards.length) row('awards', none);
  r.awards.forEach((a, i) => {
    const counts = [a.collectives !== null ? `${a.collectives} tập thể` : '', a.individuals !== null ? `${a.individuals} cá nhân` : ''].filter(Boolean).join(', ');
    row(i ? '' : 'awards', `${c.bold(a.award)}${a.by ? ` by ${a.by}` : ''}${counts ? ` → ${counts}` : ''}${explain ? quote(c, a) : ''}${rule(c, a, explain)}`);
  });
  // every other unit named: in the explanation, where the choice of `locality` among them is the question
  if (explain) (r.localities ?? []).forEach((l, i) => row(i ? '' : 'localities', place(l)));
  if (shows('warnings')) for (const w of r.warnings ?? []) out.push(`  ${c.yellow('warning')}    ${w}`);
  return out.join('\n');
}
