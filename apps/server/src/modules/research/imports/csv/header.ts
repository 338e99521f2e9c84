/**
 * Column names from a header row: trimmed, an empty name replaced by its position
 * (`Sarake 3`), and a repeated name numbered from its second use (`Ikä (2)`), skipping
 * numbers that another column already uses as its name.
 */
export function columnNames(values: string[]): string[] {
  const base = values.map((value, index) => value.trim() || `Sarake ${index + 1}`);
  const taken = new Set(base);
  const seen = new Set<string>();
  return base.map((name) => {
    if (!seen.has(name)) {
      seen.add(name);
      return name;
    }
    let n = 2;
    while (taken.has(`${name} (${n})`)) n++;
    const numbered = `${name} (${n})`;
    taken.add(numbered);
    return numbered;
  });
}
