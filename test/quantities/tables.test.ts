import { describe, expect, it } from 'vitest';
import { WHITE_SPACE, unitTable } from '../../src/extractors/quantities/lexicon.js';

describe('tables of what a pattern can begin with', () => {
  it('WHITE_SPACE holds exactly the characters of \\s', () => {
    const table = unitTable(WHITE_SPACE);
    for (let code = 0; code < 65536; code++) {
      if ((table[code] === 1) !== /\s/.test(String.fromCharCode(code))) expect.fail(`U+${code.toString(16)}`);
    }
  });
});
