import { describe, expect, it } from 'vitest';
import { normalizePath } from './router';

describe('normalizePath', () => {
  it('drops trailing slashes but keeps the root', () => {
    expect(normalizePath('/')).toBe('/');
    expect(normalizePath('')).toBe('/');
    expect(normalizePath('/tillganglighet/')).toBe('/tillganglighet');
    expect(normalizePath('/login')).toBe('/login');
  });
});
