// The layout the design asks for, checked on the import graph: the model is pure (nothing outside src/model, no
// DOM or browser API), and nothing the background or the model loads comes from a folder that holds React views.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(['"])(\.{1,2}\/[^'"]+)\1/gm;

function resolveImport(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  for (const ext of ['', '.ts', '.tsx', '/index.ts', '/index.tsx']) {
    const p = base + ext;
    if (existsSync(p) && statSync(p).isFile()) return p;
  }
  return undefined;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => resolveImport(file, m[2]!)).filter((p): p is string => !!p && /\.tsx?$/.test(p));
}

/** Every module a file loads, itself included, following relative imports. */
function closure(start: string): Set<string> {
  const seen = new Set<string>();
  const todo = [start];
  while (todo.length) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    todo.push(...importsOf(f));
  }
  return seen;
}

const holdsViews = (dir: string) => readdirSync(dir).some((f) => f.endsWith('.tsx') || f.endsWith('.css'));
const rel = (p: string) => relative(root, p);

describe('layout', () => {
  const background = closure(join(root, 'entrypoints/background.ts'));
  const modelFiles = [...closure(join(root, 'src/model/index.ts'))];

  it('the background loads nothing from a folder that also holds views', () => {
    const bad = [...background].filter((f) => holdsViews(dirname(f))).map(rel);
    expect(background.size).toBeGreaterThan(20);
    expect(bad).toEqual([]);
  });

  it('the model loads nothing outside src/model and touches no DOM or browser API', () => {
    const outside = modelFiles.filter((f) => !rel(f).startsWith('src/model/')).map(rel);
    expect(outside).toEqual([]);
    const browserish = modelFiles
      .filter((f) => /\b(?:document|window|browser|chrome)\s*\.|webextension-polyfill|from 'react'/.test(readFileSync(f, 'utf8')))
      .map(rel);
    expect(browserish).toEqual([]);
  });

  it('src never imports an entrypoint, and feature logic never imports views or pages', () => {
    const srcFiles: string[] = [];
    const walk = (d: string) => {
      for (const f of readdirSync(d)) {
        const p = join(d, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.tsx?$/.test(f)) srcFiles.push(p);
      }
    };
    walk(join(root, 'src'));
    const pages = ['src/views/', 'src/panel/', 'src/options/', 'src/welcome/'];
    const bad: string[] = [];
    for (const f of srcFiles) {
      const isView = f.endsWith('.tsx') || pages.some((p) => rel(f).startsWith(p));
      for (const t of importsOf(f)) {
        if (rel(t).startsWith('entrypoints/')) bad.push(`${rel(f)} -> ${rel(t)}`);
        if (!isView && (t.endsWith('.tsx') || pages.some((p) => rel(t).startsWith(p)))) bad.push(`${rel(f)} -> ${rel(t)}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
