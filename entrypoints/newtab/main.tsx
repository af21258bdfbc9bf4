import { mountPage } from '../../components/mount';
import { App } from './App';
import './newtab.css';

mountPage('newtabTitle', App);
