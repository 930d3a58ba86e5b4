import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';

/** A line longer than this is answered with an error record instead of being held in memory. */
export const MAX_LINE_CHARS = 8 * 1024 * 1024;

/** One input line, numbered from 1, with what is known about how it ended. */
export interface InputLine {
  lineNo: number;
  text: string;
  /** the input ended without a newline after this line (truncated input, or a file without a final newline) */
  unterminated?: boolean;
  /** the line was longer than MAX_LINE_CHARS; `text` is empty */
  oversized?: number;
}

/**
 * Read `input` as UTF-8 lines, a chunk at a time, handing each chunk's complete lines to
 * `onLines` and waiting for it before reading on: a slow consumer slows the reading
 * (backpressure), and memory holds one chunk plus one partial line. CRLF and a leading BOM
 * are accepted. A read error rejects after the lines before it were handed over.
 */
export async function readLines(
  input: Readable,
  onLines: (lines: InputLine[]) => Promise<void> | void,
  options: { maxLineChars?: number; onRead?: (bytes: number) => void } = {},
): Promise<{ lines: number; bytes: number }> {
  const maxLineChars = options.maxLineChars ?? MAX_LINE_CHARS;
  const decoder = new StringDecoder('utf8');
  let partial = '';
  let partialOversized = 0;
  let lineNo = 0;
  let bytes = 0;
  const finishLine = (raw: string, out: InputLine[], unterminated: boolean) => {
    lineNo++;
    let text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (lineNo === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const line: InputLine = { lineNo, text };
    if (partialOversized) { line.text = ''; line.oversized = partialOversized + raw.length; }
    if (unterminated) line.unterminated = true;
    out.push(line);
    partialOversized = 0;
  };
  const take = async (s: string) => {
    const out: InputLine[] = [];
    let from = 0;
    for (let nl = s.indexOf('\n'); nl >= 0; nl = s.indexOf('\n', from)) {
      finishLine(from === 0 ? partial + s.slice(0, nl) : s.slice(from, nl), out, false);
      if (from === 0) partial = '';
      from = nl + 1;
    }
    const rest = s.slice(from);
    if (from === 0) partial += rest; else partial = rest;
    if (partial.length > maxLineChars) { partialOversized += partial.length; partial = ''; }
    if (out.length) await onLines(out);
  };
  for await (const chunk of input) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    bytes += buf.length;
    options.onRead?.(buf.length);
    await take(decoder.write(buf));
  }
  await take(decoder.end());
  if (partial || partialOversized) {
    const out: InputLine[] = [];
    finishLine(partial, out, true);
    partial = '';
    await onLines(out);
  }
  return { lines: lineNo, bytes };
}
