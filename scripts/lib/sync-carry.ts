// The browser's sync service, played by a test (the real services cannot run
// here): one profile's sync area arrives at another as the browser would
// carry it, each key as its newest write, a key removed there removed here,
// and the receiving computer's own keys left as its own. Shared by the
// Chromium and Firefox specs.
export type Area = Record<string, unknown>;

export interface SyncEnd {
  area(): Promise<Area>;
  ownId(): Promise<string>;
  write(set: Area, remove: string[]): Promise<void>;
}

export async function carry(from: SyncEnd, to: SyncEnd): Promise<void> {
  const [area, there, id] = await Promise.all([from.area(), to.area(), to.ownId()]);
  const theirs = (key: string) => !key.startsWith(`sw:${id}`);
  const set = Object.fromEntries(
    Object.entries(area).filter(
      ([k, v]) => theirs(k) && JSON.stringify(v) !== JSON.stringify(there[k]),
    ),
  );
  const remove = Object.keys(there).filter((k) => theirs(k) && !(k in area));
  await to.write(set, remove);
}

/** Whether `computer`'s own keys in `area` hold `text` (its latest change was written). */
export const sent = (area: Area, computer: string, text: string) =>
  Object.entries(area).some(
    ([k, v]) => k.startsWith(`sw:${computer}`) && JSON.stringify(v).includes(text),
  );
