import { mountPage } from '../../components/mount';
import { App } from './App';
import './pause.css';

mountPage('pauseTitle', App);
