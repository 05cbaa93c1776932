import { describe, expect, it } from 'vitest';
import { matchRoute, navSection, paths, routePermission } from './routes';

describe('routes', () => {
  it('match every page with its parameters', () => {
    expect(matchRoute('/medlemmar')).toEqual({ name: 'members' });
    expect(matchRoute(paths.withdrawal(8))).toEqual({ name: 'withdrawal', memberId: 8 });
    expect(matchRoute(paths.contributions)).toEqual({ name: 'contributions' });
    expect(matchRoute(paths.budgetYear(2020))).toEqual({ name: 'budgetYear', year: 2020 });
    expect(matchRoute(paths.basis(2020, 8))).toEqual({ name: 'basis', year: 2020, memberId: 8 });
    expect(matchRoute(paths.allocation)).toEqual({ name: 'allocation' });
    expect(matchRoute(paths.equity)).toEqual({ name: 'equity' });
    expect(matchRoute(paths.charter)).toEqual({ name: 'charter' });
    expect(matchRoute(paths.agreements)).toEqual({ name: 'agreements' });
    expect(matchRoute(paths.confirmRoles)).toEqual({ name: 'confirmRoles' });
    expect(matchRoute('/anvandare')).toEqual({ name: 'users' });
    expect(matchRoute('/granskningslogg')).toEqual({ name: 'audit' });
    expect(matchRoute('/konto')).toEqual({ name: 'account' });
    expect(matchRoute('/insatser')).toEqual({ name: 'insatser' });
    expect(matchRoute(paths.insatsNew)).toEqual({ name: 'insatsNew' });
    expect(matchRoute(paths.insats(2))).toEqual({ name: 'insats', insatsId: 2 });
    expect(matchRoute(paths.insatsEdit(2))).toEqual({ name: 'insatsEdit', insatsId: 2 });
    expect(matchRoute(paths.queue(2))).toEqual({ name: 'queue', insatsId: 2 });
    expect(matchRoute('/remiss')).toEqual({ name: 'refer' });
    expect(matchRoute('/remisser')).toEqual({ name: 'myReferrals' });
    expect(matchRoute(paths.startParticipation(611))).toEqual({ name: 'startParticipation', referralId: 611 });
    expect(matchRoute('/deltagare')).toEqual({ name: 'participants' });
    expect(matchRoute(paths.person(639))).toEqual({ name: 'person', personId: 639 });
    expect(matchRoute('/statistik')).toEqual({ name: 'statistics' });
    expect(matchRoute(paths.finsam)).toEqual({ name: 'finsam' });
    expect(matchRoute('/medlemsnytta')).toEqual({ name: 'memberValue' });
  });

  it('name the permission each page needs', () => {
    expect(routePermission({ name: 'members' })).toBe('view_association');
    expect(routePermission({ name: 'statistics' })).toBe('view_association');
    expect(routePermission({ name: 'finsam' })).toBe('view_association');
    expect(routePermission({ name: 'memberValue' })).toBe('view_money');
    expect(routePermission({ name: 'charter' })).toBe('view_association');
    expect(routePermission({ name: 'agreements' })).toBe('view_association');
    expect(routePermission({ name: 'confirmRoles' })).toBe('confirm_roles');
    expect(routePermission({ name: 'contributions' })).toBe('view_money');
    expect(routePermission({ name: 'basis', year: 2020, memberId: 1 })).toBe('view_money');
    expect(routePermission({ name: 'withdrawal', memberId: 1 })).toBe('view_money');
    expect(routePermission({ name: 'equity' })).toBe('view_money');
    expect(routePermission({ name: 'allocation' })).toBe('view_money');
    expect(routePermission({ name: 'users' })).toBe('manage_users');
    expect(routePermission({ name: 'audit' })).toBe('view_audit');
    expect(routePermission({ name: 'account' })).toBeNull();
    expect(routePermission({ name: 'insatser' })).toBe('view_association');
    expect(routePermission({ name: 'insatsEdit', insatsId: 1 })).toBe('manage_insatser');
    expect(routePermission({ name: 'refer' })).toBe('refer');
    expect(routePermission({ name: 'queue', insatsId: 1 })).toBe('view_personal');
    expect(routePermission({ name: 'person', personId: 1 })).toBe('view_personal');
    expect(routePermission({ name: 'startParticipation', referralId: 1 })).toBe('manage_participants');
  });

  it('reject anything else', () => {
    for (const p of ['/', '/medlemmar/0/uttrade', '/medlemmar/x/uttrade', '/medlemsavgifter/20', '/medlemmarx', '/uppfoljning-finsam/2019', '/eget-kapital/1', '/insatser/0', '/deltagare/x']) {
      expect(matchRoute(p)).toBeNull();
    }
  });

  it('name the menu section', () => {
    expect(navSection('/medlemsavgifter/2020/underlag/8')).toBe('/medlemsavgifter');
    expect(navSection('/')).toBe('/');
  });
});
