// Every page starts the same way: language and direction from the browser,
// a translated title, then the app rendered into #app, marked as
// "app-rendered" for the benchmark and the first-paint tests.
import { type ComponentType, render } from 'preact';
import { browser } from 'wxt/browser';
import { type MessageKey, t, uiLanguage } from '@/utils/i18n';
import '@/assets/theme.css';

export function mountPage(titleKey: MessageKey, App: ComponentType) {
  document.documentElement.lang = uiLanguage();
  document.documentElement.dir = browser.i18n.getMessage('@@bidi_dir') || 'ltr';
  document.title = t(titleKey);
  const root = document.getElementById('app');
  if (root) render(<App />, root);
  // When the app first rendered (over the first paint, where there is one).
  performance.mark('app-rendered');
}
