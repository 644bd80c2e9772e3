import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { readArticleBytes, ReadError } from '../../src/read/file.js';

/** Every folder these tests make, removed at the end. */
const TMP = fs.mkdtempSync(path.join(os.tmpdir(), 'vnreport-test-'));
afterAll(() => fs.rmSync(TMP, { recursive: true, force: true }));

const dir = fs.mkdtempSync(path.join(TMP, 'file-'));
const at = (name: string) => path.join(dir, name);
const isRoot = process.getuid?.() === 0;

describe('reading one article', () => {
  it('reads a file and unpacks gzip', () => {
    fs.writeFileSync(at('a.txt'), 'xin chào');
    fs.writeFileSync(at('a.txt.gz'), gzipSync('xin chào'));
    expect(Buffer.from(readArticleBytes(at('a.txt'), 1000)).toString()).toBe('xin chào');
    expect(Buffer.from(readArticleBytes(at('a.txt.gz'), 1000)).toString()).toBe('xin chào');
  });

  it('refuses a file over the size limit before reading it, and a gzip file that unpacks past it', () => {
    fs.writeFileSync(at('big.txt'), Buffer.alloc(3000, 0x61));
    expect(() => readArticleBytes(at('big.txt'), 1024)).toThrow(/too large: 2\.9 KiB is over the --max-bytes limit of 1\.0 KiB/);
    fs.writeFileSync(at('bomb.gz'), gzipSync(Buffer.alloc(100_000, 0x61)));
    expect(() => readArticleBytes(at('bomb.gz'), 10_000)).toThrow(/unpacks to more than/);
  });

  it.each([
    ['a file that does not exist (it vanished)', () => at('gone.txt'), /disappeared/],
    ['a broken symbolic link', () => (fs.symlinkSync(at('nowhere'), at('broken.txt')), at('broken.txt')), /broken symbolic link/],
    ['a folder named like a file', () => (fs.mkdirSync(at('folder.txt')), at('folder.txt')), /is a folder/],
    ['a FIFO (which must not hang the run)', () => (execFileSync('mkfifo', [at('fifo.txt')]), at('fifo.txt')), /not a regular file/],
  ])('says why it cannot read %s', (_name, make, reason) => {
    const file = make();
    expect(() => readArticleBytes(file, 1e6)).toThrow(ReadError);
    expect(() => readArticleBytes(file, 1e6)).toThrow(reason);
  });

  it.skipIf(isRoot)('says "permission denied" for a file it may not read (skipped as root, who may read anything)', () => {
    fs.writeFileSync(at('secret.txt'), 'x');
    fs.chmodSync(at('secret.txt'), 0);
    expect(() => readArticleBytes(at('secret.txt'), 1e6)).toThrow(/permission denied/);
  });
});
