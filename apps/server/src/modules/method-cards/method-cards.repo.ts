import type { MethodCardContent } from '@timantti/contracts';
import { and, asc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Queryable, Tx } from '../../db/client.ts';
import { methodCards, users } from '../../db/schema.ts';
import { advanceVersion } from '../../platform/versioned-edit.ts';
import type { TextLanguage } from '../research/search-vector.ts';
import type { Queries } from '../research/search/search.repo.ts';

/** A row of the organisation: its copy of a shipped card in one language, or its own card. */
export type MethodCardRow = {
  id: string;
  shippedKey: string | null;
  language: TextLanguage;
  /** Null for a copy restored to the shipped text. */
  content: MethodCardContent | null;
  version: number;
  updatedAt: Date;
  updatedBy: string | null;
};

const columns = {
  id: methodCards.id,
  shippedKey: methodCards.shippedKey,
  language: methodCards.language,
  content: methodCards.content,
  version: methodCards.version,
  updatedAt: methodCards.updatedAt,
  updatedBy: users.displayName,
};

const selectCards = (db: Queryable, conditions: SQL[]) =>
  db
    .select(columns)
    .from(methodCards)
    .leftJoin(users, eq(users.id, methodCards.updatedBy))
    .where(and(...conditions));

/** Every row of the organisation, copies and own cards, oldest first. */
export async function listOrganisationCards(
  db: Queryable,
  organisationId: string,
): Promise<MethodCardRow[]> {
  return selectCards(db, [eq(methodCards.organisationId, organisationId)]).orderBy(
    asc(methodCards.createdAt),
    asc(methodCards.id),
  );
}

/** The organisation's copy of a shipped card in one language, restored or not; null if none. */
export async function findCardCopy(
  db: Queryable,
  organisationId: string,
  shippedKey: string,
  language: TextLanguage,
): Promise<MethodCardRow | null> {
  const [row] = await selectCards(db, [
    eq(methodCards.organisationId, organisationId),
    eq(methodCards.shippedKey, shippedKey),
    eq(methodCards.language, language),
  ]);
  return row ?? null;
}

/** One of the organisation's own cards; null for another organisation's or a copy's id. */
export async function findOwnCard(
  db: Queryable,
  organisationId: string,
  id: string,
): Promise<MethodCardRow | null> {
  const [row] = await selectCards(db, [
    eq(methodCards.organisationId, organisationId),
    eq(methodCards.id, id),
    isNull(methodCards.shippedKey),
  ]);
  return row ?? null;
}

type Written = { content: MethodCardContent; search: SQL; userId: string };

/**
 * The organisation's first copy of a shipped card in a language. Answers null when a copy is
 * already there (another edit made on the shipped text landed first), writing nothing.
 */
export async function insertCardCopy(
  tx: Tx,
  row: Written & { organisationId: string; shippedKey: string; language: TextLanguage },
): Promise<string | null> {
  const [inserted] = await tx
    .insert(methodCards)
    .values({
      organisationId: row.organisationId,
      shippedKey: row.shippedKey,
      language: row.language,
      content: row.content,
      search: row.search,
      createdBy: row.userId,
      updatedBy: row.userId,
    })
    .onConflictDoNothing()
    .returning({ id: methodCards.id });
  return inserted?.id ?? null;
}

export async function insertOwnCard(
  tx: Queryable,
  row: Written & { organisationId: string; language: TextLanguage },
): Promise<string> {
  const [inserted] = await tx
    .insert(methodCards)
    .values({
      organisationId: row.organisationId,
      language: row.language,
      content: row.content,
      search: row.search,
      createdBy: row.userId,
      updatedBy: row.userId,
    })
    .returning({ id: methodCards.id });
  if (!inserted) throw new Error('method card insert returned nothing');
  return inserted.id;
}

/**
 * Writes a row of the organisation on the version the edit was made on (versioned-edit.ts):
 * new content, or none to follow the shipped text again.
 */
export async function writeCardContent(
  tx: Tx,
  edit: {
    organisationId: string;
    id: string;
    expected: number;
    userId: string;
    content: MethodCardContent | null;
    search: SQL | null;
    /** An own card may move to another language; a copy stays in its own. */
    language?: TextLanguage;
  },
): Promise<number> {
  return advanceVersion(tx, methodCards, {
    id: edit.id,
    scope: eq(methodCards.organisationId, edit.organisationId),
    expected: edit.expected,
    set: {
      content: edit.content,
      search: edit.search,
      ...(edit.language ? { language: edit.language } : {}),
      updatedBy: edit.userId,
      updatedAt: sql`now()`,
    },
  });
}

export async function deleteOwnCard(
  db: Queryable,
  organisationId: string,
  id: string,
): Promise<boolean> {
  const deleted = await db
    .delete(methodCards)
    .where(
      and(
        eq(methodCards.organisationId, organisationId),
        eq(methodCards.id, id),
        isNull(methodCards.shippedKey),
      ),
    )
    .returning({ id: methodCards.id });
  return deleted.length > 0;
}

/** A shipped card's text to search, with its vector built as a stored one would be. */
export type ShippedSearchRow = { key: string; search: SQL };

const configs = { fi: 'finnish', sv: 'swedish', en: 'english' } as const;

/**
 * Ranks the cards an organisation reads in `language` by the query: the shipped ones given
 * (their vectors built in the query, since their text lives in the code) and the
 * organisation's own rows — copies in that language and own cards in theirs. Answers each
 * matching card's key (a shipped key, or an own card's id) with its rank, best first.
 */
export async function searchMethodCards(
  db: Queryable,
  input: {
    organisationId: string;
    language: TextLanguage;
    shipped: readonly ShippedSearchRow[];
    q: Queries;
  },
): Promise<{ key: string; rank: number }[]> {
  const { organisationId, language, shipped, q } = input;
  const query = (lang: TextLanguage) =>
    sql`to_tsquery(${sql.raw(`'${configs[lang]}'`)}, ${q[lang]})`;
  const branches: SQL[] = [];
  if (shipped.length > 0 && q[language]) {
    const rows = sql.join(
      shipped.map((row) => sql`(${row.key}, ${row.search})`),
      sql`, `,
    );
    branches.push(sql`select key, ts_rank(search, ${query(language)}) as rank
      from (values ${rows}) as shipped(key, search)
      where search @@ ${query(language)}`);
  }
  // Each language branch has a constant configuration, as in the project search.
  for (const lang of Object.keys(configs) as TextLanguage[]) {
    if (!q[lang]) continue;
    // Copies are read in the language asked for; own cards in the one they are written in.
    const ownOnly = lang === language ? sql`` : sql`and shipped_key is null`;
    branches.push(sql`select coalesce(shipped_key, id::text) as key,
        ts_rank(search, ${query(lang)}) as rank
      from method_cards
      where organisation_id = ${organisationId} and language = ${lang} ${ownOnly}
        and search @@ ${query(lang)}`);
  }
  if (branches.length === 0) return [];
  const result = await db.execute<{ key: string; rank: number }>(
    sql`${sql.join(branches, sql` union all `)} order by rank desc, key`,
  );
  return result.rows.map((row) => ({ key: row.key, rank: Number(row.rank) }));
}
