import { extract } from '../src/index.js';
import type { ArticleRecord } from '../src/record.js';

/** The record of an article given as text; lines are joined with newlines. */
export function recordOf(...lines: string[]): ArticleRecord {
  return extract(lines.join('\n'));
}

/** A short article: a headline, the given body sentences as one paragraph, a byline. */
export function article(body: string, opts: { title?: string; tail?: string[] } = {}): ArticleRecord {
  return recordOf(opts.title ?? 'Hội nghị tổng kết công tác quốc phòng', body, ...(opts.tail ?? ['Minh Anh']));
}

/** The environment without NO_COLOR and FORCE_COLOR, for a child vnreport: an empty FORCE_COLOR forces colour on. */
export function withoutColourSettings(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NO_COLOR: _no, FORCE_COLOR: _force, ...rest } = env;
  return rest;
}
