import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { grade, rankInGroup, ranks, ratio } from '../../src/functions/functions';
import { DEV_ORIGIN, productionManifest } from '../../scripts/build-plugins';

const root = path.join(__dirname, '..', '..');
const manifestPath = path.join(root, 'manifest.xml');
const manifest = fs.readFileSync(manifestPath, 'utf8');
const schema = path.resolve(root, '..', 'shared', 'schemas', 'office-addin-manifest', 'OfficeAppManifestV1_1.xsd');

/** Every match of a regular expression's first group. */
const all = (pattern: RegExp, text = manifest) => [...text.matchAll(pattern)].map((m) => m[1]);

function xmllintAvailable(): boolean {
  return spawnSync('xmllint', ['--version']).status === 0;
}

const skipReason = !fs.existsSync(schema)
  ? `skipped: ${path.relative(root, schema)} not found beside the repository`
  : !xmllintAvailable()
    ? 'skipped: xmllint is not installed (apt-get install libxml2-utils)'
    : undefined;
if (skipReason) console.warn(`manifest schema validation ${skipReason}`);

function validate(file: string): { ok: boolean; output: string } {
  const result = spawnSync('xmllint', ['--noout', '--schema', schema, file], { encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

(skipReason ? describe.skip : describe)(`manifest.xml against the Office add-in schemas${skipReason ? ` (${skipReason})` : ''}`, () => {
  it('validates offline with xmllint', () => {
    const result = validate(manifestPath);
    expect(result.output).toContain('validates');
    expect(result.ok).toBe(true);
  });

  it('validates as built for hosting: npm run build -- --env ADDIN_URL=https://…', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-')), 'manifest.xml');
    fs.writeFileSync(file, productionManifest(manifest, 'https://cntt.example.gov.vn/phan-bo-tro/'));
    const result = validate(file);
    expect(result.output).toContain('validates');
    expect(result.ok).toBe(true);
  });

  it('fails a broken manifest, so the check can fail', () => {
    const broken = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-')), 'manifest.xml');
    fs.writeFileSync(broken, manifest.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>Everything</Permissions>'));
    expect(validate(broken).ok).toBe(false);
  });
});

describe("manifest.xml's own rules", () => {
  const defined = new Set(all(/<bt:(?:Image|Url|String) id="([^"]+)"/g));
  const referenced = all(/resid="([^"]+)"/g);

  it('defines every resid it references, each at most 32 characters', () => {
    expect(referenced.length).toBeGreaterThan(5);
    for (const id of referenced) expect(defined).toContain(id);
    for (const id of defined) expect(id.length).toBeLessThanOrEqual(32);
  });

  it('uses only https URLs', () => {
    const urls = all(/(?:DefaultValue|Value)="(\w+:\/\/[^"]+)"/g).concat(all(/<AppDomain>([^<]+)<\/AppDomain>/g));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });

  it('has every icon it names in assets/', () => {
    const icons = all(/"https:\/\/localhost:3000\/assets\/([^"]+)"/g);
    expect(icons.length).toBeGreaterThanOrEqual(4);
    for (const icon of icons) expect(fs.existsSync(path.join(root, 'assets', icon))).toBe(true);
  });

  it('puts the custom functions in the CNTT namespace in the shared runtime', () => {
    expect(manifest).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="CNTT">/);
    expect(manifest).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
    expect(all(/<Set Name="([^"]+)"/g).sort()).toEqual(['CustomFunctionsRuntime', 'ExcelApi', 'SharedRuntime']);
  });

  it('asks to read and write the document, nothing more', () => {
    expect(all(/<Permissions>([^<]+)<\/Permissions>/g)).toEqual(['ReadWriteDocument']);
  });

  it('speaks Vietnamese by default with English for every string', () => {
    expect(manifest).toContain('<DefaultLocale>vi-VN</DefaultLocale>');
    const strings = all(/(<bt:String id="[^"]+"[^>]*>[\s\S]*?<\/bt:String>)/g);
    expect(strings.length).toBeGreaterThan(4);
    for (const s of strings) expect(s).toContain('<bt:Override Locale="en-US"');
  });
});


describe('requirement sets: the manifest declares what the code uses', () => {
  const declared = (set: string) => all(new RegExp(`<Set Name="${set}" MinVersion="([^"]+)"/>`, 'g'))[0];
  const byVersion = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

  it('declares the CustomFunctionsRuntime of every member the functions touch (Error 1.2, ErrorCode 1.3)', () => {
    const runtime = CustomFunctions as unknown as { usedRequirementSets: Set<string> };
    // Every function, on a path that ends in an Excel error and on one that does not.
    const calls: (() => unknown)[] = [() => ratio(832.9, 915), () => ratio('x', 915), () => grade(85), () => grade(10, 0)];
    calls.push(() => rankInGroup(1, [[1]], [['A']], 'B'), () => ranks([[1]], [['A']], 2));
    for (const call of calls) {
      try {
        call();
      } catch (error) {
        if (!(error instanceof CustomFunctions.Error)) throw error;
      }
    }
    const used = [...runtime.usedRequirementSets].sort(byVersion);
    expect(used).toContain('1.3');
    expect(byVersion(declared('CustomFunctionsRuntime'), used[used.length - 1])).toBeGreaterThanOrEqual(0);
  });
});

describe('the production manifest (npm run build -- --env ADDIN_URL=https://…)', () => {
  const hosted = productionManifest(manifest, 'https://cntt.example.gov.vn/phan-bo-tro/');

  it('points every URL at the hosting address, the app domain at its origin, nothing at localhost', () => {
    expect(hosted).not.toContain('localhost');
    const urls = all(/(?:DefaultValue|Value)="(https:\/\/[^"]+)"/g, hosted);
    expect(urls.length).toBe(all(/(?:DefaultValue|Value)="(https:\/\/[^"]+)"/g).length);
    for (const url of urls) expect(url).toMatch(/^https:\/\/cntt\.example\.gov\.vn\/phan-bo-tro\/[\w.-]+(\/[\w.-]+)?$/);
    expect(all(/<AppDomain>([^<]+)<\/AppDomain>/g, hosted)).toEqual(['https://cntt.example.gov.vn']);
    expect(all(/"(https:\/\/[^"]+\/taskpane\.html)"/g, hosted)[0]).toBe('https://cntt.example.gov.vn/phan-bo-tro/taskpane.html');
  });

  it('refuses an address Office would not load from', () => {
    for (const bad of ['http://cntt.example.gov.vn', 'cntt.example.gov.vn', 'https://x.vn/?a=1', '']) {
      expect(() => productionManifest(manifest, bad)).toThrow(/ADDIN_URL must be an https address/);
    }
  });

  it('is what the build writes into dist/ when ADDIN_URL is given, and the dev manifest otherwise', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require('../../webpack.config.js');
    const transformOf = async (env: Record<string, string>) => {
      const built = await config(env, { mode: 'production' });
      const copy = built.plugins.find((p: { patterns?: unknown }) => p.patterns);
      const pattern = copy.patterns.find((p: { from: string }) => p.from === 'manifest.xml');
      return String(await pattern.transform(Buffer.from(manifest)));
    };
    expect(await transformOf({ ADDIN_URL: 'https://cntt.example.gov.vn/phan-bo-tro' })).toBe(hosted);
    expect(await transformOf({})).toContain(`${DEV_ORIGIN}/taskpane.html`);
  });
});
