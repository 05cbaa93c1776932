import { describe, expect, it } from 'vitest';
import { PERMISSIONS, PERSONAL_PERMISSIONS } from '../api/accessTypes';
import type { SessionInfo } from '../api/types';
import { hasPermission, navigationAssociationId, pickAssociationId } from './permissions';

function session(over: Partial<SessionInfo> & { superuser?: boolean } = {}): SessionInfo {
  const { superuser = false, ...rest } = over;
  return {
    user: { id: 7, username: 'u', displayName: 'U', roles: superuser ? ['superuser'] : [], superuser },
    associations: [],
    superuserPermissions: [],
    csrfToken: 'x',
    ...rest,
  };
}

const revisor = session({ associations: [{ id: 1, roles: ['revisor'], permissions: ['view_association', 'view_money', 'view_audit'] }] });

describe('hasPermission', () => {
  it('grants a superuser everything but personal data, in any förbund or none', () => {
    const s = session({ superuser: true, superuserPermissions: [...PERMISSIONS] });
    for (const p of PERMISSIONS) {
      expect(hasPermission(s, p, 1)).toBe(!PERSONAL_PERMISSIONS.has(p));
      expect(hasPermission(s, p, null)).toBe(!PERSONAL_PERMISSIONS.has(p));
    }
  });

  it('gives personal-data permissions only through a role in the förbund', () => {
    const koordinator = session({
      associations: [{ id: 1, roles: ['deltagaransvarig'], permissions: ['view_association', 'refer', 'view_personal', 'manage_participants'] }],
    });
    expect(hasPermission(koordinator, 'view_personal', 1)).toBe(true);
    expect(hasPermission(koordinator, 'manage_participants', 1)).toBe(true);
    expect(hasPermission(koordinator, 'view_personal', 2)).toBe(false);
    expect(hasPermission(koordinator, 'manage_insatser', 1)).toBe(false);
  });

  it('grants what the role gives in that förbund only', () => {
    expect(hasPermission(revisor, 'view_audit', 1)).toBe(true);
    expect(hasPermission(revisor, 'view_money', 1)).toBe(true);
    expect(hasPermission(revisor, 'manage_money', 1)).toBe(false);
    expect(hasPermission(revisor, 'manage_users', 1)).toBe(false);
    expect(hasPermission(revisor, 'view_audit', 2)).toBe(false);
    expect(hasPermission(revisor, 'view_audit', null)).toBe(false);
  });

  it('refuses without a session', () => {
    expect(hasPermission(null, 'view_association', 1)).toBe(false);
  });

  it('a koordinator sees the förbund but no money', () => {
    const koordinator = session({ associations: [{ id: 1, roles: ['deltagaransvarig'], permissions: ['view_association'] }] });
    expect(hasPermission(koordinator, 'view_association', 1)).toBe(true);
    expect(hasPermission(koordinator, 'view_money', 1)).toBe(false);
  });
});

describe('pickAssociationId', () => {
  it('takes the first förbund the user has a role in', () => {
    const s = session({
      associations: [
        { id: 3, roles: ['ekonom'], permissions: [] },
        { id: 1, roles: ['revisor'], permissions: [] },
      ],
    });
    expect(pickAssociationId(s, [1, 3])).toBe(3);
    expect(pickAssociationId(s, [1])).toBe(1);
    expect(navigationAssociationId(s)).toBe(3);
  });

  it('gives a superuser the first of the list', () => {
    expect(pickAssociationId(session({ superuser: true }), [5, 2])).toBe(5);
    expect(pickAssociationId(session({ superuser: true }), [])).toBeNull();
  });

  it('falls back to the list without roles', () => {
    expect(pickAssociationId(session(), [4])).toBe(4);
    expect(pickAssociationId(null, [])).toBeNull();
  });

  it('keeps the förbund chosen on the Förbund page when the user may see it', () => {
    const s = session({
      associations: [
        { id: 3, roles: ['ekonom'], permissions: [] },
        { id: 1, roles: ['revisor'], permissions: [] },
      ],
    });
    expect(pickAssociationId(s, [1, 3], 1)).toBe(1);
    expect(navigationAssociationId(s, 1)).toBe(1);
    // A förbund the user has no role in, or one no longer listed, is not shown.
    expect(pickAssociationId(s, [1, 3, 7], 7)).toBe(3);
    expect(navigationAssociationId(s, 7)).toBe(3);
    expect(pickAssociationId(s, [3], 1)).toBe(3);
    // A superuser may open any listed förbund.
    expect(pickAssociationId(session({ superuser: true }), [5, 2], 2)).toBe(2);
    expect(navigationAssociationId(session({ superuser: true }), 2)).toBe(2);
    expect(pickAssociationId(session({ superuser: true }), [5], 2)).toBe(5);
  });
});
