import type { BatchProgress } from './batch.js';

/** Shown only when someone watches: stderr is a terminal and the run lasts. */
const EVERY_MS = 1000;

export interface ProgressLine {
  update(p: BatchProgress): void;
  /** bytes of the inputs read before the current one (several files) */
  addOffset(lines: number, bytes: number): void;
  done(): void;
}

const SILENT: ProgressLine = { update() {}, addOffset() {}, done() {} };

function duration(s: number): string {
  if (!Number.isFinite(s) || s < 0) return '?';
  const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = Math.floor(s % 60);
  return h ? `${h}h${String(m).padStart(2, '0')}m` : m ? `${m}m${String(sec).padStart(2, '0')}s` : `${sec}s`;
}

/**
 * A progress line on stderr (documents done, rate, ETA when the input size is known),
 * rewritten in place at most once a second; silent when stderr is not a terminal.
 */
export function progressLine(stream: NodeJS.WriteStream, totalBytes: number | null, now: () => number = Date.now): ProgressLine {
  if (!stream.isTTY) return SILENT;
  const started = now();
  let shown = started;
  let baseLines = 0, baseBytes = 0;
  let drawn = false;
  return {
    update(p) {
      const t = now();
      if (t - shown < EVERY_MS) return;
      shown = t;
      const secs = (t - started) / 1000;
      const lines = baseLines + p.linesDone, bytes = baseBytes + p.bytesRead, read = baseLines + p.linesRead;
      const rate = lines / Math.max(secs, 1e-3);
      // the reader runs ahead of the output: estimate the number of lines from the bytes read so far
      const expected = totalBytes && bytes > 0 && read > 0 ? Math.max(read, Math.round((read * totalBytes) / bytes)) : null;
      const eta = expected && rate > 0 ? duration((expected - lines) / rate) : null;
      const pct = expected ? ` ${Math.min(100, (100 * lines) / expected).toFixed(1)}%,` : '';
      stream.write(`\r\x1b[Kzh-claims: ${lines}${expected ? ` of ~${expected}` : ''} documents,${pct} ${rate.toFixed(1)} docs/s${eta ? `, ETA ${eta}` : ''}`);
      drawn = true;
    },
    addOffset(lines, bytes) { baseLines += lines; baseBytes += bytes; },
    done() { if (drawn) stream.write('\r\x1b[K'); },
  };
}
