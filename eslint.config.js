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

const features = readdirSync(new URL('./apps/web/src/features', import.meta.url), { withFileTypes: true })
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
  'apps/web/src/app/routes/changes/list.tsx',
  'apps/web/src/app/routes/changes/change.tsx',
  'apps/web/src/features/changes/components/*.tsx',
  'apps/web/src/app/routes/app-layout.tsx',
  'apps/web/src/app/routes/auth-frame.tsx',
  'apps/web/src/app/routes/backend-models/detail.tsx',
  'apps/web/src/app/routes/backend-models/edit-model.tsx',
  'apps/web/src/app/routes/backend-models/list.tsx',
  'apps/web/src/app/routes/backend-models/load-state.tsx',
  'apps/web/src/app/routes/choose-own-password.tsx',
  'apps/web/src/app/routes/ip-access-control/detail.tsx',
  'apps/web/src/app/routes/ip-access-control/list.tsx',
  'apps/web/src/app/routes/ip-access-control/load-state.tsx',
  'apps/web/src/app/routes/not-found.tsx',
  'apps/web/src/app/routes/route-error.tsx',
  'apps/web/src/app/routes/session-gate.tsx',
  'apps/web/src/app/routes/sign-in.tsx',
  'apps/web/src/app/routes/vpc-authorizations/create.tsx',
  'apps/web/src/app/routes/vpc-authorizations/detail.tsx',
  'apps/web/src/app/routes/vpc-authorizations/edit.tsx',
  'apps/web/src/app/routes/vpc-authorizations/list.tsx',
  'apps/web/src/app/routes/vpc-authorizations/load-state.tsx',
  'apps/web/src/components/auth/access-button.tsx',
  'apps/web/src/components/auth/require-access.tsx',
  'apps/web/src/components/errors/api-error-alert.tsx',
  'apps/web/src/components/form/fields.tsx',
  'apps/web/src/components/form/form.tsx',
  'apps/web/src/components/form/password-field.tsx',
  'apps/web/src/components/form/radio-group-field.tsx',
  'apps/web/src/components/form/report-dirty.tsx',
  'apps/web/src/components/form/select-field.tsx',
  'apps/web/src/components/layout/display-menus.tsx',
  'apps/web/src/components/layout/page-header.tsx',
  'apps/web/src/components/layout/time-zone-note.tsx',
  'apps/web/src/components/resource/load-state.tsx',
  'apps/web/src/components/review/review-dialog.tsx',
  'apps/web/src/components/review/review-panel.tsx',
  'apps/web/src/components/ui/copyable-code.tsx',
  'apps/web/src/components/ui/export-buttons.tsx',
  'apps/web/src/components/ui/icons.tsx',
  'apps/web/src/components/ui/published-apis-table.tsx',
  'apps/web/src/components/ui/role-badge.tsx',
  'apps/web/src/components/ui/stage-badge.tsx',
  'apps/web/src/components/ui/table-skeleton.tsx',
  'apps/web/src/features/auth/components/change-password-form.tsx',
  'apps/web/src/features/auth/components/change-password-modal.tsx',
  'apps/web/src/features/auth/components/sign-in-form.tsx',
  'apps/web/src/features/auth/components/sso-sign-in.tsx',
  'apps/web/src/features/auth/components/user-menu.tsx',
  'apps/web/src/features/backend-models/components/backend-table.tsx',
  'apps/web/src/features/backend-models/components/backend-type-badge.tsx',
  'apps/web/src/features/backend-models/components/json-editor.tsx',
  'apps/web/src/features/backend-models/components/model-action-button.tsx',
  'apps/web/src/features/backend-models/components/model-diff.tsx',
  'apps/web/src/features/backend-models/components/model-editor-actions.tsx',
  'apps/web/src/features/backend-models/components/model-editor-notices.tsx',
  'apps/web/src/features/backend-models/components/model-editor-toolbar.tsx',
  'apps/web/src/features/backend-models/components/model-editor.tsx',
  'apps/web/src/features/backend-models/components/model-errors.tsx',
  'apps/web/src/features/backend-models/components/model-form-fields.tsx',
  'apps/web/src/features/backend-models/components/review-model-modal.tsx',
  'apps/web/src/features/backend-models/components/stage-model-panel.tsx',
  'apps/web/src/features/backend-models/components/stage-presence.tsx',
  'apps/web/src/features/ip-controls/components/cidr-chips.tsx',
  'apps/web/src/features/ip-controls/components/cidr-paste-box.tsx',
  'apps/web/src/features/ip-controls/components/cidr-row.tsx',
  'apps/web/src/features/ip-controls/components/cidr-rows-field.tsx',
  'apps/web/src/features/ip-controls/components/delete-ip-control-modal.tsx',
  'apps/web/src/features/ip-controls/components/guarded-apis-editor.tsx',
  'apps/web/src/features/ip-controls/components/ip-control-attributes.tsx',
  'apps/web/src/features/ip-controls/components/ip-control-form-modal.tsx',
  'apps/web/src/features/ip-controls/components/ip-control-table.tsx',
  'apps/web/src/features/ip-controls/components/ip-control-type-badge.tsx',
  'apps/web/src/features/ip-controls/components/policy-item-editor.tsx',
  'apps/web/src/features/ip-controls/components/policy-item-review.tsx',
  'apps/web/src/features/ip-controls/components/policy-items-table.tsx',
  'apps/web/src/features/ip-controls/components/remove-policy-item-modal.tsx',
  'apps/web/src/features/profiles/components/active-profile.tsx',
  'apps/web/src/components/list/list-content.tsx',
  'apps/web/src/components/list/list-footer.tsx',
  'apps/web/src/components/list/list-panel.tsx',
  'apps/web/src/components/list/list-search.tsx',
  'apps/web/src/components/list/resource-table.tsx',
  'apps/web/src/lib/connection/connection-banner.tsx',
  'apps/web/src/features/audit/components/audit-event-summary.tsx',
  'apps/web/src/features/audit/components/audit-filters.tsx',
  'apps/web/src/features/audit/components/audit-result-badge.tsx',
  'apps/web/src/features/audit/components/audit-table.tsx',
  'apps/web/src/components/diff/change-diff-table.tsx',
  'apps/web/src/components/diff/list-changes.tsx',
  'apps/web/src/features/audit/components/revert-modal.tsx',
  'apps/web/src/app/routes/audit/list.tsx',
  'apps/web/src/app/routes/audit/event.tsx',
  'apps/web/src/app/routes/home/home.tsx',
  'apps/web/src/features/home/components/home-card.tsx',
  'apps/web/src/features/home/components/resource-counts.tsx',
  'apps/web/src/features/home/components/findings-summary.tsx',
  'apps/web/src/features/home/components/running-tasks.tsx',
  'apps/web/src/features/home/components/recent-changes.tsx',
  'apps/web/src/features/vpc-authorizations/components/bulk-remove-modal.tsx',
  'apps/web/src/features/vpc-authorizations/components/create-vpc-authorization-form.tsx',
  'apps/web/src/features/vpc-authorizations/components/edit-vpc-authorization-form.tsx',
  'apps/web/src/features/vpc-authorizations/components/removal-result.tsx',
  'apps/web/src/features/vpc-authorizations/components/remove-vpc-authorization-modal.tsx',
  'apps/web/src/features/vpc-authorizations/components/review-changes-modal.tsx',
  'apps/web/src/features/vpc-authorizations/components/vpc-authorization-attributes.tsx',
  'apps/web/src/features/vpc-authorizations/components/vpc-authorization-table.tsx',
  'apps/web/src/app/routes/access/access.tsx',
  'apps/web/src/app/routes/people/people.tsx',
  'apps/web/src/app/routes/tasks/list.tsx',
  'apps/web/src/app/routes/tasks/task.tsx',
  'apps/web/src/app/routes/tokens/tokens.tsx',
  'apps/web/src/features/demo-cloud/components/demo-cloud-panel.tsx',
  'apps/web/src/features/demo-cloud/components/reset-demo-cloud-modal.tsx',
  'apps/web/src/features/grants/components/effective-permissions.tsx',
  'apps/web/src/features/grants/components/grant-editor-modal.tsx',
  'apps/web/src/features/grants/components/grants-table.tsx',
  'apps/web/src/features/grants/components/remove-grant-modal.tsx',
  'apps/web/src/features/tasks/components/task-history-table.tsx',
  'apps/web/src/features/tasks/components/task-progress-panel.tsx',
  'apps/web/src/features/tokens/components/create-token-form.tsx',
  'apps/web/src/features/tokens/components/created-token-panel.tsx',
  'apps/web/src/features/tokens/components/revoke-token-modal.tsx',
  'apps/web/src/features/tokens/components/tokens-table.tsx',
  'apps/web/src/features/users/components/change-status-modal.tsx',
  'apps/web/src/features/users/components/invite-person-form.tsx',
  'apps/web/src/features/users/components/people-table.tsx',
  'apps/web/src/features/users/components/reset-password-modal.tsx',
  'apps/web/src/features/users/components/sign-in-settings-panel.tsx',
  'apps/web/src/app/routes/endpoint-services/detail.tsx',
  'apps/web/src/app/routes/endpoint-services/edit.tsx',
  'apps/web/src/app/routes/endpoint-services/list.tsx',
  'apps/web/src/app/routes/endpoint-services/load-state.tsx',
  'apps/web/src/features/endpoint-services/components/bulk-add-mappings.tsx',
  'apps/web/src/features/endpoint-services/components/connection-actions.tsx',
  'apps/web/src/features/endpoint-services/components/connections-table.tsx',
  'apps/web/src/features/endpoint-services/components/edit-endpoint-service-form.tsx',
  'apps/web/src/features/endpoint-services/components/endpoint-service-attributes.tsx',
  'apps/web/src/features/endpoint-services/components/endpoint-service-table.tsx',
  'apps/web/src/features/endpoint-services/components/mapping-row.tsx',
  'apps/web/src/features/endpoint-services/components/port-mapping-editor.tsx',
  'apps/web/src/features/endpoint-services/components/port-mappings-table.tsx',
  'apps/web/src/features/endpoint-services/components/sharing-services.tsx',
  'apps/web/src/features/endpoint-services/components/status-badges.tsx',
  'apps/web/src/features/endpoint-services/components/whitelist-panel.tsx',
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
