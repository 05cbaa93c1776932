import { useI18n } from '../i18n/I18nProvider';
import { AppLink } from '../ui';

export function Footer() {
  const { t } = useI18n();
  return (
    <footer className="app-footer">
      <div className="app-footer__inner">
        <nav aria-label={t.footer.nav}>
          <ul className="app-footer__links">
            <li>
              <AppLink to="/tillganglighet">{t.footer.accessibility}</AppLink>
            </li>
          </ul>
        </nav>
        <p className="app-footer__product">{t.appName}</p>
      </div>
    </footer>
  );
}
