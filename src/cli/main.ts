// The vnreport command line: extract, clean, check.
import fs from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { compareRecord, expectedOf } from '../check.js';
import type { InputFormat } from '../clean/index.js';
import { colourFor } from '../emit/colour.js';
import { formatDiff } from '../emit/diff.js';
import { jsonLine, prettyJson } from '../emit/json.js';
import { summary } from '../emit/summary.js';
import type { ArticleRecord } from '../record.js';
import { DEFAULT_EXTENSIONS, expandInputs, UsageError, type InputSource } from '../read/inputs.js';
import { exitQuietlyOnClosedPipe, runOne, write } from './io.js';

const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

function version(): string {
  const pkg = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function extensions(list: string | undefined): string[] {
  if (!list) return DEFAULT_EXTENSIONS;
  return list.split(',').map((e) => e.trim()).filter(Boolean).map((e) => (e.startsWith('.') ? e : `.${e}`));
}

function inputsOf(args: string[], ext: string | undefined): InputSource[] {
  if (!args.length) {
    if (process.stdin.isTTY) throw new UsageError('no input: give files or folders, or - to read standard input');
    return [{ file: '-', stdin: true }];
  }
  const inputs = expandInputs(args, extensions(ext));
  if (!inputs.length) throw new UsageError(`no articles found in ${args.join(', ')} (extensions: ${extensions(ext).join(' ')})`);
  return inputs;
}

interface ExtractOptions {
  format?: 'jsonl' | 'json' | 'pretty' | 'summary';
  pretty?: boolean;
  explain?: boolean;
  input: InputFormat;
  ext?: string;
  color: boolean;
}

async function extractCommand(args: string[], opts: ExtractOptions): Promise<number> {
  const inputs = inputsOf(args, opts.ext);
  const c = colourFor(process.stdout, opts.color);
  const format = opts.explain ? 'explain' : opts.pretty ? 'pretty' : (opts.format ?? (process.stdout.isTTY ? 'summary' : 'jsonl'));
  let failed = 0;
  const all: ArticleRecord[] = [];
  for (const src of inputs) {
    const { record } = await runOne(src, opts.input);
    if (!record.ok) {
      failed++;
      process.stderr.write(`vnreport: ${record.file}: ${record.error}\n`);
    }
    if (format === 'jsonl') write(jsonLine(record));
    else if (format === 'summary' || format === 'explain') write(`${summary(record, c, format === 'explain')}\n`);
    else all.push(record);
  }
  if (format === 'pretty' || format === 'json') {
    const value = all.length === 1 ? all[0] : all;
    write(format === 'pretty' ? prettyJson(value) : JSON.stringify(value));
  }
  return failed ? EXIT.failed : EXIT.ok;
}

async function cleanCommand(file: string, opts: { format: 'text' | 'json'; input: InputFormat }): Promise<number> {
  const [src] = inputsOf([file], undefined);
  const { record, cleaned } = await runOne(src, opts.input);
  if (!record.ok || cleaned === null) {
    process.stderr.write(`vnreport: ${record.file}: ${record.error}\n`);
    return EXIT.failed;
  }
  if (opts.format === 'json') {
    write(prettyJson({ title: record.title, author: record.author, published: record.published, body: cleaned, ...(record.warnings ? { warnings: record.warnings } : {}) } as never));
  } else write(cleaned);
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
    write(`wrote ${written} expected file${written === 1 ? '' : 's'}`);
    return EXIT.ok;
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
    .showHelpAfterError('(run vnreport --help for usage)')
    .addHelpText(
      'after',
      `
Examples:
  vnreport extract fixtures/articles            JSON Lines, one record per article (when piped)
  vnreport extract page.html --pretty           one article, indented JSON
  cat article.txt | vnreport extract -          read standard input
  vnreport clean fixtures/articles/001.txt      the cleaned text the rules see
  vnreport check fixtures/articles              compare with <name>.expected.json, exit 1 on a difference

Exit codes: 0 all articles ok, 1 some article failed (or a check differed), 2 usage error.`,
    );

  p.command('extract')
    .description('extract records from articles (files, folders, or - for stdin)')
    .argument('[inputs...]', 'files, folders (read recursively) or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output: jsonl, json, pretty or summary (default: summary on a terminal, jsonl when piped)').choices(['jsonl', 'json', 'pretty', 'summary']))
    .option('--pretty', 'indented JSON (an array when there are several articles)')
    .option('--explain', 'show which rule produced each finding, with its span')
    .addOption(inputOption())
    .option('--ext <list>', `file extensions to read in folders (default: ${DEFAULT_EXTENSIONS.join(',')})`)
    .option('--no-color', 'no colour in the summary view')
    .addHelpText(
      'after',
      `
Examples:
  vnreport extract fixtures/articles > out.jsonl
  vnreport extract a.txt --explain
  vnreport extract scraped/ --ext html | jq -r '.locality.name'`,
    )
    .action(async (inputs: string[], opts: ExtractOptions) => {
      process.exitCode = await extractCommand(inputs, opts);
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

  p.exitOverride();
  p.configureOutput({ writeErr: (s) => process.stderr.write(s) });
  for (const cmd of p.commands) cmd.exitOverride();
  return p;
}

export async function main(argv: string[]): Promise<void> {
  exitQuietlyOnClosedPipe();
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
