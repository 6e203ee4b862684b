import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenLinks, parseMarkdown } from './support/markdown.js';

/**
 * The README is a front page and the guides live in docs/ and
 * bench/README.md: every relative link between them (and to the files they
 * name) must resolve, anchors included, as GitHub would render them.
 */
const root = fileURLToPath(new URL('..', import.meta.url));

const pages = [
  'README.md',
  'CHANGELOG.md',
  'bench/README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

describe('links in the README and the guides', () => {
  it.each(pages)('%s: every relative link resolves', (page) => {
    expect(brokenLinks(root, page)).toEqual([]);
  });

  it('the README links to every guide in docs/ and to the benchmark report', () => {
    const { hrefs } = parseMarkdown(readFileSync(join(root, 'README.md'), 'utf8'));
    const guides = pages.filter((p) => p.startsWith('docs/') || p === 'bench/README.md' || p === 'CHANGELOG.md');
    for (const guide of guides) expect(hrefs, guide).toContain(guide);
  });

  it('the README stays a front page', () => {
    const lines = readFileSync(join(root, 'README.md'), 'utf8').split('\n').length;
    expect(lines).toBeLessThanOrEqual(200);
  });
});

describe('the link checker', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-links-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds missing files, missing anchors and anchors on folders, and passes good links', () => {
    mkdirSync(join(dir, 'docs'));
    writeFileSync(
      join(dir, 'docs/guide.md'),
      '# A guide\n\n## Tokens and roles\n\n## `npm test` in CI\n\n## Tokens and roles\n\nsee [top](#a-guide)\n',
    );
    writeFileSync(
      join(dir, 'README.md'),
      [
        '# Front',
        '[ok](docs/guide.md) [ok](docs/guide.md#tokens-and-roles) [ok](docs/guide.md#tokens-and-roles-1)',
        '[ok](docs/guide.md#npm-test-in-ci) [ok](docs/) [ok](#front) [site](https://example.org/x.md#y)',
        '![missing picture](docs/images/none.png) [missing](docs/nothing.md) [no anchor](docs/guide.md#nothing)',
        '[folder anchor](docs/#x) [outside](../elsewhere.md)',
        '`[in code](docs/nothing-either.md)`',
        '```md\n[in a block](docs/nor-this.md)\n```',
      ].join('\n\n'),
    );
    expect(brokenLinks(dir, 'docs/guide.md')).toEqual([]);
    expect(brokenLinks(dir, 'README.md')).toEqual([
      'README.md: (docs/images/none.png) names docs/images/none.png, which does not exist',
      'README.md: (docs/nothing.md) names docs/nothing.md, which does not exist',
      'README.md: (docs/guide.md#nothing): docs/guide.md has no heading #nothing',
      'README.md: (docs/#x) has an anchor, but docs is no Markdown page',
      'README.md: (../elsewhere.md) leaves the repository',
    ]);
  });
});
