/**
 * CSV per RFC 4180: CRLF between records, a field is quoted when it holds a comma, a double
 * quote, CR or LF, and quotes inside are doubled. Chain text (memos, contract messages) is
 * untrusted data: besides quoting, a text field that a spreadsheet would read as a formula
 * (leading =, +, -, @, tab or CR) gets a leading apostrophe (the OWASP "CSV injection"
 * defence). Plain numbers such as "-1.5" are left alone, so exact amounts stay exact strings.
 */

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A header record and data records; every record must have the header's field count. */
export function toCsv(header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>): string {
  rows.forEach((r, i) => {
    if (r.length !== header.length) throw new RangeError(`toCsv: row ${i} has ${r.length} fields, the header has ${header.length}`);
  });
  return [header, ...rows].map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/**
 * Reads CSV produced by toCsv back into records (used by tests and the e2e check that a
 * download holds exactly the rows on screen). Not a general parser: it expects RFC 4180 input.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      record.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i++;
    } else field += c;
  }
  if (field !== "" || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}
