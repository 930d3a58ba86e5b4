import type { NodeJieba } from '../text/jieba-node.js';

/**
 * Browser and edge stand-in for the Node loader of nodejieba: there is no native code to
 * load, so the default segmenter is Intl.Segmenter. No warning: that is the expected
 * segmenter on these platforms, not a degraded install.
 */
export function loadNodeJieba(): NodeJieba | null {
  return null;
}
