// The welcome page, opened once on a first install.
import { mountPage } from '@/utils/ui/mount';
import { App } from './App';
import '../options/options.css';
import './welcome.css';

mountPage('welcomeTitle', App);
// Backups and other care, in their own chunk, once the page is idle.
void import('@/utils/store/page-open').then((m) => m.careWhenIdle());
