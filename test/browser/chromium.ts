import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/**
 * Real headless Chromium from the system (Debian's `chromium`), driven by playwright-core.
 * CI installs it (.ci/run) and sets ZH_CLAIMS_REQUIRE_BROWSER=1, so a missing browser
 * fails there; on a developer machine without it the browser tests are skipped.
 */
const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const chromiumPath: string | undefined = CANDIDATES.find((p): p is string => !!p && fs.existsSync(p));
export const browserRequired = process.env.ZH_CLAIMS_REQUIRE_BROWSER === '1';
/** Run browser tests when a browser is there, or when CI requires them (then they fail loudly). */
export const runBrowserTests = !!chromiumPath || browserRequired;

export interface LaunchedBrowser { context: BrowserContext; close(): Promise<void> }

export async function launchChromium(): Promise<LaunchedBrowser> {
  if (!chromiumPath) throw new Error('Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'zh-claims-chromium-'));
  // the flags keep Chromium from reaching for the network (it would hang without one)
  // a persistent context is how playwright takes a user data dir: a fresh one per launch
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    timeout: 60_000,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    async close() {
      await context.close().catch(() => undefined);
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
