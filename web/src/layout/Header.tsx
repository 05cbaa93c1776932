import { useI18n } from '../i18n/I18nProvider';
import { usePath } from '../router';
import { navSection, paths } from '../routes';
import { useSession } from '../session/SessionProvider';
import { AppLink } from '../ui';
import { LanguageSwitch } from './LanguageSwitch';
import { UserMenu } from './UserMenu';

const NAV = [
  ['/', 'start'],
  [paths.members, 'members'],
  [paths.contributions, 'contributions'],
  [paths.equity, 'equity'],
  [paths.allocation, 'allocation'],
  [paths.charter, 'charter'],
] as const;

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
        <nav className="app-nav" aria-label={t.header.mainNav}>
          <ul className="app-nav__list">
            {NAV.map(([to, key]) => (
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
