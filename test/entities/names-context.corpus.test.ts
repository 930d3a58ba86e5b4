import { describeCorpus, entity, type CorpusExample } from '../helpers/corpus.js';

const E = entity;

/** Each rule with examples in Traditional and Simplified script, and negatives. */
const corpus: Record<string, CorpusExample[]> = {
  'sports clubs and leagues; a city is its club only in a sentence about sport': [
    { text: '曼聯主場2比1擊敗羅馬,意甲領頭羊受挫', expect: [E('曼聯', 'ORG', 'Manchester United'), E('羅馬', 'ORG', 'AS Roma'), E('意甲', 'ORG', 'Serie A')] },
    { text: '曼联主场2比1击败罗马,意甲领头羊受挫', expect: [E('曼联', 'ORG', 'Manchester United'), E('罗马', 'ORG', 'AS Roma'), E('意甲', 'ORG', 'Serie A')] },
    { text: '皇馬對陣拜仁的比賽', expect: [E('皇馬', 'ORG', 'Real Madrid'), E('拜仁', 'ORG', 'Bayern Munich')] },
    { text: '皇马对阵拜仁的比赛', expect: [E('皇马', 'ORG', 'Real Madrid'), E('拜仁', 'ORG', 'Bayern Munich')] },
    { text: '他負責米蘭的業務,常駐羅馬', expect: [E('米蘭', 'GPE'), E('羅馬', 'GPE')] },
    { text: '他负责米兰的业务,常驻罗马', expect: [E('米兰', 'GPE'), E('罗马', 'GPE')] },
    { text: '博洛尼亞連續兩場不敗,客戰仍是瓶頸', expect: [E('博洛尼亞', 'ORG')] },
    { text: '博洛尼亚连续两场不败,客战仍是瓶颈', expect: [E('博洛尼亚', 'ORG')] },
    { text: '世界盃在博洛尼亞舉行的比賽', expect: [E('博洛尼亞', 'GPE')] },
    { text: '世界杯在博洛尼亚举行的比赛', expect: [E('博洛尼亚', 'GPE')] },
    { text: '這一仗打得熱火朝天', none: ['熱火'] },
    { text: '这一仗打得热火朝天', none: ['热火'] },
  ],
  'games, books and films by name': [
    { text: '玩家在魔獸世界和英雄聯盟之間選擇', expect: [E('魔獸世界', 'WORK', 'World of Warcraft'), E('英雄聯盟', 'WORK', 'League of Legends')] },
    { text: '玩家在魔兽世界和英雄联盟之间选择', expect: [E('魔兽世界', 'WORK', 'World of Warcraft'), E('英雄联盟', 'WORK', 'League of Legends')] },
    { text: '他重讀紅樓夢,又玩DotA', expect: [E('紅樓夢', 'WORK', 'Dream of the Red Chamber'), E('DotA', 'WORK')] },
    { text: '他重读红楼梦,又玩DotA', expect: [E('红楼梦', 'WORK', 'Dream of the Red Chamber'), E('DotA', 'WORK')] },
    { text: '這個世界很大,我的看法不同', none: ['世界'] },
    { text: '这个世界很大,我的看法不同', none: ['世界'] },
  ],
  'foreign names the segmenter cuts into pieces, typed by ending and neighbours': [
    { text: '潘沃爾卡先生說,曾經有一段時刻', expect: [E('潘沃爾卡', 'PER')] },
    { text: '潘沃尔卡先生说,曾经有一段时刻', expect: [E('潘沃尔卡', 'PER')] },
    { text: '西格爾描述俄羅斯在克里米亞的行動', expect: [E('克里米亞', 'GPE')] },
    { text: '西格尔描述俄罗斯在克里米亚的行动', expect: [E('克里米亚', 'GPE')] },
    { text: '治安問題與上市公司', none: ['治安', '上市'] },
    { text: '治安问题与上市公司', none: ['治安', '上市'] },
  ],
  'Chinese names the segmenter does not know; a surname with a title': [
    { text: '記者陳特安、李雲飛報道', expect: [E('陳特安', 'PER'), E('李雲飛', 'PER')] },
    { text: '记者陈特安、李云飞报道', expect: [E('陈特安', 'PER'), E('李云飞', 'PER')] },
    { text: '江主席離開紐約', expect: [E('江', 'PER'), E('紐約', 'GPE')], none: ['主席'] },
    { text: '江主席离开纽约', expect: [E('江', 'PER'), E('纽约', 'GPE')], none: ['主席'] },
    { text: '向大會表示熱烈的祝賀', none: ['祝賀'] },
    { text: '向大会表示热烈的祝贺', none: ['祝贺'] },
  ],
  'country pairs glued to a relation word; congresses by number': [
    { text: '中美關係與中俄友好', expect: [E('中', 'GPE', 'China'), E('美', 'GPE', 'United States'), E('俄', 'GPE', 'Russia')], none: ['關係'] },
    { text: '中美关系与中俄友好', expect: [E('中', 'GPE', 'China'), E('美', 'GPE', 'United States'), E('俄', 'GPE', 'Russia')], none: ['关系'] },
    { text: '中國致公黨第十一次全國代表大會召開,黨的十五大報告', expect: [E('中國致公黨第十一次全國代表大會', 'ORG'), E('十五大', 'ORG')] },
    { text: '中国致公党第十一次全国代表大会召开,党的十五大报告', expect: [E('中国致公党第十一次全国代表大会', 'ORG'), E('十五大', 'ORG')] },
    { text: '這是三大問題之一', none: ['三大'] },
    { text: '这是三大问题之一', none: ['三大'] },
  ],
  'a known place inside a word the segmenter guessed or glued to a common word': [
    { text: '洛杉磯市同中國的廣州市結為友好城市', expect: [E('中國', 'GPE', 'China')] },
    { text: '洛杉矶市同中国的广州市结为友好城市', expect: [E('中国', 'GPE', 'China')] },
    { text: '香港回歸祖國以來', expect: [E('香港', 'GPE', 'Hong Kong')], none: ['回歸'] },
    { text: '香港回归祖国以来', expect: [E('香港', 'GPE', 'Hong Kong')], none: ['回归'] },
  ],
  'a Latin name in brackets after a mention takes its type': [
    { text: '總統川普（Donald Trump）表示', expect: [E('川普', 'PER', 'Donald Trump'), E('Donald Trump', 'PER', 'Donald Trump')] },
    { text: '总统特朗普（Donald Trump）表示', expect: [E('特朗普', 'PER', 'Donald Trump'), E('Donald Trump', 'PER', 'Donald Trump')] },
    { text: '他在會議上（by the way）說', none: ['by the way'] },
    { text: '他在会议上（by the way）说', none: ['by the way'] },
  ],
};

describeCorpus('entity corpus: context and names', corpus, ['entity'], ['entities']);
