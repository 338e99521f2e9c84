import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { knownProblemCodes } from '../src/http/problem.ts';
import { databaseTables, fingerprint, fingerprintedTables, unscopedTables } from './fingerprint.ts';
import { TEST_PASSWORD, call, startTestApp } from './harness.ts';
import { buildWorld, routeCases, type ActorName, type World } from './route-cases.ts';

/*
 * Every write route of the server's own route table, called by someone who may make the write,
 * in a world whose ids are real, with its valid example spoiled one field at a time: text
 * PostgreSQL cannot store (NUL, lone surrogates), nesting a thousand deep, huge and negative
 * numbers, wrong types, unknown fields. Each must be refused as a problem with a code and change
 * nothing; the valid example, sent last, must then succeed, so no refusal was a wrong id's 404.
 */

const app = await startTestApp();

type Method = 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const writeMethods = new Set<string>(['POST', 'PUT', 'PATCH', 'DELETE']);
// The public form's post answers residents with HTML pages, not problems: its bad input (too
// large, malformed, honeypot, wrong or reused token) is walked in feedback-forms.test.ts.
const writeRoutes = app.routes
  .filter((route) => writeMethods.has(route.method) && !route.url.startsWith('/f/'))
  .map((route) => `${route.method} ${route.url}`)
  .sort();

// The routes whose example in route-cases.ts an admin cannot make succeed (the matrix expects
// it to fail there): who can, and with what.
const writers: Record<string, { actor: ActorName; body?: (w: World) => unknown }> = {
  'POST /api/v1/auth/login': {
    actor: 'anonymous',
    body: (w) => ({ email: w.adminEmail, password: TEST_PASSWORD }),
  },
  'POST /api/v1/account/password': {
    actor: 'admin',
    body: () => ({ currentPassword: TEST_PASSWORD, newPassword: 'uusi-pitkä-salasana-9' }),
  },
  'DELETE /api/v1/account/sessions/:sessionId': { actor: 'outsider' },
  'POST /api/v1/invitations/:token/accept': { actor: 'anonymous' },
  'PUT /api/v1/courses/:courseId/practice-project': { actor: 'teamMember' },
  'PUT /api/v1/courses/:courseId/exercises/:exerciseId/completion': { actor: 'teamMember' },
};

type Path = (string | number)[];
type Slot = { path: Path; value: unknown };
/** A spoiled request body, shown in a failure by what was done to which field. */
type Bad = { body: unknown; what: string; [fc.toStringMethod]: () => string };

const DEPTH = 1000;
const nestedArrays = () => {
  let value: unknown = [];
  for (let i = 0; i < DEPTH; i++) value = [value];
  return value;
};
const nestedQuotes = () => {
  let value: unknown = { type: 'paragraph', content: [{ type: 'text', text: 'syvällä' }] };
  for (let i = 0; i < DEPTH; i++) value = { type: 'blockquote', content: [value] };
  return value;
};

// A high surrogate followed, or a low one preceded, by a letter is alone wherever it lands.
const loneSurrogate = fc.constantFrom('\ud800x', '\udbffx', 'x\udc00', 'x\udfff');
const unstorable = fc.oneof(fc.constant('\u0000'), loneSurrogate);
const hugeOrNegative = fc.constantFrom(1e308, -1e308, -1, -2147483649, 2 ** 53 + 2, 0.5);
const jsonType = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
const wrongTypeOf = (value: unknown) =>
  fc
    .constantFrom<unknown>(null, true, 0, 'x', [], {})
    .filter((v) => jsonType(v) !== jsonType(value));

/** Every value inside a body (not the body itself), with its path. */
function slotsOf(body: unknown): Slot[] {
  const slots: Slot[] = [];
  const stack: Slot[] = [{ path: [], value: body }];
  while (stack.length > 0) {
    const { path, value } = stack.pop() as Slot;
    if (path.length > 0) slots.push({ path, value });
    if (Array.isArray(value)) value.forEach((v, i) => stack.push({ path: [...path, i], value: v }));
    else if (value !== null && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) stack.push({ path: [...path, k], value: v });
  }
  return slots;
}

function replaced(body: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...Path];
  if (Array.isArray(body)) return body.map((v, i) => (i === head ? replaced(v, rest, value) : v));
  const object = body as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(object).map(([k, v]) => [k, k === head ? replaced(v, rest, value) : v]),
  );
}

/** An own property even for `__proto__`, which plain assignment would take as the prototype. */
const withField = (object: object, key: string, value: unknown) =>
  Object.fromEntries([...Object.entries(object), [key, value]]);

const bad = (body: unknown, what: string): Bad => ({
  body,
  what,
  [fc.toStringMethod]: () => what,
});
const inserted = (text: string, at: number, piece: string) =>
  text.slice(0, at) + piece + text.slice(at);

/** A value that no field takes: deep, or of another type than the field's valid value. */
const badValueFor = (value: unknown): fc.Arbitrary<[string, unknown]> =>
  fc.oneof(
    fc.constant<[string, unknown]>([`${DEPTH} nested arrays`, nestedArrays()]),
    fc.constant<[string, unknown]>([`${DEPTH} nested quotes`, nestedQuotes()]),
    wrongTypeOf(value).map((v): [string, unknown] => [`wrong type ${JSON.stringify(v)}`, v]),
    unstorable.map((s): [string, unknown] => [`text ${JSON.stringify(s)}`, `a${s}b`]),
    ...(typeof value === 'number'
      ? [hugeOrNegative.map((n): [string, unknown] => [`number ${n}`, n])]
      : []),
  );

function spoiledJson(body: unknown): fc.Arbitrary<Bad> {
  const slots = slotsOf(body);
  const extraKey = fc.oneof(
    fc.constantFrom('extra', 'organisationId', '__proto__', 'constructor'),
    unstorable.map((s) => `kenttä${s}`),
  );
  const extraField =
    body === undefined || (body !== null && typeof body === 'object' && !Array.isArray(body))
      ? [
          fc
            .tuple(extraKey, fc.oneof(fc.constant<unknown>('x'), fc.constant<unknown>(1)))
            .map(([key, value]) =>
              bad(withField(body ?? {}, key, value), `extra field ${JSON.stringify(key)}`),
            ),
        ]
      : [];
  if (slots.length === 0) {
    return extraField.length > 0 ? fc.oneof(...extraField) : fc.constant(bad(null, 'null'));
  }
  const slot = fc.constantFrom(...slots);
  const inField = slot.chain(({ path, value }) =>
    fc.oneof(
      badValueFor(value).map(([what, v]) =>
        bad(replaced(body, path, v), `${path.join('.')}: ${what}`),
      ),
      ...(typeof value === 'string'
        ? [
            fc
              .tuple(fc.nat({ max: value.length }), unstorable)
              .map(([at, s]) =>
                bad(
                  replaced(body, path, inserted(value, at, s)),
                  `${path.join('.')}: ${JSON.stringify(s)} at ${at}`,
                ),
              ),
          ]
        : []),
      // Objects the schema does not make strict drop unknown keys, but never unstorable ones.
      ...(value !== null && typeof value === 'object' && !Array.isArray(value)
        ? [
            unstorable.map((s) =>
              bad(
                replaced(body, path, withField(value, `avain${s}`, 'x')),
                `${path.join('.')}: key ${JSON.stringify(s)}`,
              ),
            ),
          ]
        : []),
    ),
  );
  return fc.oneof(inField, ...extraField);
}

/** For a CSV body: a cell with a NUL, a record with a field too many, an unclosed quote. */
function spoiledCsv(csv: string): fc.Arbitrary<Bad> {
  const lines = csv.split('\n').filter(Boolean);
  return fc.oneof(
    fc.tuple(fc.nat({ max: lines.length - 1 }), fc.nat({ max: 50 })).map(([line, at]) => {
      const spoiled = [...lines];
      const text = spoiled[line] ?? '';
      spoiled[line] = inserted(text, at % (text.length + 1), '\u0000');
      return bad(`${spoiled.join('\n')}\n`, `NUL on line ${line + 1}`);
    }),
    fc.nat({ max: lines.length - 1 }).map((line) => {
      const spoiled = [...lines];
      spoiled[line] = `${spoiled[line]};ylimääräinen`;
      return bad(`${spoiled.join('\n')}\n`, `a field too many on line ${line + 1}`);
    }),
    fc.constant(bad(`${csv}"avoin lainaus\n`, 'an unclosed quote')),
  );
}

/** For an image body: empty, cut short, a disguised SVG or GIF, too large. */
function spoiledImage(image: Buffer): fc.Arbitrary<Bad> {
  return fc.oneof(
    fc.constant(bad(Buffer.alloc(0), 'an empty file')),
    fc.nat({ max: 6 }).map((n) => bad(image.subarray(0, n), `the first ${n} bytes`)),
    fc.constant(bad(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'an SVG')),
    fc.constant(bad(Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'), 'a GIF')),
    fc.constant(bad(Buffer.concat([image, Buffer.alloc(5 * 1024 * 1024)]), 'past the limit')),
  );
}

/** NUL once in every text of the body, so each field is tried whatever the seed draws. */
function nulInEveryText(body: unknown): [Bad][] {
  if (Buffer.isBuffer(body)) return [];
  if (typeof body === 'string') {
    return body
      .split('\n')
      .filter(Boolean)
      .map((_, line, lines) => {
        const spoiled = lines.map((text, i) => (i === line ? `${text}\u0000` : text));
        return [bad(`${spoiled.join('\n')}\n`, `NUL on line ${line + 1}`)];
      });
  }
  return slotsOf(body).flatMap(({ path, value }) =>
    typeof value === 'string'
      ? [[bad(replaced(body, path, inserted(value, 1, '\u0000')), `${path.join('.')}: NUL`)]]
      : [],
  );
}

const organisationsOf = (w: World) => [w.orgId, w.otherOrgId];

describe('every write route refuses bad input', () => {
  it('has a valid example for every write route', () => {
    expect(writeRoutes.length).toBeGreaterThan(40);
    expect(writeRoutes.filter((key) => !routeCases[key])).toEqual([]);
  });

  it('fingerprints every table with rows of an organisation', async () => {
    expect(await databaseTables(app)).toEqual([...fingerprintedTables, ...unscopedTables].sort());
  });

  for (const key of writeRoutes) {
    const [method, url] = key.split(' ') as [Method, string];
    it(key, async () => {
      const example = routeCases[key];
      if (!example) throw new Error(`${key} has no example in route-cases.ts`);
      const world = await buildWorld(app);
      const writer = writers[key];
      const actor = writer?.actor ?? 'admin';
      const session = actor === 'anonymous' ? null : world.sessions[actor];
      const path = example.path(world);
      const body = (writer?.body ?? example.body)?.(world);
      const before = await fingerprint(app, organisationsOf(world));
      await fc.assert(
        fc.asyncProperty(
          Buffer.isBuffer(body)
            ? spoiledImage(body)
            : typeof body === 'string'
              ? spoiledCsv(body)
              : spoiledJson(body),
          async (spoiled) => {
            const response = await call(app, session, method, path, spoiled.body, example.headers);
            const what = `${url} ${spoiled.what}: ${response.statusCode} ${response.body.slice(0, 300)}`;
            expect(response.statusCode, what).toBeGreaterThanOrEqual(400);
            expect(response.statusCode, what).toBeLessThan(500);
            expect(response.headers['content-type'], what).toMatch(/^application\/problem\+json/);
            expect(knownProblemCodes.has(response.json().code), what).toBe(true);
            expect(await fingerprint(app, organisationsOf(world)), what).toEqual(before);
          },
        ),
        { numRuns: 20, seed: 20261123, examples: nulInEveryText(body) },
      );
      const valid = await call(app, session, method, path, body, example.headers);
      expect(valid.statusCode, `${key}: ${valid.body.slice(0, 300)}`).toBeGreaterThanOrEqual(200);
      expect(valid.statusCode, `${key}: ${valid.body.slice(0, 300)}`).toBeLessThan(300);
    });
  }
});
