// Installs the browser packages of package.json from the committed package-lock.json (npm ci) when the lock
// file changed since the last install, then copies the files listed under "serve" into the folder given as
// the first argument (the server's classpath). Run by the Maven build; adding a package means adding it to
// "dependencies" (npm install --save-exact NAME) and the files the pages need to "serve".
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const target = process.argv[2];
if (!target) {
  console.error('usage: node install-assets.mjs TARGET_DIR');
  process.exit(2);
}

const lock = readFileSync(join(here, 'package-lock.json'));
const wanted = createHash('sha256').update(lock).digest('hex');
const stamp = join(here, 'node_modules', '.installed-from-lock.sha256');
if (!existsSync(stamp) || readFileSync(stamp, 'utf8').trim() !== wanted) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const run = spawnSync(npm, ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: here, stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`npm ci failed (exit ${run.status ?? run.error}); the browser assets cannot be installed`);
    process.exit(1);
  }
  writeFileSync(stamp, wanted + '\n');
}

const pkg = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));
for (const file of pkg.serve ?? []) {
  const from = resolve(here, 'node_modules', file);
  if (!from.startsWith(resolve(here, 'node_modules'))) throw new Error(`"serve" entry leaves node_modules: ${file}`);
  if (!existsSync(from)) {
    console.error(`"serve" names ${file}, which the installed packages do not contain`);
    process.exit(1);
  }
  const to = join(target, file);
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
}
console.log(`browser assets: ${(pkg.serve ?? []).length} files in ${target}`);
