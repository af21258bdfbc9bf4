// The script budget follows a page's module through its static imports (pages
// list no preloads), so a chunk imported up front is always counted and a
// chunk loaded later with import() never is.
import { describe, expect, it } from 'vitest';
import { staticImports } from '../../../scripts/lib/sizes';

describe('the chunks a built module imports up front', () => {
  it('finds bare, named and re-exporting imports, not import()', () => {
    const code =
      'import"./a-1.js";import{u as t,b}from"./b-2.js";import*as c from"../c-3.js";' +
      'export{x}from"./d-4.js";const e=()=>import("./lazy-5.js");import{y}from"preact";';
    expect(staticImports(code)).toEqual(['./a-1.js', './b-2.js', '../c-3.js', './d-4.js']);
  });
});
