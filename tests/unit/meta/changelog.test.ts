// One version, written once: package.json holds it, the manifests take it
// from there (WXT writes package.json's version into manifest.json), and the
// changelog has a section for it before a release can go out.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import config from '../../../wxt.config';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const changelog = readFileSync('CHANGELOG.md', 'utf8');
const sections = [...changelog.matchAll(/^## (\d+\.\d+\.\d+)\b/gm)].map((m) => m[1]);

it('the changelog has a section for the current version, first', () => {
  expect(sections[0]).toBe(version);
});

it('the changelog names each version once', () => {
  expect(new Set(sections).size).toBe(sections.length);
});

it.each(['chrome', 'firefox'] as const)(
  'the %s manifest sets no version of its own, so package.json’s is used',
  (browser) => {
    const manifest = config.manifest;
    if (typeof manifest !== 'function')
      throw new Error('wxt.config.ts builds its manifest per browser');
    const built = manifest({ browser, manifestVersion: 3, mode: 'production', command: 'build' });
    expect(built).not.toHaveProperty('version');
    expect(built).not.toHaveProperty('version_name');
  },
);
