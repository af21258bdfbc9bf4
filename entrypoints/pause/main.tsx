import { mountPage } from '@/utils/ui/mount';
import { App } from './App';
import './pause.css';

mountPage('pauseTitle', App);
