import { describe } from 'vitest';
import { corpus, same } from './corpus.js';

// N点 reads as a clock hour only where the shared rule for 点 says so (see also test/quantities/dian.test.ts)
const REF = '2025-12-30T00:00:00';
describe('clock hours with 点', () => {
  corpus([
    { text: ['會議10點開始', '会议10点开始'], referenceDate: REF, expect: [{ text: ['10點', '10点'], kind: 'time', value: { timex: 'T10' } }] },
    { text: ['大約十點到達', '大约十点到达'], referenceDate: REF, expect: [{ text: ['大約十點', '大约十点'], kind: 'time', value: { timex: 'T10', mod: 'APPROX' } }] },
    { text: ['晚上八點見', '晚上八点见'], referenceDate: REF, expect: [{ text: ['晚上八點', '晚上八点'], kind: 'time', value: { timex: 'T20' } }] },
    { text: ['三點鐘出發', '三点钟出发'], referenceDate: REF, expect: [{ text: ['三點鐘', '三点钟'], kind: 'time', value: { timex: 'T03' } }] },
    { text: ['12月29日晚上10點', '12月29日晚上10点'], referenceDate: REF, expect: [{ text: ['12月29日晚上10點', '12月29日晚上10点'], kind: 'datetime', value: { timex: '2025-12-29T22' } }] },
    { text: ['晏晝三點搭半', '晏昼三点搭半'], referenceDate: REF, expect: [{ text: ['晏晝三點搭半', '晏昼三点搭半'], kind: 'time', value: { timex: 'T15:30' } }] },
  ]);
});

describe('点 that is no clock hour', () => {
  corpus([
    { text: ['以下兩點值得注意', '以下两点值得注意'], referenceDate: REF, none: [['兩點', '两点']] },
    { text: ['這兩點很重要', '这两点很重要'], referenceDate: REF, none: [['兩點', '两点']] },
    { text: ['外長提出五點建議', '外长提出五点建议'], referenceDate: REF, none: [['五點', '五点']] },
    { text: ['股市漲了10點', '股市涨了10点'], referenceDate: REF, none: [['10點', '10点']] },
    { text: ['增長率為十五點七', '增长率为十五点七'], referenceDate: REF, none: [['十五點七', '十五点七']] },
    { text: ['利率為零點五', '利率为零点五'], referenceDate: REF, none: [['零點五', '零点五']] },
    { text: ['評分二點五', '评分二点五'], referenceDate: REF, none: [['二點五', '二点五']] },
  ]);
});

describe('month and day with a slash', () => {
  corpus([
    { text: ['新規12/25生效', '新规12/25生效'], referenceDate: REF, expect: [{ text: same('12/25'), kind: 'date', value: { timex: '2025-12-25' } }] },
    { text: ['12/1起實施', '12/1起实施'], referenceDate: REF, expect: [{ text: same('12/1起'), kind: 'date', value: { timex: '2025-12-01', mod: 'ON_OR_AFTER' } }] },
    { text: ['只有1/2的人同意', '只有1/2的人同意'], referenceDate: REF, none: [same('1/2')] },
    { text: ['約3/5的受訪者', '约3/5的受访者'], referenceDate: REF, none: [same('3/5')] },
  ]);
});
