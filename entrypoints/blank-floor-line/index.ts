// The floor page's one script: it writes the blank page's line, as the
// first-paint script writes today's list. Built into the test build only.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

export default defineUnlistedScript(() => {
  const line = document.getElementById('app');
  if (line) line.textContent = 'Blank';
});
