// The vnreport command line: extract, clean, check.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { compareRecord, expectedOf } from '../check.js';
import type { InputFormat } from '../clean/index.js';
import { colourFor } from '../emit/colour.js';
import { formatDiff } from '../emit/diff.js';
import { prettyJson } from '../emit/json.js';
import { DEFAULT_MAX_BYTES, formatBytes, MAX_ARTICLE_BYTES } from '../read/limits.js';
import { DEFAULT_EXTENSIONS, expandInputs, parseShard, planInputs, UsageError, type InputPlan, type Shard } from '../read/inputs.js';
import { cleanOne, runOne, write } from './io.js';
import { RecordWriter, type OutputFormat } from './output.js';
import { Progress } from './progress.js';
import { IN_PROCESS_BELOW, runArticles } from './run.js';
import { EXIT_OUTPUT, outputFailure, standardOutput } from './stdout.js';

const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

function version(): string {
  const pkg = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function extensions(list: string | undefined): string[] {
  if (!list) return DEFAULT_EXTENSIONS;
  return list.split(',').map((e) => e.trim()).filter(Boolean).map((e) => (e.startsWith('.') ? e : `.${e}`));
}

function warn(message: string): void {
  process.stderr.write(`vnreport: ${message}\n`);
}

function planOf(args: string[], ext: string | undefined, shard?: Shard, onWarning: (m: string) => void = warn, followLinks = false): InputPlan {
  if (!args.length) {
    if (process.stdin.isTTY) throw new UsageError('no input: give files, folders or glob patterns, or - to read standard input');
    args = ['-'];
  }
  return planInputs(args, { extensions: extensions(ext), shard, onWarning, followLinks });
}

/** "16M", "512k", "2GB", "1000000": a size in bytes (K, M, G are powers of 1024). */
export function parseSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?\s*$/i.exec(value);
  if (!m) throw new InvalidArgumentError('a size such as 16M, 512K or 1000000');
  const n = Number(m[1]) * 1024 ** ' kmg'.indexOf((m[2] || ' ').toLowerCase());
  if (!(n >= 1)) throw new InvalidArgumentError('a size of at least 1 byte');
  return Math.floor(n);
}

/** --max-bytes: a size, clamped to what one article can be (MAX_ARTICLE_BYTES), with a word when it is. */
function maxBytesOption(value: string): number {
  const n = parseSize(value);
  if (n <= MAX_ARTICLE_BYTES) return n;
  warn(`--max-bytes ${value.trim()} is more than one article can hold (the longest text V8 holds); using ${formatBytes(MAX_ARTICLE_BYTES)}`);
  return MAX_ARTICLE_BYTES;
}

function positiveInt(what: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${what} must be a whole number of at least 1`);
    return n;
  };
}

function positiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('a number of seconds above 0');
  return n;
}

function shardOption(value: string): Shard {
  try {
    return parseShard(value);
  } catch (e) {
    throw new InvalidArgumentError((e as Error).message.replace(/^--shard wants /, ''));
  }
}

interface ExtractOptions {
  format?: 'jsonl' | 'json' | 'pretty' | 'summary';
  pretty?: boolean;
  explain?: boolean;
  input: InputFormat;
  ext?: string;
  color: boolean;
  jobs: number;
  ordered?: boolean;
  shard?: Shard;
  maxBytes: number;
  timeout: number;
  followLinks?: boolean;
  progress: boolean;
}

/** Exit codes: a run stopped by a signal exits 128 + the signal's number, as a shell reports it. */
const SIGNAL_EXIT: Record<'SIGINT' | 'SIGTERM', number> = { SIGINT: 130, SIGTERM: 143 };

/** Why a run stopped early: an interrupt, or an output that could not be written. */
type Stop = { signal: 'SIGINT' | 'SIGTERM' } | { output: NodeJS.ErrnoException };

async function extractCommand(args: string[], opts: ExtractOptions, timeoutGiven: boolean): Promise<number> {
  let progress: Progress | null = null;
  const say = (line: string) => (progress ? progress.around(() => warn(line)) : warn(line));
  const plan = planOf(args, opts.ext, opts.shard, say, opts.followLinks);
  const sources = plan.sources();
  // the first article is pulled now, so that an empty selection is a usage error before any output
  const first = sources.next();
  if (first.done) {
    // a shard may legitimately hold nothing, but not when the whole selection is empty
    if (opts.shard && !planOf(args, opts.ext, undefined, () => {}, opts.followLinks).sources().next().done) return EXIT.ok;
    throw new UsageError(`no articles found in ${args.join(', ')} (extensions: ${extensions(opts.ext).join(' ')})`);
  }
  const c = colourFor(process.stdout, opts.color);
  const format: OutputFormat = opts.explain ? 'explain' : opts.pretty ? 'pretty' : (opts.format ?? (process.stdout.isTTY ? 'summary' : 'jsonl'));
  progress = Progress.for(process.stderr, opts.progress);
  if (progress && !plan.stdin) void countInto(plan, progress);
  const out = standardOutput();
  const writer = new RecordWriter(format, out, c, process.stdout.isTTY ? progress : null);

  // an interrupt or a failed output stops the run: no more inputs, the records in flight dropped
  const stop = new AbortController();
  const stopWith = (why: Stop) => {
    if (!stop.signal.aborted) stop.abort(why);
  };
  out.onFailure((error) => stopWith({ output: error }));
  const onSignal = (signal: 'SIGINT' | 'SIGTERM') => {
    // a second one does not wait for a slow reader
    if (stop.signal.aborted) process.exit(SIGNAL_EXIT[signal]);
    stopWith({ signal });
  };
  const onInt = () => onSignal('SIGINT');
  const onTerm = () => onSignal('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);

  let written = 0;
  try {
    const summary = await runArticles({
      sources: (function* () {
        yield first.value;
        yield* sources;
      })(),
      format: opts.input,
      maxBytes: opts.maxBytes,
      jobs: opts.jobs,
      ordered: !!opts.ordered,
      serialize: RecordWriter.serializes(format),
      timeoutMs: opts.timeout * 1000,
      workers: timeoutGiven,
      signal: stop.signal,
      emit: (r) => {
        if (!r.ok) {
          say(`${r.file}: ${r.error}`);
          // known now, for a run cut short
          process.exitCode = EXIT.failed;
        }
        written++;
        const done = writer.write(r);
        progress?.tick(r.ok);
        return done;
      },
    });
    // what was written ends on a whole record; a JSON array is closed (unless the output itself failed)
    if (!out.failed) {
      writer.finish();
      await out.flush();
    }
    const why = stop.signal.reason as Stop | undefined;
    if (why && 'output' in why) {
      // a reader gone away (| head -1) is not an error: stop quietly, with the exit code so far
      if (why.output.code === 'EPIPE') return summary.failed ? EXIT.failed : EXIT.ok;
      say(`cannot write output: ${outputFailure(why.output)}`);
      return EXIT_OUTPUT;
    }
    if (why && 'signal' in why) {
      say(`interrupted (${why.signal}) after ${written} record${written === 1 ? '' : 's'}; the articles still in progress were dropped`);
      return SIGNAL_EXIT[why.signal];
    }
    return summary.failed ? EXIT.failed : EXIT.ok;
  } finally {
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
    progress?.stop();
  }
}

/** Counts the articles for the progress bar while the run goes on, without holding up the event loop. */
async function countInto(plan: InputPlan, progress: Progress): Promise<void> {
  let n = 0;
  for (const _ of plan.sources({ quiet: true })) {
    if (++n % 2000 === 0) await new Promise<void>((r) => setImmediate(r));
  }
  progress.setTotal(n);
}

async function cleanCommand(file: string, opts: { format: 'text' | 'json'; input: InputFormat }): Promise<number> {
  const sources = planOf([file], undefined).sources()[Symbol.iterator]();
  const src = sources.next().value;
  if (!src) throw new UsageError(`no article found in ${file}`);
  if (!sources.next().done) throw new UsageError(`clean prints one article, and ${file} holds several: name one file (extract reads folders)`);
  const failed = (why: string | undefined) => {
    process.stderr.write(`vnreport: ${src.file}: ${why}\n`);
    return EXIT.failed;
  };
  if (opts.format === 'json') {
    // the title, author and date come from the rules as well as the page
    const { record, cleaned, body } = await runOne(src, opts.input);
    if (!record.ok || cleaned === null) return failed(record.error);
    write(prettyJson({ title: record.title, author: record.author, published: record.published, body, ...(record.warnings ? { warnings: record.warnings } : {}) } as never));
    return EXIT.ok;
  }
  const cleaned = await cleanOne(src, opts.input);
  if ('error' in cleaned) return failed(cleaned.error);
  write(cleaned.text);
  return EXIT.ok;
}

async function checkCommand(args: string[], opts: { update?: boolean; ext?: string; color: boolean }): Promise<number> {
  const inputs = expandInputs(args.length ? args : ['fixtures/articles'], extensions(opts.ext ?? '.txt,.html,.htm'));
  if (!inputs.length) throw new UsageError(`no articles found in ${args.join(', ')}`);
  const c = colourFor(process.stdout, opts.color);
  let passed = 0;
  let failed = 0;
  let written = 0;
  for (const src of inputs) {
    const expectedFile = path.join(path.dirname(src.file), `${path.basename(src.file).replace(/\.[^.]+$/, '')}.expected.json`);
    const { record } = await runOne(src, 'auto');
    if (opts.update) {
      // an article that cannot be read has no values to expect: its expected file is left as it is
      if (!record.ok) {
        failed++;
        write(`${c.red('✗')} ${c.bold(src.file)}: ${record.error}; ${expectedFile} left as it was`);
        continue;
      }
      fs.writeFileSync(expectedFile, `${JSON.stringify(expectedOf(record), null, 2)}\n`);
      written++;
      continue;
    }
    if (!fs.existsSync(expectedFile)) {
      failed++;
      write(`${c.red('✗')} ${c.bold(src.file)}: no expected file (${expectedFile}); run with --update to create it`);
      continue;
    }
    let expected: Record<string, unknown>;
    try {
      expected = JSON.parse(fs.readFileSync(expectedFile, 'utf8')) as Record<string, unknown>;
    } catch (e) {
      failed++;
      write(`${c.red('✗')} ${c.bold(src.file)}: ${expectedFile} is not valid JSON: ${(e as Error).message}`);
      continue;
    }
    const diffs = record.ok ? compareRecord(expected, record) : [];
    if (!record.ok) {
      failed++;
      write(`${c.red('✗')} ${c.bold(src.file)}: ${record.error}`);
    } else if (diffs.length) {
      failed++;
      write(formatDiff(src.file, diffs, c));
    } else {
      passed++;
      write(`${c.green('✓')} ${src.file}`);
    }
  }
  if (opts.update) {
    write(`wrote ${written} expected file${written === 1 ? '' : 's'}${failed ? `, ${failed} article${failed === 1 ? '' : 's'} unreadable` : ''}`);
    return failed ? EXIT.failed : EXIT.ok;
  }
  write(`${failed ? c.red(`${failed} failed`) : c.green('all passed')}: ${passed} passed, ${failed} failed`);
  return failed ? EXIT.failed : EXIT.ok;
}

const inputOption = () =>
  new Option('--input <format>', 'how to read the input: auto (HTML is detected), html or text').choices(['auto', 'html', 'text']).default('auto');

export function program(): Command {
  const p = new Command('vnreport')
    .description('Turn scraped Vietnamese news articles into structured JSON.')
    .version(version(), '-V, --version', 'print the version')
    .addHelpText(
      'after',
      `
Examples:
  vnreport extract fixtures/articles            JSON Lines, one record per article (when piped)
  vnreport extract 'scraped/**/*.html' -j 4     a glob pattern, four worker threads
  vnreport extract page.html --pretty           one article, indented JSON
  cat article.txt | vnreport extract -          read standard input
  vnreport clean fixtures/articles/001.txt      the cleaned text the rules see
  vnreport check fixtures/articles              compare with <name>.expected.json, exit 1 on a difference

Exit codes: 0 all articles ok, 1 some article failed (or a check differed), 2 usage error,
${EXIT_OUTPUT} the output could not be written, 130/143 interrupted by SIGINT/SIGTERM.`,
    );

  p.command('extract')
    .description('extract records from articles (files, folders, glob patterns, or - for stdin)')
    .argument('[inputs...]', 'files, folders (read recursively), quoted glob patterns, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output: jsonl, json, pretty or summary (default: summary on a terminal, jsonl when piped)').choices(['jsonl', 'json', 'pretty', 'summary']))
    .option('--pretty', 'indented JSON (an array when there are several articles)')
    .option('--explain', 'show which rule produced each finding, with its span')
    .addOption(inputOption())
    .option('--ext <list>', `file extensions to read in folders (default: ${DEFAULT_EXTENSIONS.join(',')}); glob patterns choose their own files`)
    .addOption(new Option('-j, --jobs <n>', 'worker threads; 1 runs everything on the main thread').argParser(positiveInt('--jobs')).default(os.availableParallelism(), 'the number of cores'))
    .option('--ordered', 'write records in input order (default: as each article finishes)')
    .addOption(new Option('--shard <i/n>', 'process only shard i of n (1-based): the same corpus split over n machines, every file in exactly one shard').argParser(shardOption))
    .addOption(new Option('--max-bytes <size>', 'skip articles larger than this, packed or unpacked (their record says so)').argParser(maxBytesOption).default(DEFAULT_MAX_BYTES, '16M'))
    .addOption(
      new Option('--timeout <seconds>', 'abandon an article that takes longer than this; given, even a small run uses a worker thread (the default applies to runs in worker threads only)')
        .argParser(positiveNumber)
        .default(60),
    )
    .option('--follow-links', 'follow symbolic links out of the input folders too (by default they are skipped with a warning)')
    .option('--no-progress', 'no progress bar (it is drawn on stderr only when stderr is a terminal)')
    .option('--no-color', 'no colour in the summary view')
    .addHelpText(
      'after',
      `
Examples:
  vnreport extract fixtures/articles > out.jsonl
  vnreport extract a.txt --explain
  vnreport extract scraped/ --ext html | jq -r '.locality.name'
  vnreport extract 'scraped/**/*.html' 'old/*.txt' > out.jsonl      quote patterns: vnreport expands them
  vnreport extract corpus/ --jobs 8 --ordered > out.jsonl             8 threads, records in input order
  vnreport extract corpus/ --shard 2/4 > part2.jsonl                 machine 2 of 4
  vnreport extract corpus/ --max-bytes 4M --timeout 10
  vnreport extract corpus/ | head -1                                 stops at once, quietly

Records are written as each article finishes (--ordered: in input order). Fewer than ${IN_PROCESS_BELOW} files,
or --jobs 1, run on the main thread, where no timeout applies, unless --timeout is given; larger runs use a pool
of worker threads. Symbolic links are followed only within the folders (and pattern bases) given. A shard holds
the files whose path, relative to the folder (or pattern base) it was found in, hashes (FNV-1a) to it; see the
README. Ctrl-C (SIGINT) or SIGTERM stops the run: what was written ends on a whole record, a JSON array is closed.
Exit codes: 0 every article ok, 1 some article (or folder) failed (its record has ok:false and an error), 2 usage
error, ${EXIT_OUTPUT} the output could not be written (a full disk), 130/143 interrupted (SIGINT/SIGTERM).`,
    )
    .action(async (inputs: string[], opts: ExtractOptions, cmd: Command) => {
      process.exitCode = await extractCommand(inputs, opts, cmd.getOptionValueSource('timeout') === 'cli');
    });

  p.command('clean')
    .description('print the cleaned article text that the rules see (spans point into it)')
    .argument('<input>', 'an article file, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'text, or json for {title, author, published, body}').choices(['text', 'json']).default('text'))
    .addOption(inputOption())
    .addHelpText('after', '\nExamples:\n  vnreport clean fixtures/articles/001.txt\n  vnreport clean page.html --format json')
    .action(async (input: string, opts: { format: 'text' | 'json'; input: InputFormat }) => {
      process.exitCode = await cleanCommand(input, opts);
    });

  p.command('check')
    .description('compare each article with <name>.expected.json beside it; exit 1 on any difference')
    .argument('[inputs...]', 'fixture folders or article files (default: fixtures/articles)')
    .option('--update', 'rewrite the expected files from the current output (after a deliberate rule change)')
    .option('--ext <list>', 'article extensions to check (default: .txt,.html,.htm)')
    .option('--no-color', 'no colour')
    .addHelpText('after', '\nExamples:\n  vnreport check fixtures/articles\n  vnreport check fixtures/articles --update')
    .action(async (inputs: string[], opts: { update?: boolean; ext?: string; color: boolean }) => {
      process.exitCode = await checkCommand(inputs, opts);
    });

  // a usage mistake is one line on stderr, in the same form as vnreport's own
  const output = {
    writeErr: (s: string) => process.stderr.write(s),
    outputError: (s: string, write: (s: string) => void) =>
      write(`vnreport: ${s.replace(/^error: /, '').trimEnd().replace(/\.$/, '')} (run vnreport --help for usage)\n`),
  };
  for (const cmd of [p, ...p.commands]) cmd.exitOverride().configureOutput(output);
  return p;
}

export async function main(argv: string[]): Promise<void> {
  // the output of clean and check: a closed pipe exits quietly, any other failure with one line (stdout.ts)
  standardOutput();
  try {
    await program().parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // help and version exit 0; everything else commander reports is a usage mistake
      process.exitCode = e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? EXIT.ok : EXIT.usage;
      return;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`vnreport: ${e.message}\n`);
      process.exitCode = EXIT.usage;
      return;
    }
    process.stderr.write(`vnreport: unexpected error: ${(e as Error).message}\n`);
    process.exitCode = EXIT.failed;
  }
}
