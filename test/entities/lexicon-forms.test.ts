import { describe, expect, it } from 'vitest';
import precomputed from '../../data/entities/curated-forms.json';
import { curatedNames, buildLexicon } from '../../src/extractors/entities/lexicon.js';
import { workingForms, workingFormsByOpenCC } from '../../src/extractors/entities/curated-forms.js';

describe('precomputed working forms of curated names', () => {
  const forms = precomputed.forms as Record<string, string[]>;
  it('cover every curated name with the forms OpenCC gives (rerun scripts/build-lexicon-forms.ts when this fails)', () => {
    const stale: string[] = [];
    for (const name of curatedNames()) {
      const want = workingFormsByOpenCC(name).filter((f) => f !== name).sort();
      const have = [...(forms[name] ?? ['(missing)'])].sort();
      if (JSON.stringify(want) !== JSON.stringify(have)) stale.push(name);
    }
    expect(stale).toEqual([]);
  });
  it('are used for curated names; other names are converted on the fly', () => {
    expect(workingForms('輝達')).toContain('英伟达');
    expect(workingForms('Nvidia')).toEqual(['Nvidia']);
    expect(workingForms('鴻海精密工業')).toContain('鸿海精密工业');
  });
  it('a caller entry in Traditional script matches Simplified text', () => {
    const lex = buildLexicon([{ type: 'ORG', names: ['聯發科技股份'], id: 'org:test' }]);
    expect(lex.trie.matchesAt('联发科技股份', 0).some(([end]) => end === 6)).toBe(true);
  });
});
