// Run before the browser tests and benchmarks: makes sure a Chromium is there, so that
// `npm test` works on a fresh machine. Playwright cannot download its own browser on our
// machines, so Debian's is installed with apt-get when we may (as root); otherwise this says
// exactly what to do.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** The Chromium the tests will launch, or undefined when there is none. */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, DEBIAN_CHROMIUM, chromium.executablePath()];
  return candidates.find((p): p is string => !!p && existsSync(p));
}

function install() {
  const root = process.getuid?.() === 0;
  const apt = existsSync('/usr/bin/apt-get');
  if (!root || !apt) {
    console.error(
      `No Chromium found. Install Debian's (sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable.`,
    );
    process.exit(1);
  }
  console.log('No Chromium found: installing Debian’s (apt-get install -y chromium)…');
  const run = (cmd: string) =>
    execSync(cmd, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  try {
    run('apt-get install -y chromium');
  } catch {
    // A fresh machine may not have the package lists yet.
    run('apt-get update && apt-get install -y chromium');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!findChromium()) install();
  const found = findChromium();
  if (!found) {
    console.error('Chromium is still missing after the install.');
    process.exit(1);
  }
}
