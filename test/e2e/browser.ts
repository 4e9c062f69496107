/**
 * The task pane in Debian's chromium against the test host: a static server for dist/, the
 * browser, and `openPane` with office.js answered by test-output/e2e/host.js. Used by the browser
 * tests and by the pane's benchmark (`npm run bench -- pane`); both need `npm run test:e2e`'s
 * builds (dist/ and the host bundle) first.
 */
import * as fs from 'fs';
import * as http from 'http';
import { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { BrowserContext, chromium, Page } from 'playwright-core';

/** The repository's root, from here or from the benchmarks' compiled copy under dist/bench. */
function repositoryRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

const root = repositoryRoot();
const dist = path.join(root, 'dist');
export const E2E_OUTPUT = path.join(root, 'test-output', 'e2e');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.png': 'image/png', '.xml': 'application/xml' };

/** A sheet of the workbook the pane opens: values from A1, hidden rows and columns (0-based). */
export interface PaneSheet {
  name: string;
  values: unknown[][];
  hiddenRows?: number[];
  hiddenColumns?: number[];
}

export interface PaneBrowser {
  openPane(sheets: PaneSheet[], options?: PaneOptions): Promise<Opened>;
  close(): Promise<void>;
}

export interface PaneOptions {
  language?: string;
  width?: number;
  height?: number;
  theme?: Record<string, string>;
  /** The host's highest ExcelApi 1.x (the test host's default: every set). */
  excelApi?: number;
  /** The shared runtime starts with the workbook, pane hidden (document.visibilityState "hidden"). */
  hidden?: boolean;
}

export interface Opened {
  page: Page;
  consoleErrors: string[];
  excel: <T>(call: string, ...args: unknown[]) => Promise<T>;
}

function serveDist(): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    const file = path.join(dist, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (!file.startsWith(dist) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Waits until the pane is idle: opened, or done with the step last clicked (a click marks it busy at once). */
export const settled = (page: Page) => page.waitForFunction(() => document.body.dataset.state === 'ready');

export async function launchPane(): Promise<PaneBrowser> {
  const hostScript = fs.readFileSync(path.join(E2E_OUTPUT, 'host.js'), 'utf8');
  const server = await serveDist();
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'cntt-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(userData, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const openPane = async (sheets: PaneSheet[], options: PaneOptions = {}): Promise<Opened> => {
    const page = await context.newPage();
    await page.setViewportSize({ width: options.width ?? 360, height: options.height ?? 900 });
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ contentType: 'text/javascript', body: hostScript }));
    await page.addInitScript((setup) => {
      (window as unknown as Record<string, unknown>).__CNTT_WORKBOOK__ = setup;
      if (setup.hidden) Object.defineProperty(document, 'visibilityState', { get: () => 'hidden' });
    }, { sheets, language: options.language, theme: options.theme, hidden: options.hidden, excelApi: options.excelApi });
    await page.goto(`${origin}/taskpane.html`);
    if (!options.hidden) await settled(page);
    const excel = <T>(call: string, ...args: unknown[]) =>
      page.evaluate(({ call, args }) => (window as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>).__CNTT_EXCEL__[call](...args) as T, { call, args });
    return { page, consoleErrors, excel };
  };
  const close = async () => {
    await context.close();
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(userData, { recursive: true, force: true });
  };
  return { openPane, close };
}
