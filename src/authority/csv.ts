// A small RFC 4180 reader: comma-separated fields, double quotes around fields that hold commas, quotes
// ("" inside) or line breaks. Yields each record with the line it starts on.
export interface CsvRecord {
  line: number;
  fields: string[];
}

export function* csvRecords(text: string): Generator<CsvRecord> {
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  let empty = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === "\n") line++;
        field += c;
      }
      continue;
    }
    if (c === '"') {
      quoted = true;
      empty = false;
    } else if (c === ",") {
      fields.push(field);
      field = "";
      empty = false;
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      if (!empty || field) yield { line: start, fields: [...fields, field] };
      fields = [];
      field = "";
      empty = true;
      line++;
      start = line;
    } else {
      field += c;
      empty = false;
    }
  }
  if (quoted) throw new Error(`line ${start}: a quoted field is not closed`);
  if (!empty || field) yield { line: start, fields: [...fields, field] };
}
