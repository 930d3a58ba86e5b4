import type { Writable } from 'node:stream';

/** The output stream failed (most often: the reader went away, EPIPE); what was not written is lost. */
export class OutputClosedError extends Error {
  constructor(readonly reason: Error) {
    super((reason as NodeJS.ErrnoException).code === 'EPIPE' ? 'output closed by the reader (EPIPE)' : `output failed: ${reason.message}`);
    this.name = 'OutputClosedError';
  }
}

/**
 * A writable with backpressure and a remembered failure: `write` resolves once the stream
 * can take more, and rejects with OutputClosedError once the stream has failed or closed.
 */
export class OutputSink {
  private failure: OutputClosedError | null = null;

  constructor(readonly stream: Writable) {
    stream.on('error', (e: Error) => { this.failure ??= new OutputClosedError(e); });
  }

  get failed(): OutputClosedError | null { return this.failure; }

  async write(chunk: string): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.stream.destroyed || this.stream.writableEnded) throw (this.failure = new OutputClosedError(new Error('output stream is closed')));
    if (!this.stream.write(chunk)) await this.drained();
    if (this.failure) throw this.failure;
  }

  private drained(): Promise<void> {
    const s = this.stream;
    return new Promise<void>((resolve) => {
      const done = () => { s.off('drain', done); s.off('error', done); s.off('close', done); resolve(); };
      s.on('drain', done); s.on('error', done); s.on('close', done);
    });
  }
}
