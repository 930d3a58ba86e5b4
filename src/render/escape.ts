/**
 * HTML escaping that keeps the text's UTF-16 length in the DOM: every input code unit
 * becomes exactly one code unit of parsed text, so DOM offsets equal result offsets.
 * A carriage return is written as a character reference because the HTML parser would
 * otherwise fold CR LF into LF; NUL would be dropped or replaced by the parser, so it is
 * replaced here by U+FFFD (also one unit).
 */
const REPLACEMENTS: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '\r': '&#13;',
  '\u0000': '\ufffd',
};

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'\r\u0000]/g, (c) => REPLACEMENTS[c]!);
}
