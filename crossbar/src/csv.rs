//! CSV cells that are safe to open in a spreadsheet (OWASP "CSV injection"). A cell
//! starting with `=`, `+`, `-`, `@`, a tab or a carriage return is read as a formula by
//! Excel, LibreOffice and Google Sheets, so a caller name like `=HYPERLINK(…)` in a call
//! record would run when the export is opened. Such cells get a leading `'`, which the
//! spreadsheet shows as text. Phone numbers in E.164 (`+14155550100`) are text too.
//!
//! Used by the sandbox's own CSV answers and by the app on any CSV it offers for
//! download, since a real Crossbar's CSV is not neutralised.

use std::borrow::Cow;

/// One field, neutralised and quoted as RFC 4180 needs.
pub fn cell(value: &str) -> Cow<'_, str> {
    let neutral: Cow<'_, str> = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{value}"))
    } else {
        Cow::Borrowed(value)
    };
    if neutral.contains([',', '"', '\n', '\r']) {
        Cow::Owned(format!("\"{}\"", neutral.replace('"', "\"\"")))
    } else {
        neutral
    }
}

/// One CSV line (without its line break) from its fields.
pub fn line<'a>(fields: impl IntoIterator<Item = &'a str>) -> String {
    fields.into_iter().map(cell).collect::<Vec<_>>().join(",")
}

/// Re-writes a whole CSV document with every cell neutralised; lines end in CRLF.
pub fn neutralise(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    for record in records(text) {
        out.push_str(&line(record.iter().map(String::as_str)));
        out.push_str("\r\n");
    }
    out
}

/// Parses RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks.
/// Blank lines are skipped.
pub fn records(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut touched = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => {
                quoted = true;
                touched = true;
            }
            (false, ',') => {
                record.push(std::mem::take(&mut field));
                touched = true;
            }
            (false, '\r') if chars.peek() == Some(&'\n') => {}
            (false, '\n' | '\r') => {
                if touched || !field.is_empty() {
                    record.push(std::mem::take(&mut field));
                    records.push(std::mem::take(&mut record));
                }
                touched = false;
            }
            (false, c) => {
                field.push(c);
                touched = true;
            }
        }
    }
    if touched || !field.is_empty() {
        record.push(field);
        records.push(record);
    }
    records
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_starters_become_text() {
        assert_eq!(cell("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
        assert_eq!(cell("+14155550100"), "'+14155550100");
        assert_eq!(cell("-2"), "'-2");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("\tx"), "'\tx");
        assert_eq!(cell("Ada Admin"), "Ada Admin");
        assert_eq!(cell("a,b"), "\"a,b\"");
        assert_eq!(cell(""), "");
    }

    #[test]
    fn a_document_is_parsed_and_rewritten_cell_by_cell() {
        let text = "id,caller_id_name\r\na,\"=cmd|' /C calc'!A0\"\r\nb,\"Line\nbreak, \"\"quoted\"\"\"\r\n\r\nc,\r\n";
        assert_eq!(
            records(text),
            vec![
                vec!["id".to_string(), "caller_id_name".to_string()],
                vec!["a".to_string(), "=cmd|' /C calc'!A0".to_string()],
                vec!["b".to_string(), "Line\nbreak, \"quoted\"".to_string()],
                vec!["c".to_string(), String::new()],
            ]
        );
        let safe = neutralise(text);
        assert!(safe.contains("a,'=cmd|' /C calc'!A0\r\n"), "{safe}");
        assert_eq!(records(&safe)[2][1], "Line\nbreak, \"quoted\"");
        assert_eq!(records(&neutralise(&safe)), records(&safe), "neutralising twice changes nothing more");
    }
}
