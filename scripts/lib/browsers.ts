// Which browser test projects this machine can run, and what each needs. The
// e2e runner reads this table to skip (or, in CI, refuse) a project whose
// browser or tools are missing; the tests use it to find the same browsers.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fakeTimeLibrary } from './clock';

export interface Requirement {
  /** What is missing, in words: "Firefox ESR". */
  name: string;
  /** The Debian package that provides it. */
  apt: string;
  present: () => boolean;
}

export interface BrowserProject {
  /** The Playwright project name in playwright.config.ts. */
  project: string;
  needs: Requirement[];
}

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export function firefoxPath(): string {
  return process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
}

export function onPath(command: string): boolean {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .some((dir) => dir !== '' && existsSync(join(dir, command)));
}

const chromium: Requirement = {
  name: 'Chromium',
  apt: 'chromium',
  present: () => existsSync(chromiumPath()),
};

const firefox: Requirement = {
  name: 'Firefox ESR',
  apt: 'firefox-esr',
  present: () => existsSync(firefoxPath()),
};

const tool = (command: string, apt: string): Requirement => ({
  name: command,
  apt,
  present: () => onPath(command),
});

const fakeTime: Requirement = {
  name: 'libfaketime',
  apt: 'faketime',
  present: () => fakeTimeLibrary() !== undefined,
};

export const BROWSER_PROJECTS: BrowserProject[] = [
  { project: 'e2e', needs: [chromium] },
  { project: 'year-end', needs: [chromium, fakeTime] },
  { project: 'clock-change', needs: [chromium, fakeTime] },
  { project: 'firefox', needs: [firefox] },
  {
    project: 'headed',
    needs: [
      chromium,
      tool('Xvfb', 'xvfb'),
      tool('xdotool', 'xdotool'),
      tool('xset', 'x11-xserver-utils'),
      tool('xwd', 'x11-apps'),
      {
        name: "Chromium's Spanish locale",
        apt: 'chromium-l10n',
        present: () => existsSync('/usr/lib/chromium/locales/es.pak'),
      },
    ],
  },
];

export function missingFor(project: BrowserProject): Requirement[] {
  return project.needs.filter((need) => !need.present());
}

/** "Firefox ESR not found — install it with: sudo apt-get install firefox-esr" */
export function describeMissing(missing: Requirement[]): string {
  const names = missing.map((m) => m.name).join(', ');
  const packages = [...new Set(missing.map((m) => m.apt))].join(' ');
  const pronoun = missing.length === 1 ? 'it' : 'them';
  return `${names} not found — install ${pronoun} with: sudo apt-get install ${packages}`;
}
