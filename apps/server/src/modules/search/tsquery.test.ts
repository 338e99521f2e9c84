// What PostgreSQL makes of the queries we build: hostile input must never be a syntax error nor
// change the query's shape, and escaping must keep a lexeme exactly what it was.
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildTsQuery, escapeTsQueryLexeme, indexTerms, queryTerms } from './terms.ts';
import { openVoikko } from './voikko.ts';

const client = new pg.Client({ connectionString: inject('databaseUrl') });
beforeAll(async () => {
  await client.connect();
  // Queries without lexemes raise a NOTICE each; they are expected here.
  await client.query(`set client_min_messages = warning`);
});
afterAll(async () => {
  await client.end();
});

async function tsquery(config: string, text: string): Promise<string> {
  const { rows } = await client.query<{ query: string }>(
    `select to_tsquery($1::regconfig, $2)::text as query`,
    [config, text],
  );
  return rows[0]?.query ?? '';
}

/** Whether the text's own vector matches the query; null when the text has no lexemes at all. */
async function matches(config: string, document: string, query: string): Promise<boolean | null> {
  const { rows } = await client.query<{ match: boolean | null }>(
    `select case when to_tsvector($1::regconfig, $2) = ''::tsvector then null
       else to_tsvector($1::regconfig, $2) @@ to_tsquery($1::regconfig, $3) end as match`,
    [config, document, query],
  );
  return rows[0]?.match ?? null;
}

const hostile = [
  "'",
  "''",
  "polku' | 'asiakas",
  'a & b',
  'a | b',
  '!paja',
  'polku:*',
  'polku:A',
  '(palvelu',
  'palvelu)',
  '\\',
  '\\\\',
  "\\'",
  'a <-> b',
  'a <2> b',
  '',
  '   ',
  '\t\n',
  "'; drop table evidence; --",
  'työpaja\u0000',
];

describe('buildTsQuery in PostgreSQL', () => {
  it('turns hostile queries into valid tsqueries of their words only', async () => {
    for (const query of hostile) {
      const built = buildTsQuery(queryTerms(query, 'fi', null));
      const parsed = await tsquery('finnish', built);
      expect(parsed).not.toMatch(/[!:*]/);
    }
    expect(await tsquery('finnish', buildTsQuery(queryTerms("polku' | 'asiakas", 'fi')))).toBe(
      "'polku' & 'asiakas'",
    );
    expect(await tsquery('finnish', buildTsQuery(queryTerms('!paja:*', 'fi')))).toBe("'paja'");
  });

  it('keeps operators inside quoted lexemes as text', async () => {
    expect(await tsquery('simple', buildTsQuery([['polku:*', '!asiakas']]))).toBe(
      "'polku' | 'asiakas'",
    );
    expect(await tsquery('simple', escapeTsQueryLexeme("a' | 'b"))).toBe("'a' <-> 'b'");
    expect(await tsquery('simple', escapeTsQueryLexeme('a\\b'))).toBe("'a' <-> 'b'");
  });

  it('parses whatever anyone types', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 80 }), async (query) => {
        const built = buildTsQuery(queryTerms(query, 'fi', null));
        await tsquery('finnish', built);
      }),
      { numRuns: 300 },
    );
  });

  it('quotes any lexeme so that it finds the text it came from', async () => {
    const letters = 'aäöåbkl';
    const operators = "'\\&|!:*()<-> ";
    const text = fc
      .array(fc.constantFrom(...letters, ...operators), { minLength: 1, maxLength: 24 })
      .map((chars) => chars.join(''))
      .filter((value) => [...value].some((char) => letters.includes(char)));
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 3 }), async (lexemes) => {
        const query = buildTsQuery([lexemes]);
        // Text PostgreSQL's parser drops whole (`<a>` is an HTML tag) has nothing to find.
        for (const lexeme of lexemes) {
          expect(await matches('simple', lexeme, query)).not.toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('lemmas and parts in PostgreSQL', () => {
  const voikko = openVoikko().analyzer;
  afterAll(() => voikko?.close());

  async function found(document: string, query: string): Promise<boolean> {
    if (!voikko) throw new Error('Voikko is required here (apt-get install libvoikko1 voikko-fi)');
    const { rows } = await client.query<{ match: boolean }>(
      `select (setweight(to_tsvector('finnish', $1), 'A') || setweight(to_tsvector('finnish', $2), 'B'))
         @@ to_tsquery('finnish', $3) as match`,
      [document, indexTerms(document, 'fi', voikko), buildTsQuery(queryTerms(query, 'fi', voikko))],
    );
    return rows[0]?.match ?? false;
  }

  it('finds what Snowball alone misses', async () => {
    const snowball = (document: string, query: string) =>
      client
        .query<{ match: boolean }>(
          `select to_tsvector('finnish', $1) @@ plainto_tsquery('finnish', $2) as match`,
          [document, query],
        )
        .then(({ rows }) => rows[0]?.match ?? false);
    const pairs: [document: string, query: string][] = [
      ['Palvelupoluilla on liian monta vaihetta.', 'polku'],
      ['Käsittelyajat pitenivät syksyllä.', 'käsittelyaika'],
      ['Työpajoissa syntyi ideoita.', 'paja'],
      ['Asiakkaiden mielestä jonot ovat pitkiä.', 'asiakas'],
      ['Asiakastarina kertoi odotuksesta.', 'asiakkaiden'],
      ['Kehittämishankkeessa oli kolme kuntaa.', 'hanke'],
    ];
    for (const [document, query] of pairs) {
      expect(await snowball(document, query), `${query} in Snowball`).toBe(false);
      expect(await found(document, query), `${query} with Voikko`).toBe(true);
    }
  });

  it('does not find a compound by its parts when the query is the compound', async () => {
    expect(await found('Polku kulki palvelun ohi.', 'palvelupolku')).toBe(false);
  });
});
