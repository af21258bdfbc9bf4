import { getDb } from '@/utils/store/db';
import { takeEarlyInput } from '@/utils/ui/early-input';
import { saveHeldWins } from '@/utils/ui/held-wins';
import { mountPage } from '@/utils/ui/mount';
import { App } from './App';
import './newtab.css';

// Open the database while settings are read, not after.
void getDb();
// The first-paint script drew the page and held what was typed: take it over.
const early = takeEarlyInput('newtab-win-text');
mountPage('newtabTitle', App);
early.restore();
void saveHeldWins(early.held, 'newtab-win-text');
// Backups and other care, in their own chunk, once the page is idle.
void import('@/utils/store/page-open').then((m) => m.careWhenIdle());
