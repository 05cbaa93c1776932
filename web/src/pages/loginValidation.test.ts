import { describe, expect, it } from 'vitest';
import { MAX_USERNAME, validateLogin } from './loginValidation';

describe('validateLogin', () => {
  it('requires both fields', () => {
    expect(validateLogin('', '')).toEqual([
      { field: 'username', code: 'required' },
      { field: 'password', code: 'required' },
    ]);
    expect(validateLogin('   ', 'x')).toEqual([{ field: 'username', code: 'required' }]);
  });
  it('accepts filled fields and rejects overlong ones', () => {
    expect(validateLogin('admin', 'secret')).toEqual([]);
    expect(validateLogin('a'.repeat(MAX_USERNAME + 1), 'x')).toEqual([{ field: 'username', code: 'too_long' }]);
  });
});
