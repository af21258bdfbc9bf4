// Code run in Firefox straight over puppeteer's WebDriver BiDi connection:
// in the privileged chrome scope (prefs, tabs, the add-on manager), and in a
// tab the extension opened itself, for which puppeteer makes no page object.
// puppeteer's connection is internal (not in its types) but stable in the
// pinned 24.43.1.
import type { Browser } from 'puppeteer-core';

interface BidiReply {
  result: {
    contexts?: { context: string; url: string }[];
    type?: string;
    result?: { value?: unknown };
    exceptionDetails?: { text: string };
  };
}

export interface BidiConnection {
  send(method: string, params: object): Promise<BidiReply>;
}

export function bidiOf(browser: Browser): BidiConnection {
  return (browser as unknown as { connection: BidiConnection }).connection;
}

async function evaluate<T>(bidi: BidiConnection, context: string, expression: string) {
  const { result } = await bidi.send('script.evaluate', {
    expression,
    target: { context },
    awaitPromise: true,
  });
  if (result.type === 'exception') throw new Error(result.exceptionDetails?.text);
  return result.result?.value as T;
}

/** Evaluates an expression in Firefox's privileged chrome scope. */
export async function inChrome<T>(bidi: BidiConnection, expression: string): Promise<T> {
  const tree = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const context = tree.result.contexts?.[0]?.context;
  if (!context) throw new Error('Firefox has no chrome window');
  return evaluate<T>(bidi, context, expression);
}

/**
 * Evaluates an expression in the tab whose address ends with `ending`, once
 * that tab's page can run the extension's code (its `browser` is there: a
 * page just committed may not have it yet), waiting up to 10 s; undefined
 * when no such tab came. An expression that throws is tried again until then.
 */
export async function inTab<T>(
  bidi: BidiConnection,
  ending: string,
  expression: string,
): Promise<T | undefined> {
  const until = Date.now() + 10_000;
  const ready = `globalThis.browser?.runtime?.id ? (${expression}) : undefined`;
  let failure: unknown;
  while (Date.now() < until) {
    const tree = await bidi.send('browsingContext.getTree', { maxDepth: 0 });
    const tab = tree.result.contexts?.find((c) => c.url.endsWith(ending));
    if (tab) {
      try {
        const value = await evaluate<T | undefined>(bidi, tab.context, ready);
        if (value !== undefined) return value;
      } catch (error) {
        failure = error;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (failure) throw failure;
  return undefined;
}
