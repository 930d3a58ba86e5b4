import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

/** What a packaging step printed; throws with all of it when the step fails. */
export function run(cmd: string, args: string[], cwd: string, opts: { input?: string; allowFail?: boolean; env?: NodeJS.ProcessEnv } = {}): SpawnSyncReturns<string> {
  const r = spawnSync(cmd, args, {
    cwd, encoding: 'utf8', input: opts.input, maxBuffer: 256 << 20, timeout: 600_000,
    env: { ...process.env, npm_config_yes: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', ...opts.env },
  });
  if (!opts.allowFail && r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} (in ${cwd}) exited ${r.status ?? r.signal}\n${r.error ?? ''}\n${r.stdout}\n${r.stderr}`);
  }
  return r;
}

/** Build inputs copied to the staging tree: everything but outputs, installs and history. */
const SKIP = new Set(['node_modules', 'dist', '.git', '.eval-out', 'coverage']);

export interface Packed { tmp: string; tarball: string; packageJson: Record<string, unknown>; cleanup(): void }

/**
 * `npm pack` as a release would run it (prepack builds dist/), in a staging copy of the
 * repository so the working tree's dist/ is left alone.
 */
export function packInStaging(): Packed {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-claims-pack-'));
  const cleanup = () => fs.rmSync(tmp, { recursive: true, force: true });
  try {
    const stage = path.join(tmp, 'stage');
    fs.mkdirSync(stage);
    for (const entry of fs.readdirSync(root)) {
      if (SKIP.has(entry) || entry.endsWith('.tgz')) continue;
      fs.cpSync(path.join(root, entry), path.join(stage, entry), { recursive: true });
    }
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(stage, 'node_modules'), 'dir');
    const out = run('npm', ['pack', '--json', '--pack-destination', tmp], stage).stdout;
    const filename = (JSON.parse(out.slice(out.indexOf('[\n'))) as Array<{ filename: string }>)[0]!.filename;
    const packageJson = JSON.parse(fs.readFileSync(path.join(stage, 'package.json'), 'utf8')) as Record<string, unknown>;
    return { tmp, tarball: path.join(tmp, filename), packageJson, cleanup };
  } catch (e) {
    cleanup();
    throw e;
  }
}

/**
 * A fresh project with the tarball installed from the local npm cache, without optional
 * dependencies: no nodejieba, so the library must fall back to Intl.Segmenter.
 */
export function installInFreshProject(tmp: string, tarball: string): string {
  const dir = path.join(tmp, 'consumer');
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'zh-claims-consumer', version: '1.0.0', private: true }, null, 2));
  const args = ['install', '--omit=optional', '--no-audit', '--no-fund', '--no-package-lock', tarball];
  // offline first (CI has just filled the cache with npm ci); the registry only if that fails
  const offline = run('npm', [...args, '--offline'], dir, { allowFail: true });
  if (offline.status !== 0) run('npm', [...args, '--prefer-offline'], dir);
  return dir;
}

export const tools = {
  tsc: (project: string, cwd: string) => run(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project], cwd, { allowFail: true }),
  publint: (tarball: string, cwd: string) => run(bin('publint'), ['run', tarball, '--level', 'suggestion', '--strict'], cwd, { allowFail: true }),
  attw: (tarball: string, cwd: string, extra: string[]) => run(bin('attw'), [tarball, '--format', 'ascii', '--no-color', '--no-emoji', ...extra], cwd, { allowFail: true }),
};
