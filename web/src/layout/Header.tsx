import { useI18n } from '../i18n/I18nProvider';
import { usePath } from '../router';
import { useSession } from '../session/SessionProvider';
import { AppLink } from '../ui';
import { LanguageSwitch } from './LanguageSwitch';
import { UserMenu } from './UserMenu';

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
            <li>
              <AppLink to="/" aria-current={path === '/' ? 'page' : undefined}>
                {t.header.start}
              </AppLink>
            </li>
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
