// Every unit test starts from an empty fake browser and an empty database.
// Deleting (rather than swapping the factory) also proves that an open
// connection closes itself when someone else needs the database.
import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DB_NAME } from '../../utils/store/db';

beforeEach(async () => {
  fakeBrowser.reset();
  await deleteDB(DB_NAME, {
    blocked() {
      throw new Error('a connection did not close for the delete');
    },
  });
});
