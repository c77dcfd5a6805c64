/** A plain text table with aligned columns, for people reading a terminal. */
export function textTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** `label: value` lines with the values aligned; empty values are shown as "—". */
export function fieldList(
  fields: readonly (readonly [string, string | null | undefined])[],
): string {
  const width = Math.max(...fields.map(([label]) => label.length));
  return fields
    .map(([label, value]) => `${`${label}:`.padEnd(width + 2)}${value || '—'}`)
    .join('\n');
}
