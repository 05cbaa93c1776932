#!/usr/bin/env node
// Precompresses the built web app (after `vite build`): for each text asset in dist/, `X.br` (brotli, quality
// 11) and `X.gz` (gzip, level 9) beside `X`, kept only when smaller. The server sends them to clients that
// accept them (src/platform/http/static_files.cpp), so nothing is compressed per request.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = process.argv[2] ?? 'dist';
const TEXT = /\.(html|js|css|svg|json|txt)$/;
let before = 0;
let after = 0;
function walk(folder) {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (TEXT.test(name)) compress(path);
  }
}
function compress(path) {
  const body = readFileSync(path);
  const copies = {
    br: brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }),
    gz: gzipSync(body, { level: 9 }),
  };
  before += body.length;
  after += Math.min(body.length, copies.br.length);
  for (const [extension, copy] of Object.entries(copies)) {
    if (copy.length < body.length) writeFileSync(`${path}.${extension}`, copy);
  }
}
walk(root);
console.log(`compressed ${root}: ${(before / 1024).toFixed(0)} KiB of text, ${(after / 1024).toFixed(0)} KiB as brotli`);
