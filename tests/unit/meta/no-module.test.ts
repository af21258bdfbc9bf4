// The bench's baselines lose the module every page is given, and nothing
// else: a classic script the page wrote itself stays.
import { describe, expect, it } from 'vitest';
import { withoutModule } from '../../../scripts/lib/vite-no-module';

describe('a page without a module', () => {
  it('keeps its own classic script and drops every module', () => {
    const html = [
      '<head><script type="module" crossorigin src="/chunks/base-1.js"></script></head>',
      '<body><p id="app"></p><script src="/blank-floor-line.js"></script>',
      '<script type="module" src="/chunks/x.js"></script></body>',
    ].join('\n');
    expect(withoutModule(html)).toBe(
      '<head></head>\n<body><p id="app"></p><script src="/blank-floor-line.js"></script></body>',
    );
  });
});
