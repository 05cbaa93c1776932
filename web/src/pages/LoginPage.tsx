import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, UNKNOWN_ERROR } from '../api';
import { usePageTitle } from '../hooks/usePageTitle';
import { useI18n } from '../i18n/I18nProvider';
import { errorMessage, fieldErrorMessage } from '../i18n/problems';
import type { Dictionary } from '../i18n/sv';
import { navigate } from '../router';
import { useSession, type LoginNotice } from '../session/SessionProvider';
import type { FieldError } from '../api/types';
import { Alert, Button, ErrorSummaryBox, Heading, Paragraph, TextField, type SummaryItem } from '../ui';
import { isLoginField, validateLogin, type LoginField } from './loginValidation';

type Failure = { kind: 'fields'; errors: FieldError[] } | { kind: 'problem'; code: string };

const FIELD_IDS: Record<LoginField, string> = { username: 'username', password: 'password' };

function loginNoticeText(t: Dictionary, notice: LoginNotice): string {
  if (notice.kind === 'logged_out') return t.login.loggedOut;
  if (notice.kind === 'logged_out_everywhere') return t.login.loggedOutEverywhere;
  return errorMessage(t, notice.code);
}

export function LoginPage({ notice }: { notice: LoginNotice | null }) {
  const { t } = useI18n();
  const { login } = useSession();
  usePageTitle(t.login.title);

  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [attempt, setAttempt] = useState(0);
  const summary = useRef<HTMLElement>(null);

  // Focus the error summary after every failed submit.
  useEffect(() => {
    if (failure) summary.current?.focus();
  }, [failure, attempt]);

  const nouns: Record<LoginField, string> = { username: t.login.usernameNoun, password: t.login.passwordNoun };
  const fieldErrors = failure?.kind === 'fields' ? failure.errors.filter((e) => isLoginField(e.field)) : [];
  const inlineError = (field: LoginField): string | undefined => {
    const error = fieldErrors.find((e) => e.field === field);
    return error ? fieldErrorMessage(t, error.code, nouns[field]) : undefined;
  };

  let items: SummaryItem[] = [];
  if (failure?.kind === 'fields') {
    items = fieldErrors.map((e) => ({
      fieldId: FIELD_IDS[e.field as LoginField],
      message: fieldErrorMessage(t, e.code, nouns[e.field as LoginField]),
    }));
    if (items.length === 0) items = [{ fieldId: FIELD_IDS.username, message: errorMessage(t, 'validation_failed') }];
  } else if (failure?.kind === 'problem') {
    items = [{ fieldId: FIELD_IDS.username, message: errorMessage(t, failure.code) }];
  }

  const fail = (next: Failure) => {
    setFailure(next);
    setAttempt((n) => n + 1);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const errors = validateLogin(username, password);
    if (errors.length > 0) return fail({ kind: 'fields', errors });

    setBusy(true);
    try {
      await login(username.trim(), password);
      navigate('/', { replace: true });
    } catch (error) {
      setPassword('');
      if (error instanceof ApiError && error.status === 422 && error.fieldErrors.length > 0) {
        fail({ kind: 'fields', errors: error.fieldErrors });
      } else {
        fail({ kind: 'problem', code: error instanceof ApiError ? error.code : UNKNOWN_ERROR });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="narrow">
      <Heading level={1} data-size="lg">
        {t.login.title}
      </Heading>
      {notice && !failure ? (
        <Alert data-color={notice.kind === 'error' ? 'warning' : 'info'} className="login-notice">
          <Paragraph>{loginNoticeText(t, notice)}</Paragraph>
        </Alert>
      ) : null}
      {failure ? <ErrorSummaryBox ref={summary} heading={t.login.errorHeading} items={items} /> : null}
      <Paragraph className="login-intro">{t.login.intro}</Paragraph>
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextField
          id={FIELD_IDS.username}
          name="username"
          label={t.login.username}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={username}
          error={inlineError('username')}
          onChange={(e) => setUsername(e.target.value)}
        />
        <TextField
          id={FIELD_IDS.password}
          name="password"
          type="password"
          label={t.login.password}
          autoComplete="current-password"
          value={password}
          error={inlineError('password')}
          onChange={(e) => setPassword(e.target.value)}
        />
        <div>
          <Button type="submit" aria-disabled={busy || undefined}>
            {busy ? t.login.submitting : t.login.submit}
          </Button>
        </div>
      </form>
    </div>
  );
}
