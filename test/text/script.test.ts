import { describe, expect, it } from 'vitest';
import { detectScript, extract } from '../../src/index.js';

describe('script and region', () => {
  it('detects Traditional, Simplified, mixed and none', () => {
    expect(detectScript('輝達緊急追單台積電')).toBe('traditional');
    expect(detectScript('英伟达紧急追单台积电')).toBe('simplified');
    expect(detectScript('輝達緊急追單，英伟达紧急追单')).toBe('mixed');
    expect(detectScript('中国人')).toBe('simplified');
    expect(detectScript('H200 GPU')).toBe('none');
    expect(detectScript('')).toBe('none');
  });

  it('tells Taiwan, Hong Kong and the mainland apart', () => {
    expect(extract('新台幣升值，台積電股價上漲', { claims: false }).region).toBe('tw');
    expect(extract('港元走弱，港股恒指下跌，佢話冇問題', { claims: false }).region).toBe('hk');
    expect(extract('人民币汇率稳定，央行表示', { claims: false }).region).toBe('cn');
  });
});
