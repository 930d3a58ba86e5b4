/**
 * Browser and edge entry: the same API as the Node entry, built without native code and
 * without Node built-ins. Words are segmented with Intl.Segmenter (nodejieba is Node-only).
 */
export * from '../index.js';
export { renderHtml, type RenderOptions } from '../render/index.js';
