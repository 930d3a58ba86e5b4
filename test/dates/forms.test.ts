import { describe } from 'vitest';
import { corpus, same } from './corpus.js';

const REF = '2025-12-30T00:00:00';

describe('reign years', () => {
  corpus([
    { text: ['雍正十六年', '雍正十六年'], referenceDate: REF, expect: [{ text: same('雍正十六年'), kind: 'date', value: { timex: '1738' } }] },
    { text: ['光緒元年設立', '光绪元年设立'], referenceDate: REF, expect: [{ text: ['光緒元年', '光绪元年'], kind: 'date', value: { timex: '1875' } }] },
    { text: ['日本令和7年預算', '日本令和7年预算'], referenceDate: REF, expect: [{ text: same('令和7年'), kind: 'date', value: { timex: '2025' } }] },
    { text: ['景泰藍與明治維新', '景泰蓝与明治维新'], referenceDate: REF, none: [['景泰藍', '景泰蓝'], ['明治維新', '明治维新']] },
  ]);
});

describe('numeric dates with a two-digit year', () => {
  corpus([
    { text: ['你12-11-10有時間嗎', '你12-11-10有时间吗'], referenceDate: REF, expect: [{ text: same('12-11-10'), kind: 'date', value: { timex: '2012-11-10' } }] },
    { text: ['你3-7-27有時間嗎', '你3-7-27有时间吗'], referenceDate: REF, expect: [{ text: same('3-7-27'), kind: 'date', value: { timex: '2027-07-03' } }] },
    { text: ['你13.5.2015有沒有空', '你13.5.2015有没有空'], referenceDate: REF, expect: [{ text: same('13.5.2015'), kind: 'date', value: { timex: '2015-05-13' } }] },
    { text: ['分機12-34-56', '分机12-34-56'], referenceDate: REF, none: [same('12-34-56')] },
  ]);
});

describe('a weekday counted within a month', () => {
  corpus([
    { text: ['十月第一個星期一', '十月第一个星期一'], referenceDate: REF, expect: [{ text: ['十月第一個星期一', '十月第一个星期一'], kind: 'date', value: { timex: '2025-10-06' } }] },
    { text: ['2025年11月的最後一個星期四', '2025年11月的最后一个星期四'], referenceDate: REF,
      expect: [{ text: ['2025年11月的最後一個星期四', '2025年11月的最后一个星期四'], kind: 'date', value: { timex: '2025-11-27' } }] },
  ]);
});

describe('spans counted from now', () => {
  corpus([
    { text: ['前兩月的數據', '前两月的数据'], referenceDate: '2013-02-12T04:30:00',
      expect: [{ text: ['前兩月', '前两月'], kind: 'date', value: { start: '2012-12-01T00:00:00', end: '2013-02-01T00:00:00' } }] },
    { text: ['前1週', '前1周'], referenceDate: '2017-03-22T00:00:00',
      expect: [{ text: ['前1週', '前1周'], kind: 'date', value: { start: '2017-03-15T00:00:00', end: '2017-03-22T00:00:00' } }] },
    { text: ['之後5分鐘', '之后5分钟'], referenceDate: '2016-11-07T16:12:00',
      expect: [{ text: ['之後5分鐘', '之后5分钟'], kind: 'time', value: { start: '2016-11-07T16:13:00', end: '2016-11-07T16:18:00' } }] },
    { text: ['前兩小時', '前两小时'], referenceDate: '2013-02-12T04:30:00',
      expect: [{ text: ['前兩小時', '前两小时'], kind: 'time', value: { start: '2013-02-12T02:00:00', end: '2013-02-12T04:00:00' } }] },
    { text: ['下個月', '下个月'], referenceDate: REF, expect: [{ text: ['下個月', '下个月'], kind: 'date', value: { timex: '2026-01' } }] },
  ]);
});

describe('evening hours after midnight', () => {
  corpus([
    { text: ['晚上2點半', '晚上2点半'], referenceDate: REF, expect: [{ text: ['晚上2點半', '晚上2点半'], kind: 'time', value: { timex: 'T02:30' } }] },
    { text: ['晚上8點', '晚上8点'], referenceDate: REF, expect: [{ text: ['晚上8點', '晚上8点'], kind: 'time', value: { timex: 'T20' } }] },
  ]);
});
