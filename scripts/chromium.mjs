// Finds a system Chromium for the tests. Nothing here downloads a browser: on Debian as root it
// installs the distribution's package; elsewhere it says what to install.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

/** Flags for headless Chromium here: root needs --no-sandbox; the network is closed. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

function find() {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    throw new Error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, which does not exist.`);
  }
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

const isDebian = () => existsSync('/etc/debian_version') || /ID(_LIKE)?=.*debian/.test(readFileSync('/etc/os-release', 'utf8'));

/** Returns the path of a Chromium binary, installing Debian's package when allowed. */
export function ensureChromium() {
  const found = find();
  if (found) return found;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && isDebian()) {
    console.log('No Chromium found: installing Debian\'s chromium package (apt-get, --no-install-recommends)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
    const installed = find();
    if (installed) return installed;
  }
  console.error(
    [
      'chat-kit tests need a Chromium or Chrome browser, and none was found.',
      'Install one, then run `npm test` again:',
      '  Debian/Ubuntu:  sudo apt-get install --no-install-recommends chromium',
      '  Fedora:         sudo dnf install chromium',
      '  macOS:          brew install --cask chromium',
      'or point CHROME_PATH at an existing Chrome/Chromium binary.',
    ].join('\n'),
  );
  process.exit(1);
}
