import { describe } from 'vitest';
import { corpus, same } from './corpus.js';

const REF = '2025-12-30T00:00:00';
describe('absolute dates', () => {
  corpus([
    { text: ['若2026年4月BIS新規生效', '若2026年4月BIS新规生效'], referenceDate: REF,
      expect: [{ text: same('2026年4月'), kind: 'date', value: { timex: '2026-04', start: '2026-04-01T00:00:00', end: '2026-05-01T00:00:00' } }] },
    { text: ['川普12月8日宣佈', '川普12月8日宣布'], referenceDate: '2025-12-24',
      expect: [{ text: same('12月8日'), kind: 'date', value: { timex: '2025-12-08' } }] },
    { text: ['公告日期為2025/12/24與2025-12-25', '公告日期为2025/12/24与2025-12-25'], referenceDate: REF,
      expect: [{ text: same('2025/12/24'), kind: 'date', value: { timex: '2025-12-24' } }, { text: same('2025-12-25'), kind: 'date', value: { timex: '2025-12-25' } }] },
    { text: ['二〇二六年將是關鍵', '二〇二六年将是关键'], referenceDate: REF,
      expect: [{ text: same('二〇二六年'), kind: 'date', value: { timex: '2026' } }] },
    { text: ['要求在2026年Q1再追加訂單', '要求在2026年Q1再追加订单'], referenceDate: REF,
      expect: [{ text: same('2026年Q1'), kind: 'date', value: { timex: '2026-Q1', start: '2026-01-01T00:00:00', end: '2026-04-01T00:00:00' } }] },
    { text: ['今年第一季營收成長', '今年第一季营收成长'], referenceDate: REF,
      expect: [{ text: ['今年第一季', '今年第一季'], kind: 'date', value: { timex: '2025-Q1' } }] },
    { text: ['首季出貨量下滑', '首季出货量下滑'], referenceDate: '2026-05-10',
      expect: [{ text: same('首季'), kind: 'date', value: { timex: '2026-Q1' } }] },
    { text: ['2025年上半年營收', '2025年上半年营收'], referenceDate: REF,
      expect: [{ text: same('2025年上半年'), kind: 'date', value: { timex: '2025-H1' } }] },
    { text: ['1990年代的日本', '1990年代的日本'], referenceDate: REF,
      expect: [{ text: same('1990年代'), kind: 'date', value: { timex: '199', start: '1990-01-01T00:00:00' } }] },
    { text: ['上世紀90年代', '上世纪90年代'], referenceDate: REF,
      expect: [{ text: ['上世紀90年代', '上世纪90年代'], kind: 'date', value: { timex: '199' } }] },
    { text: ['民國115年預算', '民国115年预算'], referenceDate: REF,
      expect: [{ text: ['民國115年', '民国115年'], kind: 'date', value: { timex: '2026' } }] },
    // bare ROC years are read in Taiwanese text; Simplified text names the era
    { text: ['行政院115年度總預算，115年1月起實施', '台湾民国115年1月起实施'], referenceDate: REF,
      expect: [{ text: ['115年1月起', '民国115年1月起'], kind: 'date', value: { timex: '2026-01', mod: 'ON_OR_AFTER' } }] },
    { text: ['2016年9月3號出發', '2016年9月3号出发'], referenceDate: REF,
      expect: [{ text: ['2016年9月3號', '2016年9月3号'], kind: 'date', value: { timex: '2016-09-03' } }] },
    { text: ['二零一六年，九月三號', '二零一六年，九月三号'], referenceDate: REF,
      expect: [{ text: ['二零一六年，九月三號', '二零一六年，九月三号'], kind: 'date', value: { timex: '2016-09-03' } }] },
    { text: ['會議在週三舉行', '会议在周三举行'], referenceDate: '2013-02-12T04:30:00',
      expect: [{ text: ['週三', '周三'], kind: 'date', value: { timex: '2013-02-13' } }] },
    { text: ['美國總統週三表示', '美国总统周三表示'], referenceDate: '2013-02-15T00:00:00',
      expect: [{ text: ['週三', '周三'], kind: 'date', value: { timex: '2013-02-13' } }] },
    { text: ['12月28日至30日舉行', '12月28日至30日举行'], referenceDate: REF,
      expect: [{ text: same('12月28日至30日'), kind: 'date', value: { timex: '2025-12-28/2025-12-30', start: '2025-12-28T00:00:00', end: '2025-12-31T00:00:00' } }] },
    { text: ['2026年至2027年間', '2026年至2027年间'], referenceDate: REF,
      expect: [{ text: same('2026年至2027年'), kind: 'date', value: { timex: '2026/2027' } }] },
    { text: ['2015～2017年的數據', '2015～2017年的数据'], referenceDate: REF,
      expect: [{ text: same('2015～2017年'), kind: 'date', value: { timex: '2015/2017' } }] },
    { text: ['1－5月出口', '1－5月出口'], referenceDate: REF,
      expect: [{ text: same('1－5月'), kind: 'date', value: { timex: '2025-01/2025-05' } }] },
    { text: ['時間從2016到2018', '时间从2016到2018'], referenceDate: REF,
      expect: [{ text: ['從2016到2018', '从2016到2018'], kind: 'date', value: { timex: '2016/2018' } }] },
  ]);
});

describe('clock times', () => {
  corpus([
    { text: ['9時30分開盤', '9时30分开盘'], referenceDate: REF,
      expect: [{ text: ['9時30分', '9时30分'], kind: 'time', value: { timex: 'T09:30' } }] },
    { text: ['下午3點召開記者會', '下午3点召开记者会'], referenceDate: REF,
      expect: [{ text: ['下午3點', '下午3点'], kind: 'time', value: { timex: 'T15', start: '2025-12-30T15:00:00' } }] },
    // a part of day whose first character starts no other expression (晌午) still opens one
    { text: ['他晌午三點到達', '他晌午三点到达'], referenceDate: REF,
      expect: [{ text: ['晌午三點', '晌午三点'], kind: 'time', value: { timex: 'T15', start: '2025-12-30T15:00:00' } }] },
    { text: ['15:30收盤', '15:30收盘'], referenceDate: REF,
      expect: [{ text: same('15:30'), kind: 'time', value: { timex: 'T15:30' } }] },
    { text: ['明天上午8點出發', '明天上午8点出发'], referenceDate: '2012-08-10T12:00:00',
      expect: [{ text: ['明天上午8點', '明天上午8点'], kind: 'datetime', value: { timex: '2012-08-11T08' } }] },
    { text: ['晚上11點 ~ 凌晨2點', '晚上11点 ~ 凌晨2点'], referenceDate: '2012-08-10T00:00:00',
      expect: [{ text: ['晚上11點 ~ 凌晨2點', '晚上11点 ~ 凌晨2点'], kind: 'time', value: { start: '2012-08-10T23:00:00', end: '2012-08-11T03:00:00' } }] },
    { text: ['下午五點到六點', '下午五点到六点'], referenceDate: REF,
      expect: [{ text: ['下午五點到六點', '下午五点到六点'], kind: 'time', value: { timex: 'T17/T18' } }] },
  ]);
});
