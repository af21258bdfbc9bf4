// `npm start` opens the product's own new tab in Chromium, adds --no-sandbox
// only as root (where Chromium refuses to run without it), and says plainly
// why the browser did not start.
import { describe, expect, it } from 'vitest';
import { startFailure, startPlan, unpackedExtensionId } from '../../../scripts/lib/start-plan';

describe('npm start', () => {
  it("knows the id Chromium 156 gives an unpacked extension from its folder's path", () => {
    // Read from the browser: the test build loaded from this path ran as this id.
    expect(unpackedExtensionId('/work/wt-welcome/.output-test/chrome-mv3')).toBe(
      'ihdgnhiijphfpophdaecehdmfkiebpck',
    );
  });

  it("opens the extension's new tab, not the browser's own, with only the extension loaded", () => {
    const { args, note } = startPlan('/x/chrome-mv3', '/tmp/p', false);
    expect(args).toContain('--load-extension=/x/chrome-mv3');
    expect(args).toContain('--disable-extensions-except=/x/chrome-mv3');
    expect(args).toContain('--user-data-dir=/tmp/p');
    expect(args.at(-1)).toBe(
      `chrome-extension://${unpackedExtensionId('/x/chrome-mv3')}/newtab.html`,
    );
    expect(args).not.toContain('--no-sandbox');
    expect(args.some((a) => a.startsWith('chrome://'))).toBe(false);
    expect(note).toBeUndefined();
  });

  it('adds --no-sandbox as root, and says so in one line', () => {
    const { args, note } = startPlan('/x/chrome-mv3', '/tmp/p', true);
    expect(args).toContain('--no-sandbox');
    expect(note).toMatch(/^Running as root, .*--no-sandbox/);
    expect(note?.split('\n')).toHaveLength(1);
  });

  it('explains the failures it knows, and quotes the last words of others', () => {
    expect(
      startFailure(
        'chromium',
        1,
        '[0101/000000.000:ERROR:zygote_host_impl_linux.cc(101)] Running as root without --no-sandbox is not supported.',
      ),
    ).toBe(
      'chromium will not run as root without --no-sandbox. Run npm start as your own user, not root.',
    );
    expect(startFailure('chromium', 1, 'ERROR: Missing X server or $DISPLAY')).toMatch(
      /no display here/,
    );
    expect(startFailure('chromium', 134, 'one\ntwo\nthree\nfour')).toBe(
      'chromium stopped at once (exit code 134). It said:\ntwo\nthree\nfour',
    );
  });
});
