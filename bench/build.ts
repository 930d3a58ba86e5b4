/**
 * Which build of the library a fresh process should load: dist/ when it is newer than every
 * source and data file, otherwise a fresh esbuild bundle (what tsup would produce), otherwise
 * the TypeScript sources through tsx. The report says which was used.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface Build { kind: 'dist' | 'fresh bundle' | 'tsx'; entry: string; cli: string; nodeArgs: string[]; note: string }

function newest(dir: string, exts: string[]): number {
  let t = 0;
  if (!fs.existsSync(dir)) return t;
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && exts.some((x) => e.name.endsWith(x))) t = Math.max(t, fs.statSync(path.join(e.parentPath, e.name)).mtimeMs);
  }
  return t;
}

export async function pickBuild(root: string): Promise<Build> {
  const dist = path.join(root, 'dist', 'index.js');
  const distCli = path.join(root, 'dist', 'cli.js');
  const sources = Math.max(newest(path.join(root, 'src'), ['.ts']), newest(path.join(root, 'data'), ['.json']));
  if (fs.existsSync(dist) && fs.existsSync(distCli) && fs.statSync(dist).mtimeMs >= sources && fs.statSync(distCli).mtimeMs >= sources) {
    return { kind: 'dist', entry: dist, cli: distCli, nodeArgs: [], note: 'dist/ (newer than src/ and data/)' };
  }
  // inside node_modules so the bundle resolves the package's dependencies, and git ignores it
  const out = path.join(root, 'node_modules', '.cache', 'zh-claims-bench');
  try {
    const esbuild = await import('esbuild');
    const common = { bundle: true, platform: 'node' as const, format: 'esm' as const, target: 'node20', packages: 'external' as const, logLevel: 'silent' as const };
    await esbuild.build({ ...common, entryPoints: { index: path.join(root, 'src', 'index.ts') }, outdir: out });
    await esbuild.build({ ...common, entryPoints: { cli: path.join(root, 'src', 'cli', 'main.ts') }, outdir: out, define: { __ZH_CLAIMS_VERSION__: '"bench"' } });
    return { kind: 'fresh bundle', entry: path.join(out, 'index.js'), cli: path.join(out, 'cli.js'), nodeArgs: [], note: `esbuild bundle of src/ (dist/ ${fs.existsSync(dist) ? 'is older than src/' : 'is missing'})` };
  } catch (e) {
    return { kind: 'tsx', entry: path.join(root, 'src', 'index.ts'), cli: path.join(root, 'src', 'cli', 'main.ts'), nodeArgs: ['--import', 'tsx'], note: `TypeScript sources through tsx (no bundle: ${(e as Error).message.split('\n')[0]})` };
  }
}
