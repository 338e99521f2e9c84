import fs from 'node:fs/promises';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/*
 * The house rules lint says (eslint.config.js) must fail on a violation, or they guard nothing:
 * each case lints a real file of the server with one violation added, the way an editor would
 * hold it unsaved, and expects the rule's message.
 */

const root = path.resolve(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: root });

async function lintWith(file: string, addition: string) {
  const filePath = path.join(root, file);
  const text = `${addition}\n${await fs.readFile(filePath, 'utf8')}`;
  const [result] = await eslint.lintText(text, { filePath });
  return (result?.messages ?? []).map((message) => message.message);
}

const cases: { rule: string; file: string; addition: string; message: RegExp }[] = [
  {
    rule: 'a routes file imports no drizzle-orm',
    file: 'apps/server/src/modules/research/sources/sources.routes.ts',
    addition: "import { sql } from 'drizzle-orm';\nvoid sql;",
    message: /Routes files hold no SQL/,
  },
  {
    rule: 'a routes file imports no table',
    file: 'apps/server/src/modules/personas/personas.routes.ts',
    addition: "import { personas } from '../../db/schema.ts';\nvoid personas;",
    message: /Routes files do not touch tables/,
  },
  {
    rule: 'a routes file opens no transaction',
    file: 'apps/server/src/modules/research/notes/notes.routes.ts',
    addition:
      'export const open = (db: { transaction: (f: () => void) => void }) => db.transaction(() => {});',
    message: /open no transactions/,
  },
  {
    rule: 'a routes file is imported only by app.ts or its module index',
    file: 'apps/server/src/modules/research/evidence/commands/create-evidence.ts',
    addition: "export { noteRoutes } from '../../notes/notes.routes.ts';",
    message: /registered by app\.ts/,
  },
  {
    rule: 'a seed imports no routes file',
    file: 'apps/server/src/db/seeds/demo-research.ts',
    addition:
      "import { sourceRoutes } from '../../modules/research/sources/sources.routes.ts';\nvoid sourceRoutes;",
    message: /registered by app\.ts/,
  },
  {
    rule: 'a command runs no SQL of its own',
    file: 'apps/server/src/modules/organisations/commands/change-member.ts',
    addition: "import { sql } from 'drizzle-orm';\nvoid sql;",
    message: /SQL lives in repositories only/,
  },
];

describe('the house rules lint enforces', () => {
  it.each(cases)('$rule', async ({ file, addition, message }) => {
    expect(await lintWith(file, '')).toEqual([]);
    expect((await lintWith(file, addition)).some((text) => message.test(text))).toBe(true);
  });
});
