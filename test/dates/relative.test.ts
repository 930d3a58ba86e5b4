import { describe } from 'vitest';
import { corpus, same } from './corpus.js';

const REF = '2025-12-30T00:00:00';
describe('relative dates', () => {
  corpus([
    { text: ['路透今晚援引消息人士稱', '路透今晚援引消息人士称'], referenceDate: REF,
      expect: [{ text: same('今晚'), kind: 'date', value: { timex: '2025-12-30TEV', start: '2025-12-30T18:00:00' } }] },
    { text: ['輝達於12月29日晚緊急追單，當晚即通過系統', '辉达于12月29日晚紧急追单，当晚即通过系统'], referenceDate: REF,
      expect: [{ text: same('12月29日晚'), kind: 'date', value: { timex: '2025-12-29TEV' } }, { text: ['當晚', '当晚'], kind: 'date', value: { timex: '2025-12-29TEV' } }] },
    { text: ['昨日股市大跌，前天則上漲', '昨日股市大跌，前天则上涨'], referenceDate: REF,
      expect: [{ text: same('昨日'), kind: 'date', value: { timex: '2025-12-29' } }, { text: same('前天'), kind: 'date', value: { timex: '2025-12-28' } }] },
    { text: ['明年將推出新品，去年則虧損，今年轉盈', '明年将推出新品，去年则亏损，今年转盈'], referenceDate: REF,
      expect: [{ text: same('明年'), kind: 'date', value: { timex: '2026' } }, { text: same('去年'), kind: 'date', value: { timex: '2024' } }, { text: same('今年'), kind: 'date', value: { timex: '2025' } }] },
    { text: ['上週三開會，下個月交貨', '上周三开会，下个月交货'], referenceDate: REF,
      expect: [{ text: ['上週三', '上周三'], kind: 'date', value: { timex: '2025-12-24' } }, { text: ['下個月', '下个月'], kind: 'date', value: { timex: '2026-01' } }] },
    { text: ['三天前發布，兩週後上市', '三天前发布，两周后上市'], referenceDate: REF,
      expect: [{ text: same('三天前'), kind: 'date', value: { timex: '2025-12-27' } }, { text: ['兩週後', '两周后'], kind: 'date', value: { timex: '2026-W03' } }] },
    { text: ['日前，美國拉攏盟友；近日又有新消息', '日前，美国拉拢盟友；近日又有新消息'], referenceDate: REF,
      expect: [{ text: same('日前'), kind: 'date', value: { timex: 'PAST_REF' } }, { text: same('近日'), kind: 'date', value: { timex: 'PAST_REF' } }] },
    { text: ['此前路透社報導，目前仍未批准，未來的挑戰', '此前路透社报道，目前仍未批准，未来的挑战'], referenceDate: REF,
      expect: [{ text: same('此前'), kind: 'date', value: { timex: 'PAST_REF' } }, { text: same('目前'), kind: 'date', value: { timex: 'PRESENT_REF' } }, { text: ['未來', '未来'], kind: 'date', value: { timex: 'FUTURE_REF' } }] },
    { text: ['輝達發言人於23日向記者表示', '辉达发言人于23日向记者表示'], referenceDate: '2025-12-24',
      expect: [{ text: same('23日'), kind: 'date', value: { timex: '2025-12-23' } }] },
    { text: ['百度將原定於Q2的採購計畫提前至1月', '百度将原定于Q2的采购计划提前至1月'], referenceDate: REF,
      expect: [{ text: same('Q2'), kind: 'date', value: { timex: '2026-Q2' } }, { text: same('1月'), kind: 'date', value: { timex: '2026-01' } }] },
    { text: ['黃仁勳七月時就證實', '黄仁勋七月时就证实'], referenceDate: '2025-12-31',
      expect: [{ text: same('七月'), kind: 'date', value: { timex: '2025-07' } }] },
    { text: ['已拿到輝達2月交付承諾', '已拿到辉达2月交付承诺'], referenceDate: REF,
      expect: [{ text: same('2月'), kind: 'date', value: { timex: '2026-02' } }] },
    { text: ['若2026年4月新規生效，屆時50萬顆將受影響', '若2026年4月新规生效，届时50万颗将受影响'], referenceDate: REF,
      expect: [{ text: ['屆時', '届时'], kind: 'date', value: { timex: '2026-04' } }] },
    { text: ['川普當地時間8日在社交媒體發文', '川普当地时间8日在社交媒体发文'], referenceDate: '2025-12-24',
      expect: [{ text: same('8日'), kind: 'date', value: { timex: '2025-12-08' } }] },
    { text: ['1小時前發布', '1小时前发布'], referenceDate: '2012-08-10T12:14:00',
      expect: [{ text: ['1小時前', '1小时前'], kind: 'time', value: { timex: '2012-08-10T11' } }] },
    { text: ['大後天晚上9點30分', '大后天晚上9点30分'], referenceDate: '2012-08-10T00:00:00',
      expect: [{ text: ['大後天晚上9點30分', '大后天晚上9点30分'], kind: 'datetime', value: { timex: '2012-08-13T21:30' } }] },
    { text: ['上兩天的資料', '上两天的资料'], referenceDate: '2013-02-12T04:30:00',
      expect: [{ text: ['上兩天', '上两天'], kind: 'date', value: { start: '2013-02-10T00:00:00', end: '2013-02-12T00:00:00' } }] },
    { text: ['今年前11個月出口成長', '今年前11个月出口增长'], referenceDate: REF,
      expect: [{ text: ['今年前11個月', '今年前11个月'], kind: 'date', value: { timex: '2025-01/2025-11' } }] },
  ]);
});

describe('without a reference date', () => {
  corpus([
    // the dateline gives the reference (its year from the first year the text writes)
    { text: ['12月24日，據環球時報報導，輝達發言人23日表示，2025年銷量創新高', '12月24日，据环球时报报道，辉达发言人23日表示，2025年销量创新高'],
      expect: [{ text: same('23日'), kind: 'date', value: { timex: '2025-12-23' } }] },
    // no dateline: placeholders
    { text: ['輝達於12月29日晚發出追單', '辉达于12月29日晚发出追单'],
      expect: [{ text: same('12月29日晚'), kind: 'date', value: { timex: 'XXXX-12-29TEV' } }] },
    { text: ['明年春節前交付', '明年春节前交付'],
      expect: [{ text: ['明年春節前', '明年春节前'], kind: 'date', value: { mod: 'BEFORE' } }] },
  ]);
});
