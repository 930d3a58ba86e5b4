import { describe } from 'vitest';
import { corpus, same } from './corpus.js';

describe('durations', () => {
  corpus([
    { text: ['SHR-1需48小時內給出答覆', 'SHR-1需48小时内给出答复'], referenceDate: '2025-12-30',
      expect: [{ text: ['48小時內', '48小时内'], kind: 'duration', value: { timex: 'PT48H' } }] },
    { text: ['30天內必須完成', '30天内必须完成'],
      expect: [{ text: ['30天內', '30天内'], kind: 'duration', value: { timex: 'P30D' } }] },
    { text: ['海運加空運縮短4天', '海运加空运缩短4天'],
      expect: [{ text: same('4天'), kind: 'duration', value: { timex: 'P4D' } }] },
    { text: ['兩年、半年、十年與一個月', '两年、半年、十年与一个月'],
      expect: [
        { text: ['兩年', '两年'], kind: 'duration', value: { timex: 'P2Y' } }, { text: same('半年'), kind: 'duration', value: { timex: 'P6M' } },
        { text: same('十年'), kind: 'duration', value: { timex: 'P10Y' } }, { text: ['一個月', '一个月'], kind: 'duration', value: { timex: 'P1M' } },
      ] },
    { text: ['美方有望在接下來5年擴大優勢', '美方有望在接下来5年扩大优势'],
      expect: [{ text: ['接下來5年', '接下来5年'], kind: 'duration', value: { timex: 'P5Y' } }] },
    { text: ['過去兩年嚴格禁售', '过去两年严格禁售'],
      expect: [{ text: ['過去兩年', '过去两年'], kind: 'duration', value: { timex: 'P2Y' } }] },
    { text: ['這半年的教訓，這幾年的突圍', '这半年的教训，这几年的突围'],
      expect: [{ text: ['這半年', '这半年'], kind: 'duration', value: { timex: 'P6M' } }, { text: ['這幾年', '这几年'], kind: 'duration', value: { timex: 'PXY' } }] },
    { text: ['他曾花費數月時間遊說，長達數十年的累積', '他曾花费数月时间游说，长达数十年的累积'],
      expect: [{ text: ['數月', '数月'], kind: 'duration', value: { timex: 'PXM' } }, { text: ['數十年', '数十年'], kind: 'duration', value: { timex: 'PXDE' } }] },
    { text: ['我們又老了一歲', '我们又老了一岁'],
      expect: [{ text: ['一歲', '一岁'], kind: 'duration', value: { timex: 'P1Y' } }] },
    { text: ['一個半小時和兩年零三個月', '一个半小时和两年零三个月'],
      expect: [{ text: ['一個半小時', '一个半小时'], kind: 'duration', value: { timex: 'PT90M' } }, { text: ['兩年零三個月', '两年零三个月'], kind: 'duration', value: { timex: 'P2Y3M' } }] },
    { text: ['五分三十秒', '五分三十秒'],
      expect: [{ text: same('五分三十秒'), kind: 'duration', value: { timex: 'PT5M30S' } }] },
  ]);
});

describe('sets', () => {
  corpus([
    { text: ['每週一開會', '每周一开会'], expect: [{ text: ['每週一', '每周一'], kind: 'set', value: { timex: 'XXXX-WXX-1' } }] },
    { text: ['事件每年都發生，每月一次', '事件每年都发生，每月一次'], expect: [{ text: same('每年'), kind: 'set', value: { timex: 'P1Y' } }, { text: same('每月'), kind: 'set', value: { timex: 'P1M' } }] },
    { text: ['每年3月5日舉行', '每年3月5日举行'], expect: [{ text: same('每年3月5日'), kind: 'set', value: { timex: 'XXXX-03-05' } }] },
  ]);
});
