import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import GithubSlugger from 'github-slugger';
import { Lexer, type Token, type Tokens } from 'marked';

/**
 * Reading the project's Markdown as GitHub renders it: the links and images
 * a page holds (not those inside code), the anchors its headings get
 * (GitHub's slugs, duplicates numbered), and its fenced code blocks.
 */

export interface Link {
  /** The Markdown file the link is in, relative to the root. */
  file: string;
  href: string;
}

function walk(tokens: Token[] | undefined, visit: (token: Token) => void) {
  for (const token of tokens ?? []) {
    visit(token);
    const t = token as Token & {
      tokens?: Token[];
      items?: Tokens.ListItem[];
      header?: Tokens.TableCell[];
      rows?: Tokens.TableCell[][];
    };
    walk(t.tokens, visit);
    walk(t.items, visit);
    for (const cell of t.header ?? []) walk(cell.tokens, visit);
    for (const row of t.rows ?? []) for (const cell of row) walk(cell.tokens, visit);
  }
}

/** A heading's text as GitHub reads it for its slug: inline code and emphasis without their marks. */
function plainText(tokens: Token[] | undefined): string {
  return (tokens ?? [])
    .map((t) => {
      const inner = (t as Token & { tokens?: Token[] }).tokens;
      if (inner?.length) return plainText(inner);
      return t.type === 'codespan' || t.type === 'text' || t.type === 'escape' ? (t as Tokens.Text).text : t.raw;
    })
    .join('');
}

export function parseMarkdown(text: string) {
  const tokens = Lexer.lex(text);
  const hrefs: string[] = [];
  const anchors = new Set<string>();
  const code: { lang: string; text: string }[] = [];
  const slugger = new GithubSlugger();
  walk(tokens, (token) => {
    if (token.type === 'link' || token.type === 'image') hrefs.push((token as Tokens.Link).href);
    if (token.type === 'heading') anchors.add(slugger.slug(plainText((token as Tokens.Heading).tokens)));
    if (token.type === 'code')
      code.push({ lang: (token as Tokens.Code).lang ?? '', text: (token as Tokens.Code).text });
  });
  return { hrefs, anchors, code };
}

const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Each relative link of `file` that does not resolve, with why: the file
 * or folder it names is missing, or its `#anchor` is no heading of the
 * page it names. Links to other sites are not followed.
 */
export function brokenLinks(root: string, file: string): string[] {
  const path = join(root, file);
  const { hrefs } = parseMarkdown(readFileSync(path, 'utf8'));
  const problems: string[] = [];
  for (const href of hrefs) {
    if (EXTERNAL.test(href)) continue;
    const [target = '', anchor] = href.split('#', 2) as [string, string | undefined];
    const resolved = target ? resolve(dirname(path), decodeURI(target)) : path;
    const shown = `${file}: (${href})`;
    if (relative(root, resolved).startsWith('..')) {
      problems.push(`${shown} leaves the repository`);
      continue;
    }
    if (!existsSync(resolved)) {
      problems.push(`${shown} names ${relative(root, resolved)}, which does not exist`);
      continue;
    }
    if (anchor === undefined) continue;
    if (statSync(resolved).isDirectory() || !resolved.endsWith('.md')) {
      problems.push(`${shown} has an anchor, but ${relative(root, resolved)} is no Markdown page`);
      continue;
    }
    const { anchors } = parseMarkdown(readFileSync(resolved, 'utf8'));
    if (!anchors.has(anchor)) problems.push(`${shown}: ${relative(root, resolved)} has no heading #${anchor}`);
  }
  return problems;
}

/**
 * The files a guide builds, from its code blocks whose first line names
 * one (`// file: src/client.ts`, `# file: src/operations/x.graphql`): each
 * path with its blocks joined in the order they appear.
 */
export function fileBlocks(text: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const block of parseMarkdown(text).code) {
    const path = /^(?:\/\/|#) file: (\S+)\s*$/.exec(block.text.split('\n', 1)[0] ?? '')?.[1];
    if (!path) continue;
    const before = files.get(path);
    files.set(path, before === undefined ? `${block.text}\n` : `${before}\n${block.text}\n`);
  }
  return files;
}
