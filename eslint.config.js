// @ts-check
// Lint for the whole workspace: typescript-eslint's strict rules, and the architecture's
// boundaries as import zones (README, "Architecture"), so the layout stays true by itself.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import noLiteralJsxText from './apps/web/eslint/no-literal-jsx-text.js';

const features = readdirSync('apps/web/src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Each zone: files under `target` may not import from `from` (paths as resolved on disk). */
const zones = [
  ...features.map((feature) => ({
    target: `./apps/web/src/features/${feature}`,
    from: './apps/web/src/features',
    except: [`./${feature}`],
    message: 'A feature imports no other feature: combine them in app/routes, or move the shared piece to components/ or lib/.',
  })),
  {
    target: ['./apps/web/src/components', './apps/web/src/lib'],
    from: './apps/web/src/features',
    message: 'Shared code imports no feature.',
  },
  { target: './apps/web', from: './apps/bff', message: 'The SPA never imports the BFF: share through packages/contracts.' },
  {
    target: './apps/bff/src/services',
    from: ['./apps/bff/src/routes', './apps/bff/src/http'],
    message: 'Services import no routes or HTTP code (errors live in src/errors.ts).',
  },
  { target: './packages/contracts', from: ['./apps', './packages/cloud-emulator'], message: 'The contracts depend on no app.' },
];

/**
 * The SPA's files whose text is already translated (zh-CN and en, lib/i18n): in these, text
 * people read comes from the catalogues, never a literal (portico/no-literal-jsx-text). Add a
 * file here when its strings move to the catalogues; when every file is converted, this becomes
 * every .tsx file under apps/web/src.
 */
const translatedFiles = [
  'apps/web/src/app/routes/app-layout.tsx',
  'apps/web/src/app/routes/auth-frame.tsx',
  'apps/web/src/app/routes/choose-own-password.tsx',
  'apps/web/src/app/routes/not-found.tsx',
  'apps/web/src/app/routes/route-error.tsx',
  'apps/web/src/app/routes/session-gate.tsx',
  'apps/web/src/app/routes/sign-in.tsx',
  'apps/web/src/components/form/password-field.tsx',
  'apps/web/src/components/layout/display-menus.tsx',
  'apps/web/src/components/layout/time-zone-note.tsx',
  'apps/web/src/components/ui/role-badge.tsx',
  'apps/web/src/features/auth/components/change-password-form.tsx',
  'apps/web/src/features/auth/components/change-password-modal.tsx',
  'apps/web/src/features/auth/components/sign-in-form.tsx',
  'apps/web/src/features/auth/components/sso-sign-in.tsx',
  'apps/web/src/features/auth/components/user-menu.tsx',
  'apps/web/src/features/profiles/components/active-profile.tsx',
  'apps/web/src/features/bindings/components/api-bindings-table.tsx',
  'apps/web/src/features/bindings/components/finding-item.tsx',
  'apps/web/src/features/bindings/components/findings-panel.tsx',
  'apps/web/src/features/bindings/components/suppress-finding.tsx',
  'apps/web/src/features/bindings/components/suppressions-list.tsx',
  'apps/web/src/features/bindings/components/bindings-filters.tsx',
  'apps/web/src/features/bindings/components/inventory-gaps.tsx',
  'apps/web/src/features/bindings/components/bindings-graph.tsx',
  'apps/web/src/features/bindings/components/detail-graph.tsx',
  'apps/web/src/features/bindings/components/overview-graph.tsx',
  'apps/web/src/features/bindings/components/overview-nodes.tsx',
];

const cloudSdks = {
  patterns: [{ group: ['@alicloud/*', '@huaweicloud/*'], message: 'Only apps/bff/src/clouds/ knows a cloud SDK.' }],
};

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', '**/.data/**', '**/test-results/**', '**/playwright-report/**', 'apps/bff/drizzle/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { 'import-x': importX },
    settings: {
      // no-cycle follows imports only into files it knows how to parse.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          noWarnOnMultipleProjects: true,
          project: ['apps/*/tsconfig.json', 'packages/*/tsconfig.json', 'e2e/tsconfig.json', 'bench/tsconfig.json'],
        }),
      ],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // With noUncheckedIndexedAccess every index read may be undefined; `!` marks an index that is
      // in range by construction (a regex group, a sorted array's middle), where a fallback would hide a bug.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['apps/bff/src/**', 'apps/web/src/**'],
    // Tests may call the emulator through the official SDK: an independent client checking what the cloud holds.
    ignores: ['apps/bff/src/clouds/**', '**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', cloudSdks] },
  },
  {
    files: translatedFiles,
    plugins: { portico: { rules: { 'no-literal-jsx-text': noLiteralJsxText } } },
    // The brand is not translated.
    rules: { 'portico/no-literal-jsx-text': ['error', { allow: ['Portico'] }] },
  },
);
