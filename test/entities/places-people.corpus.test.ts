import { describe, it } from 'vitest';
import { runExample, type CorpusExample } from '../helpers/corpus.js';

const E = (text: string, type: string, canonical?: string) =>
  ({ text, kind: 'entity' as const, value: canonical ? { type, canonical } : { type } });

/** Places and people, each rule with examples in Traditional and Simplified script, and negatives. */
const corpus: Record<string, CorpusExample[]> = {
  'world cities (CLDR) and states, nations and regions are places, not people': [
    { text: '布里斯班的新聞節目報導,蘇格蘭和英格蘭之間', expect: [E('布里斯班', 'GPE', 'Brisbane'), E('蘇格蘭', 'GPE', 'Scotland'), E('英格蘭', 'GPE', 'England')] },
    { text: '布里斯班的新闻节目报道,苏格兰和英格兰之间', expect: [E('布里斯班', 'GPE', 'Brisbane'), E('苏格兰', 'GPE', 'Scotland'), E('英格兰', 'GPE', 'England')] },
    { text: '來自科羅拉多州丹佛市的公司,高加索山脈以北', expect: [E('科羅拉多州', 'GPE', 'Colorado'), E('高加索山脈', 'LOC', 'Caucasus')] },
    { text: '来自科罗拉多州丹佛市的公司,高加索山脉以北', expect: [E('科罗拉多州', 'GPE', 'Colorado'), E('高加索山脉', 'LOC', 'Caucasus')] },
    { text: '他在拉斯維加斯和威尼斯度假', expect: [E('拉斯維加斯', 'GPE', 'Las Vegas'), E('威尼斯', 'GPE', 'Venice')] },
    { text: '他在拉斯维加斯和威尼斯度假', expect: [E('拉斯维加斯', 'GPE', 'Las Vegas'), E('威尼斯', 'GPE', 'Venice')] },
    { text: '萬象更新,雪梨很甜', none: ['萬象'] },
    { text: '万象更新,雪梨很甜', none: ['万象', '雪梨'] },
  ],
  'named facilities and full street addresses are one LOC': [
    { text: '他在上海美術館舉辦個展,又去了澳門博物館', expect: [E('上海美術館', 'LOC'), E('澳門博物館', 'LOC')] },
    { text: '他在上海美术馆举办个展,又去了澳门博物馆', expect: [E('上海美术馆', 'LOC'), E('澳门博物馆', 'LOC')] },
    { text: '王府井書店位於北京市東城區王府井大街218號', expect: [E('北京市東城區王府井大街218號', 'LOC')] },
    { text: '王府井书店位于北京市东城区王府井大街218号', expect: [E('北京市东城区王府井大街218号', 'LOC')] },
    { text: '由林達集團投資開發的海漁廣場', expect: [E('林達集團', 'ORG'), E('海漁廣場', 'LOC')], none: ['由'] },
    { text: '由林达集团投资开发的海渔广场', expect: [E('林达集团', 'ORG'), E('海渔广场', 'LOC')], none: ['由'] },
    { text: '政府在中環舉行記者會,新品在小米科技園發布', expect: [E('中環', 'GPE', 'Central (Hong Kong)'), E('小米科技園', 'LOC')] },
    { text: '政府在中环举行记者会,新品在小米科技园发布', expect: [E('中环', 'GPE', 'Central (Hong Kong)'), E('小米科技园', 'LOC')] },
    { text: '該公司位於新北市板橋區中山路一段161號,晚上去士林夜市', expect: [E('新北市板橋區中山路一段161號', 'LOC'), E('士林夜市', 'LOC')] },
    { text: '该公司位于新北市板桥区中山路一段161号,晚上去士林夜市', expect: [E('新北市板桥区中山路一段161号', 'LOC'), E('士林夜市', 'LOC')] },
    { text: '該酒店靠近廣場,走馬路就到', none: ['酒店', '廣場', '馬路'] },
    { text: '该酒店靠近广场,走马路就到', none: ['酒店', '广场', '马路'] },
  ],
  'Latin names in Chinese text: people by shape or cue, organizations and laws by their last word': [
    { text: '德克薩斯州的準媽媽Margaret Boemer被告知', expect: [E('Margaret Boemer', 'PER')] },
    { text: '德克萨斯州的准妈妈Margaret Boemer被告知', expect: [E('Margaret Boemer', 'PER')] },
    { text: '而Avro Energy公司的顧客與電影公司(Athina Film)', expect: [E('Avro Energy公司', 'ORG'), E('Athina Film', 'ORG')] },
    { text: '而Avro Energy公司的顾客与电影公司(Athina Film)', expect: [E('Avro Energy公司', 'ORG'), E('Athina Film', 'ORG')] },
    { text: '誰能挑剔格倫達（Glenda）的表現', expect: [E('格倫達', 'PER'), E('Glenda', 'PER')] },
    { text: '谁能挑剔格伦达（Glenda）的表现', expect: [E('格伦达', 'PER'), E('Glenda', 'PER')] },
    { text: '兩黨擬出“安全晶片法案”(SAFE  Chips Act)', expect: [E('安全晶片法案', 'LAW'), E('SAFE  Chips Act', 'LAW')] },
    { text: '两党拟出“安全芯片法案”(SAFE  Chips Act)', expect: [E('安全芯片法案', 'LAW'), E('SAFE  Chips Act', 'LAW')] },
    { text: '他說Hello World很簡單,用super hot run形容', none: ['Hello World', 'super hot run'] },
    { text: '他说Hello World is easy,用super hot run形容', none: ['Hello World', 'super hot run'] },
  ],
  'a place name used for a person, rulers\' titles outside, regnal numbers inside': [
    { text: '樞密院議長哈利法克斯勳爵秘密訪問了德國', expect: [E('哈利法克斯', 'PER'), E('德國', 'GPE')] },
    { text: '枢密院议长哈利法克斯勋爵秘密访问了德国', expect: [E('哈利法克斯', 'PER'), E('德国', 'GPE')] },
    { text: '從明治天皇開始,人們習慣以年號稱呼天皇', expect: [E('明治', 'PER')], none: ['天皇'] },
    { text: '从明治天皇开始,人们习惯以年号称呼天皇', expect: [E('明治', 'PER')], none: ['天皇'] },
    { text: '土耳其總理埃爾多安宣布,巴羅佐（Barrosos）調離', expect: [E('埃爾多安', 'PER'), E('巴羅佐', 'PER'), E('Barrosos', 'PER')] },
    { text: '土耳其总理埃尔多安宣布,巴罗佐（Barrosos）调离', expect: [E('埃尔多安', 'PER'), E('巴罗佐', 'PER'), E('Barrosos', 'PER')] },
    { text: '美國表示,華盛頓認為', expect: [E('美國', 'GPE'), E('華盛頓', 'GPE')] },
    { text: '美国表示,华盛顿认为', expect: [E('美国', 'GPE'), E('华盛顿', 'GPE')] },
  ],
  'a geographic word after a foreign name makes a place name; titles and common words do not': [
    { text: '在哈德遜河附近,城市地標為伊歐拉湖', expect: [E('哈德遜河', 'LOC'), E('伊歐拉湖', 'LOC')] },
    { text: '在哈德逊河附近,城市地标为伊欧拉湖', expect: [E('哈德逊河', 'LOC'), E('伊欧拉湖', 'LOC')] },
    { text: '開普敦的當地政府是開普敦市', expect: [E('開普敦市', 'GPE')] },
    { text: '开普敦的当地政府是开普敦市', expect: [E('开普敦市', 'GPE')] },
    { text: '中國市場很大,陳市長表示', expect: [E('中國', 'GPE')], none: ['市場', '市長'] },
    { text: '中国市场很大,陈市长表示', expect: [E('中国', 'GPE')], none: ['市场', '市长'] },
  ],
  'the two sides of the strait, not a river\'s banks': [
    { text: '海峽兩岸關係穩定,兩岸交流增加', expect: [E('海峽兩岸', 'LOC'), E('兩岸', 'LOC')] },
    { text: '海峡两岸关系稳定,两岸交流增加', expect: [E('海峡两岸', 'LOC'), E('两岸', 'LOC')] },
    { text: '長江兩岸的城市', expect: [E('長江', 'LOC')], none: ['兩岸'] },
    { text: '长江两岸的城市', expect: [E('长江', 'LOC')], none: ['两岸'] },
  ],
  'common words the segmenter tags as names, demonyms and determiners are no mention': [
    { text: '修道院被解散,吉祥物很受歡迎,寧波人都知道,那幢大樓是南北走向', none: ['修道院', '吉祥物', '寧波人', '那幢大樓', '南北'] },
    { text: '修道院被解散,吉祥物很受欢迎,宁波人都知道,那幢大楼是南北走向', none: ['修道院', '吉祥物', '宁波人', '那幢大楼', '南北'] },
  ],
  'names in a list, given names before 同志, demonyms with 人': [
    { text: '李樹文、謝旭人、錢冠林、李志堅等陪同', expect: [E('李樹文', 'PER'), E('謝旭人', 'PER'), E('錢冠林', 'PER'), E('李志堅', 'PER')] },
    { text: '李树文、谢旭人、钱冠林、李志坚等陪同', expect: [E('李树文', 'PER'), E('谢旭人', 'PER'), E('钱冠林', 'PER'), E('李志坚', 'PER')] },
    { text: '小平同志正是深刻洞察這一趨勢', expect: [E('小平', 'PER')] },
    { text: '小平同志正是深刻洞察这一趋势', expect: [E('小平', 'PER')] },
    { text: '蘋果、香蕉、橘子等水果', none: ['香蕉', '橘子'] },
    { text: '苹果、香蕉、橘子等水果', none: ['香蕉', '橘子'] },
  ],
  'a Chinese name the segmenter does not know, after a role or before a speech verb': [
    { text: '公安部副局長張濤在接受採訪時說', expect: [E('張濤', 'PER')] },
    { text: '公安部副局长张涛在接受采访时说', expect: [E('张涛', 'PER')] },
    { text: '早報記者朱楠、實習生王昭', expect: [E('朱楠', 'PER'), E('王昭', 'PER')] },
    { text: '早报记者朱楠、实习生王昭', expect: [E('朱楠', 'PER'), E('王昭', 'PER')] },
    { text: '建行高級經濟師孫兆東認為', expect: [E('孫兆東', 'PER')] },
    { text: '建行高级经济师孙兆东认为', expect: [E('孙兆东', 'PER')] },
    { text: '高雄市長陳其邁與台中市長盧秀燕出席', expect: [E('陳其邁', 'PER'), E('盧秀燕', 'PER')] },
    { text: '高雄市长陈其迈与台中市长卢秀燕出席', expect: [E('陈其迈', 'PER'), E('卢秀燕', 'PER')] },
    { text: '元寶給出官式說詞', none: ['官式'] },
    { text: '元宝给出官式说词', none: ['官式'] },
  ],
  'a verb or function word before a foreign name stays outside it': [
    { text: '中央社記者林克倫華盛頓12日專電', expect: [E('林克倫', 'PER'), E('華盛頓', 'GPE')] },
    { text: '中央社记者林克伦华盛顿12日专电', expect: [E('林克伦', 'PER'), E('华盛顿', 'GPE')] },
    { text: '他們正努力讓特朗普立於聚光燈下', expect: [E('特朗普', 'PER')], none: ['讓'] },
    { text: '他们正努力让特朗普立于聚光灯下', expect: [E('特朗普', 'PER')], none: ['让'] },
    { text: '當西格爾描述俄羅斯時', expect: [E('西格爾', 'PER')], none: ['當'] },
    { text: '当西格尔描述俄罗斯时', expect: [E('西格尔', 'PER')], none: ['当'] },
  ],
};

describe('entity corpus: places and people', () => {
  for (const [rule, examples] of Object.entries(corpus)) {
    it(rule, () => { for (const ex of examples) runExample(ex, ['entity'], ['entities']); });
  }
});
