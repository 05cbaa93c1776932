// ESLint (flat config): the recommended JavaScript, TypeScript and React hooks rules, and the folder rule:
// a feature under src/pages/<feature>/ imports no other feature, and shared code (forms/, tables/, hooks/,
// ui/, layout/, i18n/, ...) imports no page. What two features need lives in the shared folders.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const FEATURES = ['access', 'followUp', 'historyImport', 'money', 'participants', 'privacy', 'start'];
const SHARED = ['api', 'charts', 'forms', 'hooks', 'i18n', 'layout', 'session', 'shared', 'tables', 'ui'];

/** A relative import that climbs out of the current folder into one of `names` (`../../money/...`). */
const into = (names) => `^(\\.\\./)+(${names.join('|')})(/|$)`;

const featureRules = FEATURES.map((feature) => ({
  files: [`src/pages/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: into(FEATURES.filter((f) => f !== feature)),
            message: `src/pages/${feature}/ may not import another feature: move what both need to forms/, tables/, hooks/, ui/, layout/ or shared/.`,
          },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'theme/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['src/**/*.{ts,tsx}'], ...reactHooks.configs.flat.recommended },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }] },
  },
  { files: ['scripts/**/*.mjs'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
  ...featureRules,
  {
    files: SHARED.map((folder) => `src/${folder}/**/*.{ts,tsx}`),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: into(['pages']), message: 'Shared code may not import a page: it would tie every feature to that one.' },
          ],
        },
      ],
    },
  },
);
