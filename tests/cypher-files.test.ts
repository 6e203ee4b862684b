import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compact, cypher } from '../src/cypher.js';

/**
 * The statements in cypher/ as they are sent (src/cypher.ts compacts each:
 * no comment lines, no indentation, no blank lines). Compacting trims each
 * line, which would change a string literal that ran across lines: none
 * does, and the code of every statement is what its file says.
 */

const dir = resolve(import.meta.dirname, '../cypher');
const files = (at: string): string[] =>
  readdirSync(at, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(at, e.name)) : e.name.endsWith('.cypher') ? [join(at, e.name)] : [],
  );
const statementFiles = files(dir);

/** The lines on which a quoted literal is still open at the line's end (comments skipped). */
function openLiterals(text: string): number[] {
  const open: number[] = [];
  let quote: string | null = null;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      else if (c === '\n') open.push(line);
    } else if (c === '/' && text[i + 1] === '/') {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    if (c === '\n') line++;
  }
  return open;
}

/** The code of a statement: comment lines out, every run of white space one space. */
const code = (text: string) =>
  text
    .split('\n')
    .filter((l) => !l.trim().startsWith('//'))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('the Cypher statements as sent', () => {
  it('are read from the files, more than a hundred of them', () => {
    expect(statementFiles.length).toBeGreaterThan(100);
  });

  it('hold no string that runs across lines, so trimming lines changes no literal', () => {
    const spanning = statementFiles.flatMap((f) =>
      openLiterals(readFileSync(f, 'utf8')).map((line) => `${relative(dir, f)}:${line}`),
    );
    expect(spanning).toEqual([]);
  });

  it('are each file’s code without its comments, indentation and blank lines', () => {
    for (const file of statementFiles) {
      const text = readFileSync(file, 'utf8');
      const sent = cypher(relative(dir, file).replace(/\.cypher$/, ''));
      expect(sent).toBe(compact(text));
      expect(code(sent)).toBe(code(text));
      expect(sent.split('\n').filter((l) => l.startsWith('//') || l !== l.trim() || l === '')).toEqual([]);
    }
  });

  it('keep a literal with // in it and a comment after code on its line', () => {
    const text = "// what it does\n  MATCH (a:Article {url: 'https://example.org/x'}) // by its URL\n\n  RETURN a\n";
    expect(compact(text)).toBe("MATCH (a:Article {url: 'https://example.org/x'}) // by its URL\nRETURN a");
  });
});
