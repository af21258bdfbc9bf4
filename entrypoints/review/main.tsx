import { mountPage } from '@/utils/ui/mount';
import { App } from './App';
import './review.css';

mountPage('wrapTitle', App);
