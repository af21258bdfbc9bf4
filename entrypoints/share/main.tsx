import { mountPage } from '@/utils/ui/mount';
import { App } from './App';
import './share.css';

mountPage('shareTitle', App);
