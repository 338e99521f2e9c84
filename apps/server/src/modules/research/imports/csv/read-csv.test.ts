import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CsvError, previewCsv, readCsv, type CsvReadOptions, type CsvRow } from './read-csv.ts';
import { chunked, encode, type FileEncoding } from './test-support/csv-files.ts';

async function read(
  text: string,
  encoding: FileEncoding = 'utf-8',
  options: CsvReadOptions & { chunkSizes?: number[] } = {},
) {
  const { chunkSizes, ...readOptions } = options;
  const reader = await readCsv(chunked(encode(text, encoding), chunkSizes), readOptions);
  const rows: CsvRow[] = [];
  for await (const row of reader.rows) rows.push(row);
  return { ...reader, rows };
}

/** The rows read before the error, and the error. */
async function failure(
  bytes: Uint8Array,
  options: CsvReadOptions & { chunkSizes?: number[] } = {},
) {
  const { chunkSizes, ...readOptions } = options;
  const rows: string[][] = [];
  try {
    const reader = await readCsv(chunked(bytes, chunkSizes), readOptions);
    for await (const row of reader.rows) rows.push(row.values);
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return {
      rows,
      error: { code: error.code, line: error.line, expected: error.expected, actual: error.actual },
    };
  }
  throw new Error('expected a CsvError');
}

describe('readCsv on exports as the tools write them', () => {
  it('reads a Webropol export: semicolons, Windows-1252, CRLF, Finnish answers', async () => {
    const file = [
      'Vastaajan numero;Vastausaika;Kuinka tyytyväinen olit palveluun? (1-5);Mitä voisimme parantaa?;Kunta',
      '1;12.3.2024 14:05;4;Palvelupolku oli sekava, en löytänyt lupahakemusta;Jyväskylä',
      '2;12.3.2024 15:31;2;"Puhelinpalvelu ""ruuhkautui"" heti aamulla; jonotin 40 min";Äänekoski',
      '3;13.3.2024 09:12;5;;Muurame',
      '4;13.3.2024 10:00;3,5;Asiakaspalvelija oli ystävällinen – kiitos! Maksoin 12 €.;Jyväskylä',
      '',
    ].join('\r\n');
    const csv = await read(file, 'windows-1252', { chunkSizes: [7, 64] });
    expect(csv.encoding).toBe('windows-1252');
    expect(csv.delimiter).toBe(';');
    expect(csv.header).toEqual([
      'Vastaajan numero',
      'Vastausaika',
      'Kuinka tyytyväinen olit palveluun? (1-5)',
      'Mitä voisimme parantaa?',
      'Kunta',
    ]);
    expect(csv.rows).toEqual([
      {
        line: 2,
        values: [
          '1',
          '12.3.2024 14:05',
          '4',
          'Palvelupolku oli sekava, en löytänyt lupahakemusta',
          'Jyväskylä',
        ],
      },
      {
        line: 3,
        values: [
          '2',
          '12.3.2024 15:31',
          '2',
          'Puhelinpalvelu "ruuhkautui" heti aamulla; jonotin 40 min',
          'Äänekoski',
        ],
      },
      { line: 4, values: ['3', '13.3.2024 09:12', '5', '', 'Muurame'] },
      {
        line: 5,
        values: [
          '4',
          '13.3.2024 10:00',
          '3,5',
          'Asiakaspalvelija oli ystävällinen – kiitos! Maksoin 12 €.',
          'Jyväskylä',
        ],
      },
    ]);
  });

  it('reads a Google Forms export: commas, UTF-8, answers over several lines', async () => {
    const file = [
      'Aikaleima,Miten asioit kanssamme?,Kerro kokemuksestasi omin sanoin,Suosittelisitko palvelua?',
      '2024/03/12 2:05:13 PM EET,"Verkkosivut, Puhelin","Ensin yritin verkossa.\nSitten soitin, ja asia hoitui.",Kyllä',
      '2024/03/12 3:40:01 PM EET,Käynti palvelupisteessä,"Odotin 20 min 😕\n\nMuuten hyvä ""palvelu"".",Ehkä',
      '2024/03/13 9:00:00 AM EET,Verkkosivut,,Kyllä',
    ].join('\r\n');
    const csv = await read(file, 'utf-8', { chunkSizes: [1] });
    expect(csv.encoding).toBe('utf-8');
    expect(csv.delimiter).toBe(',');
    expect(csv.rows).toEqual([
      {
        line: 2,
        values: [
          '2024/03/12 2:05:13 PM EET',
          'Verkkosivut, Puhelin',
          'Ensin yritin verkossa.\nSitten soitin, ja asia hoitui.',
          'Kyllä',
        ],
      },
      {
        line: 4,
        values: [
          '2024/03/12 3:40:01 PM EET',
          'Käynti palvelupisteessä',
          'Odotin 20 min 😕\n\nMuuten hyvä "palvelu".',
          'Ehkä',
        ],
      },
      { line: 7, values: ['2024/03/13 9:00:00 AM EET', 'Verkkosivut', '', 'Kyllä'] },
    ]);
  });

  it('reads an Excel tab-separated export with a BOM and an unnamed last column', async () => {
    const file = [
      'Nro\tPalvelu\tPalaute\tArvosana\t',
      '1\tKotihoito\t"Hoitaja sanoi ""palaan pian"" ja palasi"\t4\t',
      '2\tRakennusvalvonta\tLupa-asia eteni hitaasti\t2\t',
      '3\tKirjasto\t\t5\t',
      '',
    ].join('\r\n');
    const csv = await read(file, 'utf-8-bom', { chunkSizes: [2, 5] });
    expect(csv.encoding).toBe('utf-8-bom');
    expect(csv.delimiter).toBe('\t');
    expect(csv.header).toEqual(['Nro', 'Palvelu', 'Palaute', 'Arvosana', 'Sarake 5']);
    expect(csv.rows.map((row) => row.values)).toEqual([
      ['1', 'Kotihoito', 'Hoitaja sanoi "palaan pian" ja palasi', '4', ''],
      ['2', 'Rakennusvalvonta', 'Lupa-asia eteni hitaasti', '2', ''],
      ['3', 'Kirjasto', '', '5', ''],
    ]);
  });
});

describe('readCsv details', () => {
  it('skips blank lines but keeps counting them, in CR, LF and CRLF files', async () => {
    for (const eol of ['\r', '\n', '\r\n']) {
      const csv = await read(['', 'a;b', '', '1;2', '', '', '3;4', ''].join(eol));
      expect(csv.rows).toEqual([
        { line: 4, values: ['1', '2'] },
        { line: 7, values: ['3', '4'] },
      ]);
    }
  });

  it('keeps rows of empty fields, as Excel writes below a table', async () => {
    const csv = await read('a;b;c\n1;2;3\n;;\n;;');
    expect(csv.rows.map((row) => row.values)).toEqual([
      ['1', '2', '3'],
      ['', '', ''],
      ['', '', ''],
    ]);
  });

  it('names columns: trimmed, empty ones by position, repeated ones numbered', async () => {
    const csv = await read(' Ikä ;Ikä;;Ikä (2);  \n1;2;3;4;5\n');
    expect(csv.header).toEqual(['Ikä', 'Ikä (3)', 'Sarake 3', 'Ikä (2)', 'Sarake 5']);
  });

  it('reads a one-column file whatever punctuation its answers contain', async () => {
    const csv = await read('Palaute\nHyvä, kiitos\nSelkeä; nopea\n"Kaksi\nriviä"\n');
    expect(csv.header).toEqual(['Palaute']);
    expect(csv.rows.map((row) => row.values)).toEqual([
      ['Hyvä, kiitos'],
      ['Selkeä; nopea'],
      ['Kaksi\nriviä'],
    ]);
  });

  it('prefers the semicolon when a Finnish file also splits evenly on commas', async () => {
    const csv = await read('Arvio, 1-5;Kommentti\n3,5;hyvä\n4,0;ok\n');
    expect(csv.delimiter).toBe(';');
    expect(csv.header).toEqual(['Arvio, 1-5', 'Kommentti']);
  });

  it('takes an encoding and delimiter chosen by a person over detection', async () => {
    const csv = await read('a,b;c\n1,2;3\n', 'utf-8', { delimiter: ',', encoding: 'windows-1252' });
    expect(csv.encoding).toBe('windows-1252');
    expect(csv.rows.map((row) => row.values)).toEqual([['1', '2;3']]);
  });

  it('finds the delimiter of a header longer than the detection sample', async () => {
    const long = 'Kysymys '.repeat(12_000);
    const csv = await read(`${long};Toinen\n1;2\n`, 'utf-8', { chunkSizes: [4096] });
    expect(csv.delimiter).toBe(';');
    expect(csv.header).toEqual([long.trim(), 'Toinen']);
  });

  it('keeps the first rows for a preview, having read the whole source', async () => {
    let chunksRead = 0;
    let released = false;
    async function* source() {
      try {
        yield encode('Nro;Vastaus\n', 'utf-8');
        for (let i = 1; i <= 10_000; i++) {
          chunksRead++;
          yield encode(`${i};vastaus ${i}\n`, 'utf-8');
        }
      } finally {
        released = true;
      }
    }
    const preview = await previewCsv(source(), { rows: 3 });
    expect(preview).toMatchObject({
      encoding: 'utf-8',
      delimiter: ';',
      header: ['Nro', 'Vastaus'],
    });
    expect(preview.rows).toEqual([
      { line: 2, values: ['1', 'vastaus 1'] },
      { line: 3, values: ['2', 'vastaus 2'] },
      { line: 4, values: ['3', 'vastaus 3'] },
    ]);
    expect(released).toBe(true);
    expect(chunksRead).toBe(10_000);
  });

  it('finds a fault past the previewed rows, with its line', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => `${i + 1};vastaus`);
    rows[40] = '41;liikaa;kenttiä';
    const file = chunked(encode(`Nro;Vastaus\n${rows.join('\n')}\n`, 'utf-8'), [16]);
    await expect(previewCsv(file, { rows: 3 })).rejects.toMatchObject({
      code: 'csv_field_count',
      line: 42,
    });
  });

  it('releases the source when the rows are abandoned unread', async () => {
    let released = false;
    async function* source() {
      try {
        yield encode('a;b\n1;2\n', 'utf-8');
        yield encode('3;4\n', 'utf-8');
      } finally {
        released = true;
      }
    }
    const reader = await readCsv(source());
    await reader.rows.return?.();
    expect(released).toBe(true);
  });
});

describe('readCsv errors', () => {
  const utf8 = (text: string) => encode(text, 'utf-8');

  it('rejects an empty file, a file of blank lines and a header without names', async () => {
    expect((await failure(new Uint8Array())).error).toEqual({ code: 'csv_empty', line: 1 });
    expect((await failure(utf8('\r\n\r\n'))).error).toMatchObject({ code: 'csv_empty', line: 1 });
    expect((await failure(utf8('\n\n ; ;\n1;2\n'))).error).toMatchObject({
      code: 'csv_empty',
      line: 3,
    });
  });

  it('rejects a record with the wrong number of fields, after the rows before it', async () => {
    const result = await failure(utf8('a;b;c\n1;2;3\n"x\ny";2;3\n4;5\n6;7;8\n'));
    expect(result.rows).toEqual([
      ['1', '2', '3'],
      ['x\ny', '2', '3'],
    ]);
    expect(result.error).toEqual({ code: 'csv_field_count', line: 5, expected: 3, actual: 2 });
  });

  it('rejects a NUL character, which PostgreSQL cannot store, at the line of its record', async () => {
    const header = await failure(encode('Nro;Vas\u0000taus\n1;2\n', 'utf-8'));
    expect(header).toEqual({ rows: [], error: { code: 'csv_nul_character', line: 1 } });
    const quoted = await failure(
      encode('Nro;Vastaus\n1;ok\n2;"kaksi\nriviä\u0000"\n3;ok\n', 'utf-8'),
    );
    expect(quoted).toEqual({
      rows: [['1', 'ok']],
      error: { code: 'csv_nul_character', line: 3 },
    });
    const single = await failure(encode('Nro;Vastaus\n1;ok\n2;x\u0000\n', 'windows-1252'));
    expect(single.error).toMatchObject({ code: 'csv_nul_character', line: 3 });
  });

  it('rejects stray quotes inside and after fields', async () => {
    expect((await failure(utf8('a;b\n1;2"3\n'))).error).toMatchObject({
      code: 'csv_stray_quote',
      line: 2,
    });
    expect((await failure(utf8('a;b\n1;"2\n3" 4\n'))).error).toMatchObject({
      code: 'csv_stray_quote',
      line: 3,
    });
  });

  it('rejects a quote left open, at the line where it opens', async () => {
    const result = await failure(utf8('a;b\n1;2\n3;"neljä\nviisi\n'));
    expect(result.rows).toEqual([['1', '2']]);
    expect(result.error).toMatchObject({ code: 'csv_unterminated_quote', line: 3 });
  });

  it('rejects a file over the size limit at the line where the limit falls', async () => {
    const small = await failure(utf8('a;b\n1;2\n3;4\n5;6\n'), { maxBytes: 10 });
    expect(small).toEqual({
      rows: [['1', '2']],
      error: { code: 'csv_too_large', line: 3, expected: 10, actual: 16 },
    });
    // Past the detection window, so the limit is met while streaming.
    const rows = Array.from({ length: 20_000 }, (_, i) => `${i};vastaus\n`).join('');
    const large = await failure(utf8(`a;b\n${rows}`), { maxBytes: 100_000, chunkSizes: [8192] });
    expect(large.error).toMatchObject({ code: 'csv_too_large', expected: 100_000 });
    expect(large.error.line).toBe(large.rows.length + 2);
  });

  it('rejects a record longer than the record limit, such as an unclosed quote', async () => {
    const result = await failure(utf8(`a;b\n1;2\n3;"${'x\n'.repeat(100)}`), { maxRecordChars: 50 });
    expect(result.rows).toEqual([['1', '2']]);
    expect(result.error).toMatchObject({ code: 'csv_too_large', line: 3, expected: 50 });
  });

  // Detection looks at the first 64 KiB; a file with Finnish answers shows its encoding there.
  const ascii = Array.from({ length: 10_000 }, (_, i) => `${i};ok\n`).join('');

  it('rejects bytes that are not UTF-8 after a UTF-8 start, at their line, after the rows before', async () => {
    const bytes = Uint8Array.from([
      ...utf8(`Kysymys;Vastaus\n1;hyvä\n${ascii}2;`),
      0xe4,
      ...utf8('ksi\n'),
    ]);
    const result = await failure(bytes, { chunkSizes: [4093] });
    expect(result.rows.slice(0, 2)).toEqual([
      ['1', 'hyvä'],
      ['0', 'ok'],
    ]);
    expect(result.rows).toHaveLength(10_001);
    expect(result.error).toEqual({ code: 'csv_encoding', line: 10_003 });
  });

  it('meets Windows-1252 after an ASCII-only start as an encoding error, which a chosen encoding reads', async () => {
    const bytes = encode(`Nro;Vastaus\n${ascii}10000;hyvä\n`, 'windows-1252');
    expect((await failure(bytes, { chunkSizes: [4096] })).error).toMatchObject({
      code: 'csv_encoding',
      line: 10_002,
    });
    const reader = await readCsv(chunked(bytes, [4096]), { encoding: 'windows-1252' });
    let last: string[] = [];
    for await (const row of reader.rows) last = row.values;
    expect(last).toEqual(['10000', 'hyvä']);
  });

  it('takes a file with any byte that is not UTF-8 in its first 64 KiB as Windows-1252', async () => {
    const bytes = Uint8Array.from([...utf8('Kysymys;Vastaus\n1;hyvä\n2;'), 0xe4, ...utf8('ksi\n')]);
    const mixed = await readCsv(chunked(bytes, [3]));
    expect(mixed.encoding).toBe('windows-1252');
    const rows: string[][] = [];
    for await (const row of mixed.rows) rows.push(row.values);
    expect(rows).toEqual([
      ['1', 'hyvÃ¤'],
      ['2', 'äksi'],
    ]);
  });

  it('refuses text chunks: the bytes decide the encoding', async () => {
    await expect(readCsv(Readable.from(['a;b\n1;2\n']))).rejects.toBeInstanceOf(TypeError);
  });

  it('rejects UTF-16, which Excel writes as "Unicode text"', async () => {
    const bytes = Uint8Array.from([0xff, 0xfe, 0x61, 0, 0x09, 0, 0x62, 0]);
    expect((await failure(bytes)).error).toMatchObject({ code: 'csv_encoding', line: 1 });
  });
});
