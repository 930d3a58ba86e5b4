import { corpus } from './corpus.js';

corpus('ordinal', ['ordinal'], [
  { text: '其性能排名第二的晶片', expect: [{ text: '第二', kind: 'ordinal', value: { value: 2 } }] },
  { text: '其性能排名第二的芯片', expect: [{ text: '第二', kind: 'ordinal', value: { value: 2 } }] },
  { text: '第一個要堅壁清野的', expect: [{ text: '第一個', kind: 'ordinal', value: { value: 1 } }] },
  { text: '第一个要坚壁清野的', expect: [{ text: '第一个', kind: 'ordinal', value: { value: 1 } }] },
  { text: '為兌現首批訂單,輝達首次啟用', expect: [{ text: '首批', kind: 'ordinal', value: { value: 1 } }, { text: '首次', kind: 'ordinal', value: { value: 1 } }] },
  { text: '为兑现首批订单,英伟达首次启用', expect: [{ text: '首批', kind: 'ordinal', value: { value: 1 } }, { text: '首次', kind: 'ordinal', value: { value: 1 } }] },
  { text: '第２５０名', expect: [{ text: '第２５０名', kind: 'ordinal', value: { value: 250 } }] },
  { text: '在第一線打仗的人,第一反應', none: ['第一線', '第一反應'] },
  { text: '在第一线打仗的人,第一反应,首席执行官', none: ['第一线', '第一反应', '首席'] },
]);
