import { describe, expect, it } from 'vitest';
import { checkPasswordChange } from '../account/passwordForm';
import { checkAssignment, checkNewUser } from './userForms';

const valid = {
  username: 'anna.berg',
  displayName: ' Anna Berg ',
  role: 'ekonom',
  validFrom: '',
  validTo: '',
  organisationMemberId: '',
};

describe('checkNewUser', () => {
  it('builds the body, leaving out empty dates', () => {
    expect(checkNewUser(valid)).toEqual({
      errors: [],
      body: { username: 'anna.berg', displayName: 'Anna Berg', role: 'ekonom' },
    });
  });

  it('mirrors the server codes', () => {
    const { errors } = checkNewUser({ ...valid, username: 'anna berg', displayName: ' ', role: 'admin' });
    expect(errors).toEqual([
      { field: 'username', code: 'invalid' },
      { field: 'displayName', code: 'required' },
      { field: 'role', code: 'invalid' },
    ]);
    expect(checkNewUser({ ...valid, username: '' }).errors).toEqual([{ field: 'username', code: 'required' }]);
  });

  it('checks the validity dates', () => {
    expect(checkNewUser({ ...valid, validFrom: '2026-13-01' }).errors).toEqual([{ field: 'validFrom', code: 'invalid' }]);
    expect(checkNewUser({ ...valid, validFrom: '2026-05-01', validTo: '2026-04-30' }).errors).toEqual([
      { field: 'validTo', code: 'before_from' },
    ]);
    expect(checkNewUser({ ...valid, validFrom: '2026-05-01', validTo: '2026-05-01' }).body).toMatchObject({
      validFrom: '2026-05-01',
      validTo: '2026-05-01',
    });
  });
});

describe('checkAssignment', () => {
  it('sends the user id and the role', () => {
    expect(checkAssignment(4, { role: 'administrator', validFrom: '', validTo: '2027-12-31', organisationMemberId: '' })).toEqual({
      errors: [],
      body: { userId: 4, role: 'administrator', validTo: '2027-12-31' },
    });
    expect(checkAssignment(4, { role: '', validFrom: '', validTo: '', organisationMemberId: '' }).errors).toEqual([{ field: 'role', code: 'invalid' }]);
  });
});

describe('checkPasswordChange', () => {
  it('needs all three, 12 characters and the same password twice', () => {
    expect(checkPasswordChange({ currentPassword: '', password: '', passwordRepeat: '' })).toEqual([
      { field: 'currentPassword', code: 'required' },
      { field: 'password', code: 'required' },
      { field: 'passwordRepeat', code: 'required' },
    ]);
    expect(checkPasswordChange({ currentPassword: 'x', password: 'short', passwordRepeat: 'other' })).toEqual([
      { field: 'password', code: 'too_short' },
      { field: 'passwordRepeat', code: 'mismatch' },
    ]);
    expect(checkPasswordChange({ currentPassword: 'x', password: 'a long new one', passwordRepeat: 'a long new one' })).toEqual([]);
  });
});

describe('roles the controller\'s side confirms', () => {
  it('need the party they are for, which goes into the body', () => {
    expect(checkAssignment(4, { role: 'deltagaransvarig', validFrom: '', validTo: '', organisationMemberId: '' }).errors).toEqual([
      { field: 'organisationMemberId', code: 'required' },
    ]);
    expect(checkAssignment(4, { role: 'controller_contact', validFrom: '', validTo: '', organisationMemberId: '8' })).toEqual({
      errors: [],
      body: { userId: 4, role: 'controller_contact', organisationMemberId: 8 },
    });
  });
});
