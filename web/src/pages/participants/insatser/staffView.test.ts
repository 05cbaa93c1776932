import { describe, expect, it } from 'vitest';
import type { UserAccount } from '../../../api/accessTypes';
import { staffOptions } from './staffView';

function user(id: number, displayName: string, roles: { role: string; associationId?: number; validTo?: string | null }[], disabled = false): UserAccount {
  return {
    id,
    username: `u${id}`,
    displayName,
    disabled,
    awaitingPassword: false,
    assignments: roles.map((r, i) => ({
      id: id * 10 + i,
      userId: id,
      associationId: r.associationId ?? 1,
      role: r.role as UserAccount['assignments'][number]['role'],
      organisationMemberId: null,
      validFrom: '2020-01-01',
      validTo: r.validTo ?? null,
      needsConfirmation: false,
      confirmedAt: null,
      confirmedForPartyIds: [],
      pending: false,
    })),
  };
}

const name = (r: string) => r.toUpperCase();

describe('staffOptions', () => {
  const users = [
    user(1, 'Öberg', [{ role: 'deltagaransvarig' }]),
    user(2, 'Andersson', [{ role: 'insatsansvarig' }, { role: 'deltagaransvarig' }]),
    user(3, 'Berg', [{ role: 'ekonom' }]),
    user(4, 'Carlsson', [{ role: 'deltagaransvarig', associationId: 2 }]),
    user(5, 'Dahl', [{ role: 'deltagaransvarig', validTo: '2025-12-31' }]),
    user(6, 'Ek', [{ role: 'insatsansvarig' }], true),
  ];

  it('offers the förbund’s active users with a staff role today, by name, with their roles', () => {
    expect(staffOptions(users, [], 1, '2026-12-01', name)).toEqual([
      { value: '2', label: 'Andersson (INSATSANSVARIG, DELTAGARANSVARIG)' },
      { value: '1', label: 'Öberg (DELTAGARANSVARIG)' },
    ]);
  });

  it('keeps someone already in the insats so they can be taken off', () => {
    const labels = staffOptions(users, [5, 6], 1, '2026-12-01', name).map((o) => o.label);
    expect(labels).toEqual(['Andersson (INSATSANSVARIG, DELTAGARANSVARIG)', 'Dahl', 'Ek (INSATSANSVARIG)', 'Öberg (DELTAGARANSVARIG)']);
  });
});
