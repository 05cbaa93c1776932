import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { usePath } from '../router';
import { navSection, paths } from '../routes';
import type { Permission } from '../api/accessTypes';
import { hasPermission, navigationAssociationId } from '../session/permissions';
import { useSession } from '../session/SessionProvider';
import { AppLink, Button } from '../ui';
import { LanguageSwitch } from './LanguageSwitch';
import { UserMenu } from './UserMenu';

/** The main menu: path, text key, and the permission in the user's förbund it needs (null: none). */
type NavKey =
  | 'start' | 'members' | 'contributions' | 'equity' | 'allocation' | 'charter' | 'agreements' | 'users' | 'confirmRoles' | 'dataSubject' | 'audit'
  | 'insatser' | 'refer' | 'myReferrals' | 'participants' | 'statistics' | 'finsam' | 'memberValue' | 'associations';
const NAV: readonly (readonly [string, NavKey, Permission | null])[] = [
  ['/', 'start', null],
  [paths.members, 'members', 'view_association'],
  [paths.contributions, 'contributions', 'view_money'],
  [paths.equity, 'equity', 'view_money'],
  [paths.allocation, 'allocation', 'view_money'],
  [paths.charter, 'charter', 'view_association'],
  [paths.agreements, 'agreements', 'view_association'],
  [paths.insatser, 'insatser', 'view_association'],
  [paths.statistics, 'statistics', 'view_association'],
  [paths.finsam, 'finsam', 'view_association'],
  [paths.memberValue, 'memberValue', 'view_money'],
  [paths.refer, 'refer', 'refer'],
  [paths.myReferrals, 'myReferrals', 'refer'],
  [paths.participants, 'participants', 'manage_participants'],
  [paths.users, 'users', 'manage_users'],
  [paths.confirmRoles, 'confirmRoles', 'confirm_roles'],
  [paths.dataSubject, 'dataSubject', 'data_subject_rights'],
  [paths.audit, 'audit', 'view_audit'],
  [paths.associations, 'associations', 'create_association'],
];

/** The page itself is "page"; a page below a menu entry (a year, a member) marks it "location". */
function current(path: string, to: string): 'page' | 'location' | undefined {
  if (path === to) return 'page';
  return to !== '/' && navSection(path) === to ? 'location' : undefined;
}

export function Header() {
  const { t } = useI18n();
  const { state } = useSession();
  const path = usePath();
  const user = state.status === 'authenticated' ? state.user : null;
  const session = state.status === 'authenticated' ? state.session : null;
  const associationId = navigationAssociationId(session);
  const entries = NAV.filter(([, , permission]) => permission === null || hasPermission(session, permission, associationId));
  // On a narrow screen the menu folds behind a button; it is open on the page where it was opened, so following
  // one of its links closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === path;

  return (
    <header className="app-header">
      <div className="app-header__inner">
        <div className="app-header__brand">
          <AppLink to="/" className="app-header__name" data-color="neutral">
            {t.appName}
          </AppLink>
          <span className="app-header__tagline">{t.appTagline}</span>
        </div>
        <div className="app-header__tools">
          <LanguageSwitch />
          {user ? <UserMenu user={user} /> : null}
        </div>
      </div>
      {user ? (
        <nav className="app-nav" aria-label={t.header.mainNav} data-open={open}>
          <div className="app-nav__bar">
            <Button
              variant="secondary"
              data-size="sm"
              className="app-nav__toggle"
              aria-expanded={open}
              aria-controls="app-nav-list"
              onClick={() => setOpenOn(open ? null : path)}
            >
              {t.header.menu}
            </Button>
          </div>
          <ul className="app-nav__list" id="app-nav-list">
            {entries.map(([to, key]) => (
              <li key={to}>
                <AppLink to={to} aria-current={current(path, to)}>
                  {t.header[key]}
                </AppLink>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
