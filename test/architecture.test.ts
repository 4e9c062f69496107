/**
 * The README's architecture diagram names every folder and every engine module as they are, so a
 * module added, moved or renamed without its line in the diagram fails here (README,
 * "Architecture").
 */
import * as fs from 'fs';
import * as path from 'path';

const root = path.join(__dirname, '..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const diagram = /### Architecture\s+```\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';

const folders = (dir: string) => fs.readdirSync(path.join(root, dir), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
const modules = (dir: string) => fs.readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, ''));

/** The diagram's lines for one engine folder: from "values/" up to the next folder's name. */
function engineSection(folder: string): string {
  const lines = diagram.split('\n');
  const start = lines.findIndex((line) => line.trimStart().startsWith(`${folder}/ `));
  if (start < 0) return '';
  const next = lines.findIndex((line, i) => i > start && /^\s+[a-z]+\/ /.test(line));
  return lines.slice(start, next < 0 ? undefined : next).join('\n');
}

describe('the README architecture diagram', () => {
  it('names every surface and adapter folder', () => {
    expect(diagram).not.toBe('');
    const named = [...folders('src').filter((f) => f !== 'engine' && f !== 'adapters'), ...folders('src/adapters').map((f) => `adapters/${f}`)];
    expect(named.filter((f) => !diagram.includes(`src/${f}`))).toEqual([]);
  });

  it('names every engine module under its folder', () => {
    const missing = folders('src/engine').flatMap((folder) => {
      const section = engineSection(folder);
      if (section === '') return [`${folder}/`];
      return modules(`src/engine/${folder}`).filter((name) => !new RegExp(`(^|[^a-z-])${name}($|[^a-z-])`).test(section.replace(`${folder}/`, ''))).map((name) => `${folder}/${name}`);
    });
    expect(missing).toEqual([]);
  });
});
