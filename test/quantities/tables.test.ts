import { describe, expect, it } from 'vitest';
import { isSpaceCode, UnitSet, WHITE_SPACE } from '../../src/text/chars.js';

describe('sets of UTF-16 units', () => {
  it('hold what they were given and nothing else', () => {
    const set = new UnitSet('个百\uffff\u0001');
    for (let code = 0; code < 65536; code++) {
      if (set.has(code) !== [0x4e2a, 0x767e, 0xffff, 1].includes(code)) expect.fail(`U+${code.toString(16)}`);
    }
  });
  it('hold no position outside the text', () => {
    expect(new UnitSet('个').has('个'.charCodeAt(1))).toBe(false);
    expect(new UnitSet('\u0000a').has(NaN)).toBe(false);
    expect(new UnitSet([0x4e2a]).has(-1)).toBe(false);
  });
  it('WHITE_SPACE and isSpaceCode hold exactly the characters of \\s', () => {
    const set = new UnitSet(WHITE_SPACE);
    for (let code = 1; code < 65536; code++) {
      const space = /\s/.test(String.fromCharCode(code));
      if (set.has(code) !== space || isSpaceCode(code) !== space) expect.fail(`U+${code.toString(16)}`);
    }
    expect(isSpaceCode(NaN)).toBe(false);
  });
});
