// @ts-check
/** What the results were measured on, for results.md. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';

function osName() {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(release)?.[1];
    if (pretty) return `${pretty} (${os.type()} ${os.release()}, ${os.arch()})`;
  } catch {
    // Not Linux: fall through.
  }
  return `${os.type()} ${os.release()} (${os.arch()})`;
}

/**
 * The commit measured, and whether the working tree had changes.
 * @param {string} root
 */
function revision(root) {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: root, encoding: 'utf8' }).trim() !== '';
    return `${commit}${dirty ? ' + uncommitted changes in src/' : ''}`;
  } catch {
    return 'unknown';
  }
}

/**
 * @param {string} root
 * @param {string} chromium `browser.version()`
 */
export function machine(root, chromium) {
  const cpus = os.cpus();
  const bundle = join(root, 'dist/cdn/chat-kit.bundle.js');
  return {
    cpu: `${cpus[0]?.model.trim() ?? 'unknown CPU'} × ${cpus.length}`,
    ram: `${Math.round(os.totalmem() / 2 ** 30)} GB`,
    os: osName(),
    node: process.version,
    chromium,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    load: os.loadavg().map((n) => n.toFixed(1)).join(' / '),
    cores: cpus.length,
    revision: revision(root),
    bundleBuilt: existsSync(bundle) ? statSync(bundle).mtime.toISOString().replace(/\.\d+Z$/, 'Z') : 'missing',
  };
}
