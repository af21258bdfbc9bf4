// Every page's foundation in one chunk: Preact, the browser API, words,
// dates, the database and the page bootstrap. Left to itself, Rollup splits
// shared code by which pages happen to use each module, so a change to one
// page (a part loaded lazily, an import moved) reshuffled the others into
// more, smaller chunks and pushed them over the script budget by the few
// hundred bytes each extra file costs. Naming the foundation keeps it one
// file whatever the pages do. Only the pages' build (ES modules) is split;
// the worker and the first-paint script are single files.
import type { Plugin } from 'vite';

/** What every page needs before it can show anything of its own. */
const BASE = [
  /\/node_modules\/(preact|webextension-polyfill|idb)\//,
  /^\0commonjsHelpers\.js$/,
  /^\0?virtual:wxt-(html-)?plugins$/,
  /\/utils\/(i18n|log|messages)\.ts$/,
  /\/utils\/ui\/(mount\.tsx|format\.ts)$/,
  /\/utils\/core\/(day|day-start)\.ts$/,
  /\/utils\/store\/(db|item|items|today)\.ts$/,
  // How every page does what a person asks, and says what went wrong.
  /\/hooks\/use-action\.ts$/,
  /\/components\/shared\/Problem\.tsx$/,
  /\/assets\/theme\.css$/,
];

export function isBase(id: string): boolean {
  const path = id.replace(/\?.*$/, '');
  return BASE.some((pattern) => pattern.test(path));
}

export function baseChunk(): Plugin {
  return {
    name: 'small-wins-base-chunk',
    outputOptions(options) {
      if (options.format !== 'es' && options.format !== undefined) return null;
      return { ...options, manualChunks: (id) => (isBase(id) ? 'base' : undefined) };
    },
  };
}
