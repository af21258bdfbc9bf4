import { browser } from 'wxt/browser';
import { POPUP_PORT } from '@/utils/messages';
import { takeEarlyInput } from '@/utils/ui/early-input';
import { saveHeldWins } from '@/utils/ui/held-wins';
import { mountPage } from '@/utils/ui/mount';
import { App } from './App';
import './popup.css';

// The first-paint script drew the field and focused it; whatever was typed
// (and any Enter pressed) before this module ran is carried over, in order.
const early = takeEarlyInput('win-text');
mountPage('popupTitle', App);
early.restore();
void saveHeldWins(early.held, 'win-text');

// Closing the popup closes this port: the worker then reads focus afresh.
browser.runtime.connect({ name: POPUP_PORT });
