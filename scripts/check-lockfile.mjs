// npm sometimes drops optional platform packages from package-lock.json when a registry lookup
// fails mid-install, and `npm ci` on a fresh machine then refuses the lockfile. Catch it here,
// before CI does.
import { readFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
const missing = [];
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const name of Object.keys(entry.optionalDependencies ?? {})) {
    const nested = `${path}/node_modules/${name}`;
    if (!lock.packages[`node_modules/${name}`] && !lock.packages[nested]) {
      missing.push(`${path || '(root)'} -> ${name}`);
    }
  }
}
if (missing.length > 0) {
  console.error(
    `package-lock.json lacks optional packages (rerun npm install):\n${missing.join('\n')}`,
  );
  process.exit(1);
}
console.log('package-lock.json records every optional package.');
