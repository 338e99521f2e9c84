import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const webNeverImportsServer = {
  group: ['@timantti/server', '@timantti/server/*', '**/apps/server/**', '**/server/src/**'],
  message: 'The web app never imports server code; share through packages/.',
};

// The server's layers (docs/ARCHITECTURE.md): routes validate, authorize, call one command or
// query and present; SQL lives in repositories, multi-table writes in commands.
const routesAreRegisteredNotImported = {
  group: ['**/*.routes.ts', '**/*.routes'],
  message:
    "Routes files are registered by app.ts or their module's index routes file only; move what you need into a repository, a command, a query or a small module of its own.",
};
const routesWriteNoSql = [
  {
    group: ['drizzle-orm', 'drizzle-orm/*'],
    message:
      "Routes files hold no SQL: put the query in the module's *.repo.ts and call it (or a command that calls it).",
  },
  {
    group: ['**/db/schema.ts', '**/db/schema'],
    message:
      "Routes files do not touch tables: put the query in the module's *.repo.ts and call it (or a command that calls it).",
  },
];
// Type-only imports carry no SQL: a command may name a row's type.
const onlyRepositoriesWriteSql = [
  {
    group: ['drizzle-orm', 'drizzle-orm/*'],
    allowTypeImports: true,
    message:
      'SQL lives in repositories only: put the query in the *.repo.ts of the resource it touches and call it; a write that spans tables is a command calling several.',
  },
  {
    group: ['**/db/schema.ts', '**/db/schema'],
    allowTypeImports: true,
    message:
      'Tables are touched in repositories only: put the query in the *.repo.ts of the resource it touches and call it.',
  },
];
// It builds the tsvector expression every stored text is indexed with, and queries nothing:
// commands compute it from the texts they write and hand it to the repository that writes it.
const searchVectorBuilder = 'apps/server/src/modules/research/search-vector.ts';
const serverRouteIndexes = [
  'apps/server/src/app.ts',
  'apps/server/src/modules/research/research.routes.ts',
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [webNeverImportsServer] }],
    },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [webNeverImportsServer],
          paths: [
            {
              name: '@timantti/i18n',
              allowTypeImports: true,
              message:
                'It holds every catalog: import @timantti/i18n/core, and messages through i18n/catalogs.ts, one language at a time.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@timantti/server', '@timantti/web', '**/apps/**'],
              message: 'Packages are shared by the apps and import none of them.',
            },
          ],
        },
      ],
    },
  },
  {
    // Command-line tools and benchmarks print their results for a person to read.
    files: ['apps/server/src/cli.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['apps/server/src/**/*.ts'],
    ignores: [...serverRouteIndexes, 'apps/server/src/**/*.routes.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [routesAreRegisteredNotImported] }],
    },
  },
  {
    files: ['apps/server/src/modules/**/*.ts'],
    ignores: ['apps/server/src/**/*.routes.ts', '**/*.repo.ts', searchVectorBuilder],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [routesAreRegisteredNotImported, ...onlyRepositoriesWriteSql] },
      ],
    },
  },
  {
    files: ['apps/server/src/**/*.routes.ts'],
    ignores: serverRouteIndexes,
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [routesAreRegisteredNotImported, ...routesWriteNoSql] },
      ],
    },
  },
  {
    files: serverRouteIndexes.filter((file) => file.endsWith('.routes.ts')),
    rules: { 'no-restricted-imports': ['error', { patterns: routesWriteNoSql }] },
  },
  {
    files: ['apps/server/src/**/*.routes.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='transaction']",
          message:
            "Routes files open no transactions: a write that spans tables is a command in the module's commands/ folder.",
        },
      ],
    },
  },
);
