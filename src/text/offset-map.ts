/**
 * Maps spans of a derived ("working") string back to the string it came from.
 *
 * Each code unit of the working string remembers the span of input code units it was
 * produced from. A phrase conversion that changes length (視訊記憶體 → 显存) gives every
 * output unit the whole input phrase, so a span that touches part of it maps to all of it:
 * mapped spans are always inside the input and never split a converted phrase.
 */
export class OffsetMap {
  constructor(
    /** input start of the unit at each working index */
    private readonly starts: Int32Array,
    /** input end (exclusive) of the unit at each working index */
    private readonly ends: Int32Array,
    /** length of the input string */
    readonly inputLength: number,
  ) {}

  static identity(length: number): OffsetMap {
    const starts = new Int32Array(length);
    const ends = new Int32Array(length);
    for (let i = 0; i < length; i++) { starts[i] = i; ends[i] = i + 1; }
    return new OffsetMap(starts, ends, length);
  }

  get workingLength(): number { return this.starts.length; }

  /** Input span of the working span [start, end). */
  toInput(start: number, end: number): [number, number] {
    const n = this.starts.length;
    if (n === 0) return [0, 0];
    const s = Math.max(0, Math.min(start, n));
    const e = Math.max(s, Math.min(end, n));
    if (e === s) {
      const at = s < n ? this.starts[s]! : this.inputLength;
      return [at, at];
    }
    return [this.starts[s]!, this.ends[e - 1]!];
  }

  /** Working index of an input offset: the first working unit produced at or after it. */
  toWorking(inputOffset: number): number {
    let lo = 0, hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]! < inputOffset) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  /** This map followed by `next` (a map from a string derived from this one's output). */
  then(next: OffsetMap): OffsetMap {
    const n = next.starts.length;
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    const s0 = this.starts, e0 = this.ends, s1 = next.starts, e1 = next.ends;
    for (let i = 0; i < n; i++) {
      // next's units always cover a non-empty span of this map's units
      starts[i] = s0[s1[i]!]!;
      ends[i] = e0[e1[i]! - 1]!;
    }
    return new OffsetMap(starts, ends, this.inputLength);
  }
}

/** Builds a working string and its map piece by piece (typed arrays that grow by doubling). */
export class MappedStringBuilder {
  private parts: string[] = [];
  private starts: Int32Array;
  private ends: Int32Array;
  private length = 0;

  /** `expectedLength`: the usual output length (the input's), so the arrays rarely grow */
  constructor(expectedLength = 64) {
    this.starts = new Int32Array(Math.max(16, expectedLength));
    this.ends = new Int32Array(Math.max(16, expectedLength));
  }

  private reserve(extra: number): void {
    const need = this.length + extra;
    if (need <= this.starts.length) return;
    let size = this.starts.length * 2;
    while (size < need) size *= 2;
    const starts = new Int32Array(size); starts.set(this.starts.subarray(0, this.length)); this.starts = starts;
    const ends = new Int32Array(size); ends.set(this.ends.subarray(0, this.length)); this.ends = ends;
  }

  /** Append `out`, produced from input span [inStart, inEnd). */
  push(out: string, inStart: number, inEnd: number): void {
    this.parts.push(out);
    this.reserve(out.length);
    this.starts.fill(inStart, this.length, this.length + out.length);
    this.ends.fill(inEnd, this.length, this.length + out.length);
    this.length += out.length;
  }

  /** Append `out`, produced unit-for-unit from the input starting at inStart. */
  pushVerbatim(out: string, inStart: number): void {
    this.parts.push(out);
    this.reserve(out.length);
    const { starts, ends } = this;
    for (let k = 0, at = this.length; k < out.length; k++, at++) { starts[at] = inStart + k; ends[at] = inStart + k + 1; }
    this.length += out.length;
  }

  finish(inputLength: number): { text: string; map: OffsetMap } {
    return {
      text: this.parts.join(''),
      map: new OffsetMap(this.starts.slice(0, this.length), this.ends.slice(0, this.length), inputLength),
    };
  }
}
