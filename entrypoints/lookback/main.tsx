import { mountPage } from '@/utils/ui/mount';
import { App } from './App';
// The cards share the new tab's look: one place for how a card is drawn.
import '../newtab/newtab.css';
import './lookback-page.css';

mountPage('lookBackTitle', App);
