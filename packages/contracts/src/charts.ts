/*
 * Charts as SVG strings from a pure function, so the web app and a printed booklet draw the
 * same picture; every chart has its numbers as a table beside it, and its words as text.
 */

export type BarDatum = { label: string; value: number };

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A horizontal bar chart: one row per datum with its label, a bar proportional to its value
 * and the value as text. `title` names it for assistive technology.
 */
export function barChartSvg(data: readonly BarDatum[], options: { title: string; width?: number }) {
  const width = options.width ?? 480;
  const row = 28;
  const labelWidth = Math.round(width * 0.38);
  const valueWidth = 48;
  const barSpace = width - labelWidth - valueWidth - 8;
  const max = Math.max(1, ...data.map((d) => d.value));
  const height = Math.max(row, data.length * row);
  const rows = data
    .map((d, i) => {
      const y = i * row;
      const bar = Math.round((d.value / max) * barSpace);
      return (
        `<text x="0" y="${y + 19}" font-size="14">${escapeXml(d.label)}</text>` +
        `<rect x="${labelWidth}" y="${y + 5}" width="${bar}" height="18" fill="#1a5ba6"/>` +
        `<text x="${labelWidth + bar + 6}" y="${y + 19}" font-size="14">${d.value}</text>`
      );
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" font-family="system-ui, sans-serif" fill="#1f2328">` +
    `<title>${escapeXml(options.title)}</title>${rows}</svg>`
  );
}
