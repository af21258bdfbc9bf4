// The intention page: "What are you here for?" before a limited site.
import { mountPage } from '@/utils/ui/mount';
import { App } from './App';
import '../pause/pause.css';
import './intention.css';

mountPage('intentionTitle', App);
