// The vnreport command line: extract, report, clean, schema, check.
import fs from 'node:fs';
import os from 'node:os';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { InputFormat } from '../clean/index.js';
import { colourFor } from '../emit/colour.js';
import { prettyJson } from '../emit/json.js';
import { recordSchema } from '../emit/schema.js';
import { parseFieldList, SELECTABLE_FIELDS, type SelectableField } from '../emit/select.js';
import { DEFAULT_MAX_BYTES, formatBytes, MAX_ARTICLE_BYTES } from '../read/limits.js';
import { DEFAULT_EXTENSIONS, expandInputs, parseShard, UsageError, type Shard } from '../read/inputs.js';
import { runCheck, type CheckOptions } from './check-command.js';
import { cleanOne, runOne, write } from './io.js';
import { DirWriter, extensionFor, planTargets } from './out-dir.js';
import { RecordWriter, type OutputFormat } from './output.js';
import { countInto, extensions, planOf, warn } from './plan.js';
import { Progress } from './progress.js';
import { reportCommand, type ReportOptions } from './report.js';
import { IN_PROCESS_BELOW, runArticles } from './run.js';
import { EXIT_OUTPUT, outputFailure, standardOutput } from './stdout.js';

const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

function version(): string {
  const pkg = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
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

function fieldsOption(value: string): SelectableField[] {
  try {
    return parseFieldList(value);
  } catch (e) {
    throw new InvalidArgumentError((e as Error).message);
  }
}

interface ExtractOptions {
  format?: 'jsonl' | 'json' | 'pretty' | 'summary' | 'csv' | 'tsv';
  pretty?: boolean;
  explain?: boolean;
  fields?: SelectableField[];
  bom?: boolean;
  outDir?: string;
  force?: boolean;
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

/** The output format the flags ask for; flags that ask for two different ones are a usage mistake. */
function outputFormat(opts: ExtractOptions): OutputFormat {
  const asked = [opts.format && `--format ${opts.format}`, opts.pretty && '--pretty', opts.explain && '--explain'].filter(Boolean) as string[];
  const format: OutputFormat = opts.explain ? 'explain' : opts.pretty ? 'pretty' : (opts.format ?? (opts.outDir || !process.stdout.isTTY ? 'jsonl' : 'summary'));
  // --pretty with --format pretty, and --explain with --format summary, ask for the same thing twice
  const same = asked.length === 2 && ((opts.pretty && opts.format === 'pretty') || (opts.explain && opts.format === 'summary'));
  if (asked.length > 1 && !same) throw new UsageError(`${asked.join(' and ')} ask for different outputs: choose one`);
  if (opts.bom && format !== 'csv' && format !== 'tsv') throw new UsageError('--bom is for --format csv or tsv');
  if (opts.outDir && (format === 'summary' || format === 'explain')) throw new UsageError(`--out-dir writes jsonl, json, pretty, csv or tsv files, not the ${format} view`);
  return format;
}

async function extractCommand(args: string[], opts: ExtractOptions, timeoutGiven: boolean): Promise<number> {
  let progress: Progress | null = null;
  const say = (line: string) => (progress ? progress.around(() => warn(line)) : warn(line));
  const format = outputFormat(opts);
  const cores = os.availableParallelism();
  if (opts.jobs > cores) say(`--jobs ${opts.jobs} is more than the ${cores} cores here: the extra threads share them and add memory, not speed`);
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
  const writerOptions = { fields: opts.fields, bom: opts.bom };
  // every target is known and free before the first article is read
  const targets = opts.outDir ? planTargets(plan, opts.outDir, extensionFor(format), !!opts.force) : null;
  progress = Progress.for(process.stderr, opts.progress);
  if (progress && !plan.stdin) void countInto(plan, progress);
  const out = standardOutput();
  let unwritten = 0;
  const writer = targets
    ? new DirWriter(format, targets, (m) => {
        unwritten++;
        process.exitCode = EXIT.failed;
        say(m);
      }, writerOptions)
    : new RecordWriter(format, out, c, process.stdout.isTTY ? progress : null, writerOptions);

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
      fields: opts.fields,
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
    if (writer instanceof RecordWriter && !out.failed) {
      writer.finish();
      await out.flush();
    }
    const why = stop.signal.reason as Stop | undefined;
    if (why && 'output' in why) {
      // a reader gone away (| head -1) is not an error: stop quietly, with the exit code so far
      if (why.output.code === 'EPIPE') return summary.failed || unwritten ? EXIT.failed : EXIT.ok;
      say(`cannot write output: ${outputFailure(why.output)}`);
      return EXIT_OUTPUT;
    }
    if (why && 'signal' in why) {
      say(`interrupted (${why.signal}) after ${written} record${written === 1 ? '' : 's'}; the articles still in progress were dropped`);
      return SIGNAL_EXIT[why.signal];
    }
    return summary.failed || unwritten ? EXIT.failed : EXIT.ok;
  } finally {
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
    progress?.stop();
  }
}

async function cleanCommand(file: string | undefined, opts: { format: 'text' | 'json'; input: InputFormat }): Promise<number> {
  // no argument: standard input when it is piped, as extract does
  const sources = planOf(file === undefined ? [] : [file], undefined).sources()[Symbol.iterator]();
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

async function checkCommand(args: string[], opts: Omit<CheckOptions, 'format'> & { format: 'text' | 'json'; ext?: string; color: boolean }): Promise<number> {
  if (opts.allFields && !opts.update) throw new UsageError('--all-fields goes with --update');
  if (opts.expectedDir && !opts.update && !fs.existsSync(opts.expectedDir)) throw new UsageError(`no such folder: ${opts.expectedDir} (--expected-dir)`);
  const inputs = expandInputs(args.length ? args : ['fixtures/articles'], extensions(opts.ext ?? '.txt,.html,.htm'));
  if (!inputs.length) throw new UsageError(`no articles found in ${args.join(', ')}`);
  const ok = await runCheck(inputs, opts, colourFor(process.stdout, opts.color));
  return ok ? EXIT.ok : EXIT.failed;
}

const inputOption = () =>
  new Option('--input <format>', 'how to read the input: auto (HTML is detected), html or text').choices(['auto', 'html', 'text']).default('auto');

const timeoutOption = () =>
  new Option('--timeout <seconds>', 'abandon an article that takes longer than this; given, even a small run uses a worker thread (the default applies to runs in worker threads only)')
    .argParser(positiveNumber)
    .default(60);

const followLinksOption = () => new Option('--follow-links', 'follow symbolic links out of the input folders too (by default they are skipped with a warning)');

export function program(): Command {
  const p = new Command('vnreport')
    .description('Turn scraped Vietnamese news articles into structured JSON (or CSV).')
    .version(version(), '-V, --version', 'print the version')
    .addHelpText(
      'after',
      `
Examples:
  vnreport extract fixtures/articles            JSON Lines, one record per article (when piped)
  vnreport extract 'scraped/**/*.html' -j 4     a glob pattern, four worker threads
  vnreport extract page.html --pretty           one article, indented JSON
  cat article.txt | vnreport extract -          read standard input
  vnreport extract scraped/ -f csv --fields officials --bom > officials.csv
                                                a spreadsheet of the officials named
  vnreport extract scraped/ --out-dir records/  one JSON file per article, mirroring the tree
  vnreport clean fixtures/articles/001.txt      the cleaned text the rules see
  vnreport check fixtures/articles              compare with <name>.expected.json, exit 1 on a difference
  vnreport schema                               the JSON Schema of a record
  vnreport report fixtures/articles -o report.html   an HTML page to review what was found, in the text

Exit codes: 0 all articles ok, 1 some article failed (or a check differed), 2 usage error,
${EXIT_OUTPUT} the output could not be written, 130/143 interrupted by SIGINT/SIGTERM.`,
    );

  p.command('extract')
    .description('extract records from articles (files, folders, glob patterns, or - for stdin)')
    .argument('[inputs...]', 'files, folders (read recursively), quoted glob patterns, or - for standard input')
    .addOption(
      new Option('-f, --format <format>', 'output: jsonl, json, pretty, summary, csv or tsv (default: summary on a terminal, jsonl when piped or with --out-dir)').choices([
        'jsonl',
        'json',
        'pretty',
        'summary',
        'csv',
        'tsv',
      ]),
    )
    .option('--pretty', 'indented JSON (an array when there are several articles); the same as --format pretty')
    .option('--explain', 'the summary with the rule and span of each finding, its text, and every locality named')
    .addOption(new Option('--fields <list>', `keep only these fields, in every format (file, ok and error always stay): ${SELECTABLE_FIELDS.join(',')}`).argParser(fieldsOption))
    .option('--bom', 'start CSV or TSV with a UTF-8 byte-order mark (for spreadsheets that would not read UTF-8 otherwise)')
    .option('-o, --out-dir <dir>', 'write one file per article into DIR, mirroring the input tree below each argument (in/a/b.html → DIR/a/b.json)')
    .option('--force', 'with --out-dir, replace files that already exist (otherwise the run stops before writing)')
    .addOption(inputOption())
    .option('--ext <list>', `file extensions to read in folders (default: ${DEFAULT_EXTENSIONS.join(',')}); glob patterns choose their own files`)
    .addOption(new Option('-j, --jobs <n>', 'worker threads; 1 runs everything on the main thread').argParser(positiveInt('--jobs')).default(os.availableParallelism(), 'the number of cores'))
    .option('--ordered', 'write records in input order (default: as each article finishes)')
    .addOption(new Option('--shard <i/n>', 'process only shard i of n (1-based): the same corpus split over n machines, every file in exactly one shard').argParser(shardOption))
    .addOption(new Option('--max-bytes <size>', 'skip articles larger than this, packed or unpacked (their record says so)').argParser(maxBytesOption).default(DEFAULT_MAX_BYTES, '16M'))
    .addOption(timeoutOption())
    .addOption(followLinksOption())
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
  vnreport extract corpus/ -f csv --fields officials --bom > officials.csv   a spreadsheet of officials
  vnreport extract corpus/ --out-dir records/                         records/<same tree>/<name>.json
  vnreport extract corpus/ -f tsv --out-dir tables/ --force           one TSV per article, replacing old ones

Records are written as each article finishes (--ordered: in input order). Fewer than ${IN_PROCESS_BELOW} files,
or --jobs 1, run on the main thread, where no timeout applies, unless --timeout is given; larger runs use a pool
of worker threads. Symbolic links are followed only within the folders (and pattern bases) given. A shard holds
the files whose path, relative to the folder (or pattern base) it was found in, hashes (FNV-1a) to it; see the
README. Ctrl-C (SIGINT) or SIGTERM stops the run: what was written ends on a whole record, a JSON array is closed.
CSV and TSV have a header and one row per finding (file, field, index, value, the field's own columns, text,
span_start, span_end, rule); a failed article is one row with field "error". The record's JSON Schema:
vnreport schema.
Exit codes: 0 every article ok, 1 some article (or folder) failed (its record has ok:false and an error), or a
file of --out-dir could not be written, 2 usage error, ${EXIT_OUTPUT} the output could not be written (a full disk),
130/143 interrupted (SIGINT/SIGTERM).`,
    )
    .action(async (inputs: string[], opts: ExtractOptions, cmd: Command) => {
      process.exitCode = await extractCommand(inputs, opts, cmd.getOptionValueSource('timeout') === 'cli');
    });

  p.command('report')
    .description('write an HTML review report: each article\'s text with its findings highlighted, its record, and tables across articles')
    .argument('[inputs...]', 'files, folders, quoted glob patterns, or - for standard input (with --from: default the files its records name)')
    .option('-o, --output <file>', 'the HTML file to write (- for standard output)')
    .option('--from <records>', 'use records already extracted (vnreport extract\'s JSON Lines or JSON; - for standard input) instead of extracting again; the inputs give their texts')
    .option('--title <text>', 'the report\'s heading (default: vnreport and the inputs)')
    .addOption(inputOption())
    .option('--ext <list>', `file extensions to read in folders (default: ${DEFAULT_EXTENSIONS.join(',')})`)
    .addOption(new Option('-j, --jobs <n>', 'worker threads; 1 runs everything on the main thread').argParser(positiveInt('--jobs')).default(os.availableParallelism(), 'the number of cores'))
    .addOption(new Option('--max-bytes <size>', 'skip articles larger than this (their record says so)').argParser(maxBytesOption).default(DEFAULT_MAX_BYTES, '16M'))
    .addOption(timeoutOption())
    .addOption(followLinksOption())
    .option('--no-progress', 'no progress bar (it is drawn on stderr only when stderr is a terminal)')
    .addHelpText(
      'after',
      `
Examples:
  vnreport report fixtures/articles -o report.html
  vnreport report 'scraped/**/*.html' -o review.html --title 'Scraped pages, March'
  vnreport extract corpus/ > out.jsonl && vnreport report corpus/ --from out.jsonl -o report.html
  vnreport report --from out.jsonl -o report.html                the texts are read from the files the records name

The report is one HTML file that works offline: open it in a browser. Its index counts the articles (failed,
with warnings), lists them with filters and a search over titles and names, and tables awards by locality and
year, officials by unit and percentage targets planned against achieved. Each article shows its cleaned text with
every finding highlighted (hover or tab to a highlight for its value and rule) beside its record.
Exit codes: 0 every article ok, 1 some article failed (the report still shows it), 2 usage error, ${EXIT_OUTPUT} the
report could not be written to standard output (-o -).`,
    )
    .action(async (inputs: string[], opts: ReportOptions, cmd: Command) => {
      process.exitCode = await reportCommand(inputs, { ...opts, timeoutGiven: cmd.getOptionValueSource('timeout') === 'cli' }, version());
    });

  p.command('clean')
    .description('print the cleaned article text that the rules see (spans point into it)')
    .argument('[input]', 'an article file, or - for standard input (the default when it is piped)')
    .addOption(new Option('-f, --format <format>', 'text, or json for {title, author, published, body}').choices(['text', 'json']).default('text'))
    .addOption(inputOption())
    .addHelpText('after', '\nExamples:\n  vnreport clean fixtures/articles/001.txt\n  vnreport clean page.html --format json\n  cat page.html | vnreport clean')
    .action(async (input: string | undefined, opts: { format: 'text' | 'json'; input: InputFormat }) => {
      process.exitCode = await cleanCommand(input, opts);
    });

  p.command('schema')
    .description('print the JSON Schema (draft 2020-12) of a record; the package ships it as vnreport/schema.json')
    .addHelpText('after', '\nExamples:\n  vnreport schema > record.schema.json')
    .action(() => write(JSON.stringify(recordSchema(), null, 2)));

  p.command('check')
    .description('compare each article with <name>.expected.json beside it; exit 1 on any difference')
    .argument('[inputs...]', 'fixture folders or article files (default: fixtures/articles)')
    .option('--update', 'rewrite the expected files that differ or are missing, changing only the values that changed')
    .option('--all-fields', 'with --update, also add the contract fields and keys an expected file does not state')
    .option('--expected-dir <dir>', 'expected files in a folder of their own: DIR/<path below the argument>.json (003.txt → DIR/003.json)')
    .addOption(new Option('-f, --format <format>', 'the report: text, or json for CI tools').choices(['text', 'json']).default('text'))
    .option('--ext <list>', 'article extensions to check (default: .txt,.html,.htm)')
    .option('--no-color', 'no colour')
    .addHelpText(
      'after',
      `
Each difference is one line, the expected value removed (-) and the actual one added (+):
  officials[2].positions[1]: - "Phó Chủ tịch UBND" → + "Phó Chủ tịch UBND huyện"  (official-honorific)
Only the fields and keys an expected file states are compared and shown. The last line sums up:
  5 articles, 1 differs, 3 fields

Examples:
  vnreport check fixtures/articles
  vnreport check fixtures/articles --update                 after a deliberate rule change
  vnreport check corpus/dev --expected-dir corpus/dev/expected
  vnreport check --format json > check-report.json          for CI tools

Exit codes: 0 every article matches (--update: every file could be written), 1 otherwise, 2 usage error.`,
    )
    .action(async (inputs: string[], opts: Omit<CheckOptions, 'format'> & { format: 'text' | 'json'; ext?: string; color: boolean }) => {
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
