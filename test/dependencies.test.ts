/**
 * The shipped dependency tree, as the lockfile installs it, against advisories looked up by hand
 * (`npm audit` needs an advisory service this machine cannot reach). A lockfile change that
 * brings back a known-bad version, or moves one of the unmaintained packages ExcelJS brings in,
 * fails here and asks for a look. See README, "Dependencies".
 */
import * as fs from 'fs';
import * as path from 'path';

interface LockEntry {
  version: string;
  dev?: boolean;
}

const lock = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };

/** Every installed copy of a package that ships (not dev-only): its path in node_modules and version. */
function shipped(name: string): [string, string][] {
  return Object.entries(lock.packages)
    .filter(([where, entry]) => where.endsWith(`node_modules/${name}`) && !entry.dev)
    .map(([where, entry]) => [where, entry.version]);
}

function compare(a: string, b: string): number {
  const [x, y] = [a, b].map((v) => v.split('-')[0].split('.').map(Number));
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}

/** Advisories on packages in the shipped tree: versions from `from` (inclusive) below `fixed`. */
const ADVISORIES: { name: string; from: string; fixed: string; advisory: string }[] = [
  { name: 'fstream', from: '0.0.0', fixed: '1.0.12', advisory: 'CVE-2019-13173: a hard link in an archive writes over files outside the target' },
  { name: 'jszip', from: '0.0.0', fixed: '3.8.0', advisory: 'CVE-2022-48285: entry names escape the extraction folder' },
  { name: 'unzipper', from: '0.0.0', fixed: '0.8.13', advisory: 'CVE-2018-1002203: zip slip' },
  { name: 'minimatch', from: '0.0.0', fixed: '3.0.5', advisory: 'CVE-2022-3517: regular expression denial of service' },
  { name: 'brace-expansion', from: '1.0.0', fixed: '1.1.12', advisory: 'CVE-2025-5889: regular expression denial of service' },
  { name: 'brace-expansion', from: '2.0.0', fixed: '2.0.2', advisory: 'CVE-2025-5889: regular expression denial of service' },
  { name: 'tmp', from: '0.0.0', fixed: '0.2.4', advisory: 'CVE-2025-54798: a symlinked dir option writes outside the temporary folder' },
];

/** Unmaintained packages ExcelJS 4.4.0 brings in, at the versions reviewed (README, "Dependencies"). */
const REVIEWED: Record<string, string> = {
  exceljs: '4.4.0',
  unzipper: '0.10.14',
  fstream: '1.0.12',
  rimraf: '2.7.1',
  glob: '7.2.3',
  inflight: '1.0.6',
};

describe('shipped dependencies', () => {
  it.each(ADVISORIES)('has no $name in [$from, $fixed) ($advisory)', ({ name, from, fixed }) => {
    const bad = shipped(name).filter(([, version]) => compare(version, from) >= 0 && compare(version, fixed) < 0);
    expect(bad).toEqual([]);
  });

  it('holds the unmaintained packages ExcelJS brings in at the versions reviewed', () => {
    for (const [name, version] of Object.entries(REVIEWED)) expect([name, shipped(name).map(([, v]) => v)]).toEqual([name, [version]]);
  });

  it('ships only ExcelJS, commander and the pre-scan’s fflate and saxes (and docx for notices) at the top', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['commander', 'docx', 'exceljs', 'fflate', 'saxes']);
  });
});
