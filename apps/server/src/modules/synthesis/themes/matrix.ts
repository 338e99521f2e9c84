// Rows of numbers in compressed sparse row form: notes × terms, and notes × votes in consensus.
// Columns within a row are ascending.

export type Rows = {
  rows: number;
  cols: number;
  /** Row i holds entries rowStart[i] .. rowStart[i + 1] - 1. */
  rowStart: Int32Array;
  col: Int32Array;
  value: Float64Array;
};

/** Scales each row to unit length in place; all-zero rows stay zero. */
export function normalizeRows(matrix: Rows): void {
  for (let i = 0; i < matrix.rows; i++) {
    const start = matrix.rowStart[i] ?? 0;
    const end = matrix.rowStart[i + 1] ?? 0;
    let sum = 0;
    for (let p = start; p < end; p++) sum += (matrix.value[p] ?? 0) ** 2;
    if (sum === 0) continue;
    const scale = 1 / Math.sqrt(sum);
    for (let p = start; p < end; p++) matrix.value[p] = (matrix.value[p] ?? 0) * scale;
  }
}

/** The given rows, in the given order, as a matrix of their own. */
export function selectRows(matrix: Rows, rows: readonly number[]): Rows {
  const rowStart = new Int32Array(rows.length + 1);
  rows.forEach((i, a) => {
    const length = (matrix.rowStart[i + 1] ?? 0) - (matrix.rowStart[i] ?? 0);
    rowStart[a + 1] = (rowStart[a] ?? 0) + length;
  });
  const col = new Int32Array(rowStart[rows.length] ?? 0);
  const value = new Float64Array(col.length);
  rows.forEach((i, a) => {
    const start = matrix.rowStart[i] ?? 0;
    const end = matrix.rowStart[i + 1] ?? 0;
    col.set(matrix.col.subarray(start, end), rowStart[a] ?? 0);
    value.set(matrix.value.subarray(start, end), rowStart[a] ?? 0);
  });
  return { rows: rows.length, cols: matrix.cols, rowStart, col, value };
}

/** Dot product of row i with a dense vector. */
export function rowDot(matrix: Rows, i: number, dense: Float64Array): number {
  const end = matrix.rowStart[i + 1] ?? 0;
  let sum = 0;
  for (let p = matrix.rowStart[i] ?? 0; p < end; p++) {
    sum += (matrix.value[p] ?? 0) * (dense[matrix.col[p] ?? 0] ?? 0);
  }
  return sum;
}

/** target += row i. */
export function addRow(matrix: Rows, i: number, target: Float64Array): void {
  const end = matrix.rowStart[i + 1] ?? 0;
  for (let p = matrix.rowStart[i] ?? 0; p < end; p++) {
    const j = matrix.col[p] ?? 0;
    target[j] = (target[j] ?? 0) + (matrix.value[p] ?? 0);
  }
}

/** Dot product of two rows of one matrix. */
export function rowsDot(matrix: Rows, i: number, j: number): number {
  let p = matrix.rowStart[i] ?? 0;
  let q = matrix.rowStart[j] ?? 0;
  const pEnd = matrix.rowStart[i + 1] ?? 0;
  const qEnd = matrix.rowStart[j + 1] ?? 0;
  let sum = 0;
  while (p < pEnd && q < qEnd) {
    const colP = matrix.col[p] ?? 0;
    const colQ = matrix.col[q] ?? 0;
    if (colP === colQ) sum += (matrix.value[p++] ?? 0) * (matrix.value[q++] ?? 0);
    else if (colP < colQ) p++;
    else q++;
  }
  return sum;
}
