import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findChromium } from './support/browser.js';

/** Where the browser tests look for a browser, without root: CHROMIUM_PATH, then the PATH. */
describe('finding a browser for the Explorer tests', () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-browsers-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const fake = (name: string) => {
    const file = join(dir, name);
    writeFileSync(file, '#!/bin/sh\n');
    chmodSync(file, 0o755);
    return file;
  };

  it('takes CHROMIUM_PATH first, and names it when it is wrong', () => {
    const chrome = fake('google-chrome');
    expect(findChromium({ CHROMIUM_PATH: chrome, PATH: '' })).toBe(chrome);
    expect(() => findChromium({ CHROMIUM_PATH: join(dir, 'nothing'), PATH: dir })).toThrow(/CHROMIUM_PATH=.*nothing/);
  });

  it('then chromium, chromium-browser and google-chrome on the PATH, in that order', () => {
    const other = mkdtempSync(join(dir, 'bin-'));
    expect(findChromium({ PATH: `${other}:${dir}` })).toBe(join(dir, 'google-chrome'));
    const browser = fake('chromium-browser');
    expect(findChromium({ PATH: dir })).toBe(browser);
  });

  it('fails with one line naming CHROMIUM_PATH when there is none', () => {
    const empty = mkdtempSync(join(dir, 'empty-'));
    let message = '';
    try {
      findChromium({ PATH: empty });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/CHROMIUM_PATH/);
    expect(message.split('\n')).toHaveLength(1);
  });
});
