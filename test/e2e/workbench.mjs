// Opens VS Code's workbench in Debian chromium through playwright-core (no browser download).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format } from 'node:util';
import { chromium } from 'playwright-core';

const chromiumPath = process.env.BRIEFMARK_CHROMIUM || '/usr/bin/chromium';
// Workbench chatter forwarded with the extension host's console: connection set-up, services this
// offline machine cannot reach, and features the tests do not use.
const noise = /ENOTFOUND|Creating a socket|connection token|reconnection-grace|AgentHost|ChatModelSelection|ChatSessionStore|AccountPolicy|Service Worker|builtin extensions cache|No default agent/;

export async function launchBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'briefmark-chromium-'));
  // The flags keep chromium from reaching for Google's hosts, which this machine cannot reach.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath, headless: true, viewport: { width: 1400, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  profiles.set(context, profile);
  return context;
}

const profiles = new WeakMap();

/**
 * Closes a browser from launchBrowser and removes its profile (about 20 MB: every run would leave
 * one in the temp folder). Chromium may still be writing there as it exits, so the removal is
 * retried, and a profile that cannot be removed never fails the run.
 */
export async function closeBrowser(context) {
  await context.close();
  const profile = profiles.get(context);
  if (!profile) return;
  try {
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  } catch {
    // Left in the temp folder.
  }
}

/** The workbench URL for a folder, with development/test locations as VS Code's `payload` parameter. */
export function workbenchUrl(serverUrl, folder, payload = {}) {
  const host = new URL(serverUrl).host;
  const entries = Object.entries(payload).map(([k, v]) => [k, v === 'true' ? v : `vscode-remote://${host}${v}`]);
  entries.push(['skipWelcome', 'true']);
  return `${serverUrl}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(entries))}`;
}

/**
 * Runs the in-host suite: VS Code loads `testsPath` in the extension host, which exits through
 * `window.codeAutomationExit(code)`; that code is returned. Extension host console output is printed.
 */
export async function runInHostTests({ serverUrl, folder, hostPath, testsPath, timeoutMs, log }) {
  const browser = await launchBrowser();
  try {
    const page = browser.pages()[0] || await browser.newPage();
    const exited = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (code) => resolve(code)));
    await page.exposeFunction('codeAutomationLog', (_type, args) => {
      const line = format(...(args || []));
      if (!noise.test(line)) log(line);
    });
    page.on('pageerror', (e) => log(`[pageerror] ${e.message}`));
    await page.goto(workbenchUrl(serverUrl, folder, { extensionDevelopmentPath: hostPath, extensionTestsPath: testsPath }));
    let timer;
    const timedOut = new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), timeoutMs); });
    const code = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    if (code === 'timeout') { log(`in-host tests did not finish within ${timeoutMs / 1000} s`); return 1; }
    return code;
  } finally {
    await closeBrowser(browser);
  }
}
