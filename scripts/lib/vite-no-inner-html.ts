// Removes Preact's dangerouslySetInnerHTML branch from the build. Small Wins
// never sets HTML from data (lint forbids the prop), so the only innerHTML
// write in the bundle is dead code that store reviewers and `web-ext lint`
// rightly flag. If Preact's code changes shape the build stops here, so the
// patch can never silently fall away.
import type { Plugin } from 'vite';

const BRANCH =
  'if(h)c||p&&(h.__html==p.__html||h.__html==u.innerHTML)||(u.innerHTML=h.__html),t.__k=[];else if(p&&(u.innerHTML=""),';
const REPLACEMENT =
  'if(h)throw Error("dangerouslySetInnerHTML is disabled in Small Wins");else if(p&&(u.textContent=""),';

export function noInnerHtml(): Plugin {
  return {
    name: 'small-wins:no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/node_modules[\\/]preact[\\/]dist[\\/]preact\.module\.js$/.test(id)) return undefined;
      if (!code.includes(BRANCH)) {
        throw new Error(
          'Preact changed: update scripts/vite-no-inner-html.ts for its innerHTML branch',
        );
      }
      return { code: code.replace(BRANCH, REPLACEMENT), map: null };
    },
  };
}
