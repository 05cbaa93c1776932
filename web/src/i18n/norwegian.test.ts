import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { Dialog, SearchButton, SearchClear, SearchInput, Spinner } from '../ui';
import { I18nProvider } from './I18nProvider';
import { en } from './en';
import { findNorwegian } from './norwegian';
import { sv } from './sv';

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [String((value as (x: unknown) => unknown)(2))];
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.ts$|norwegian\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('no Norwegian text', () => {
  it('finds Norwegian words on word boundaries only', () => {
    expect(findNorwegian('Lukk dialogvindu')).toEqual(['Lukk', 'dialogvindu']);
    expect(findNorwegian('Laster …')).toEqual(['Laster']);
    expect(findNorwegian('Sök och Stäng')).toEqual([]);
    expect(findNorwegian('Nästa sida')).toEqual([]);
  });

  it('in the dictionaries', () => {
    for (const dict of [sv, en]) expect(strings(dict).flatMap(findNorwegian)).toEqual([]);
  });

  it('in the source code', () => {
    const src = join(import.meta.dirname, '..');
    for (const file of sourceFiles(src)) {
      expect({ file, found: findNorwegian(readFileSync(file, 'utf8')) }).toEqual({ file, found: [] });
    }
  });

  it('in the ui wrappers over components with Norwegian defaults', () => {
    const html = renderToStaticMarkup(
      createElement(
        I18nProvider,
        null,
        createElement(Spinner),
        createElement(Dialog, { open: true }, 'x'),
        createElement(SearchInput),
        createElement(SearchClear),
        createElement(SearchButton),
      ),
    );
    expect(findNorwegian(html)).toEqual([]);
    expect(html).toContain('Laddar');
    expect(html).toContain('Stäng');
    expect(html).toContain('Sök');
  });
});
