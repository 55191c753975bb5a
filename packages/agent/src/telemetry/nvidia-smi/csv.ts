// Pure parser of nvidia-smi's CSV output (--format=csv[,noheader][,nounits]).
// Cells are separated by ", " and never quoted; with a header, header cells may carry a unit
// suffix (" [MiB]") that is not part of the field name. Windows output may end lines with CRLF.

export type CsvRow = Record<string, string>;

export interface CsvTable {
  fields: string[];
  rows: CsvRow[];
  /** Lines whose cell count did not match the fields (reported, not fatal). */
  badLines: string[];
}

export function splitLines(text: string): string[] {
  return text.split(/\r?\n/).filter((l) => l.trim() !== "");
}

export function splitCells(line: string): string[] {
  return line.split(", ").map((c) => c.trim());
}

function splitRaw(line: string): string[] {
  return line.replace(/\r$/, "").split(", ");
}

/** Field name of a header cell: "memory.total [MiB]" → "memory.total". */
export function headerField(cell: string): string {
  return cell.replace(/\s*\[[^\]]*\]\s*$/, "").trim();
}

export interface ParseCsvOptions {
  /** The field order when the output has no header (noheader); omit to read the header line. */
  fields?: readonly string[];
  /**
   * A free-text field that may itself contain ", " (process_name): the cells before it are taken
   * from the start of the line, the ones after it from the end, and the rest is joined back.
   */
  freeTextField?: string;
}

export function parseCsv(text: string, opts: ParseCsvOptions = {}): CsvTable {
  const lines = splitLines(text);
  let fields: string[];
  if (opts.fields) {
    fields = [...opts.fields];
  } else {
    const header = lines.shift();
    if (header === undefined) return { fields: [], rows: [], badLines: [] };
    fields = splitCells(header).map(headerField);
  }
  const free = opts.freeTextField ? fields.indexOf(opts.freeTextField) : -1;
  const rows: CsvRow[] = [];
  const badLines: string[] = [];
  for (const line of lines) {
    let cells = splitCells(line);
    if (free >= 0 && cells.length > fields.length) {
      // Rejoin the free-text cell from the untrimmed pieces, so its own spacing survives.
      const raw = splitRaw(line);
      const after = fields.length - free - 1;
      cells = [
        ...cells.slice(0, free),
        raw
          .slice(free, raw.length - after)
          .join(", ")
          .trim(),
        ...cells.slice(cells.length - after),
      ];
    }
    if (cells.length !== fields.length) {
      badLines.push(line);
      continue;
    }
    const row: CsvRow = {};
    for (const [i, f] of fields.entries()) row[f] = cells[i]!;
    rows.push(row);
  }
  return { fields, rows, badLines };
}
