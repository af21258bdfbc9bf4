import { mountPage } from '@/utils/ui/mount';
import { App } from './App';
import './options.css';

mountPage('optionsTitle', App);
