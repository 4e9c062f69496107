/**
 * The pane's first script must parse in Internet Explorer 11's engine (ES5), where Excel on
 * Windows without WebView2 runs add-ins, and there show the "Excel này quá cũ…" message instead
 * of a blank pane.
 */
import { parse } from 'acorn';
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';

const root = path.join(__dirname, '..', '..');
const source = fs.readFileSync(path.join(root, 'src', 'taskpane', 'old-office.js'), 'utf8');
const probe = fs.readFileSync(path.join(root, 'src', 'taskpane', 'modern-check.js'), 'utf8');

/** A page's body as the script sees it: the message element and the pane's parts. */
function page() {
  const element = (id: string) => ({ id, attributes: new Map<string, string>([['hidden', '']]), removeAttribute(name: string) { this.attributes.delete(name); } });
  const message = element('old-office');
  const pane = [element('toolbar'), element('main')];
  const body = {
    children: [message, ...pane],
    state: 'loading',
    removeChild(child: unknown) { this.children = this.children.filter((c) => c !== child); },
    setAttribute(_: string, value: string) { this.state = value; },
  };
  const loaded: (() => void)[] = [];
  const document = {
    readyState: 'loading',
    body,
    getElementById: (id: string) => (id === 'old-office' ? message : null),
    addEventListener: (type: string, listener: () => void) => type === 'DOMContentLoaded' && loaded.push(listener),
  };
  return { document, body, message, contentLoaded: () => loaded.forEach((listener) => listener()) };
}

describe('old-office.js, the ES5 check before the bundles', () => {
  /** The page's two first scripts, run as an engine would: modern-check.js only where it parses. */
  function load(parsesModern: boolean, globals: Record<string, unknown> = {}) {
    const view = page();
    const window: Record<string, unknown> = {};
    const context = vm.createContext({ window, document: view.document, ...globals });
    vm.runInContext(source, context);
    if (parsesModern) vm.runInContext(probe, context);
    view.contentLoaded();
    return { ...view, window };
  }

  it('parses as ES5, as Internet Explorer 11 reads it; the probe does not', () => {
    expect(() => parse(source, { ecmaVersion: 5 })).not.toThrow();
    expect(() => parse(probe, { ecmaVersion: 5 })).toThrow();
    expect(() => parse(probe, { ecmaVersion: 2020 })).not.toThrow();
  });

  it('shows the message and nothing else where the engine cannot parse the bundles', () => {
    const { body, message } = load(false);
    expect(body.children).toEqual([message]);
    expect(message.attributes.has('hidden')).toBe(false);
    expect(body.state).toBe('old-office');
  });

  it('shows it too where the syntax parses but Promise is missing', () => {
    const { body } = load(true, { Promise: undefined });
    expect(body.state).toBe('old-office');
  });

  it('does nothing in a modern engine, and uses no eval (the page forbids it)', () => {
    const { body, message, window } = load(true, { Function: undefined, eval: undefined });
    expect(window.cnttModernSyntax).toBe(true);
    expect(body.children).toHaveLength(3);
    expect(message.attributes.has('hidden')).toBe(true);
    expect(body.state).toBe('loading');
  });

  it('comes first in the pane, the probe second, and its message is in the page', () => {
    const html = fs.readFileSync(path.join(root, 'src', 'taskpane', 'taskpane.html'), 'utf8');
    const scripts = [...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts.slice(0, 2)).toEqual(['old-office.js', 'modern-check.js']);
    expect(html).toMatch(/<div id="old-office" hidden>[\s\S]*Excel này quá cũ/);
  });
});
