import { mountPage } from '../../components/mount';
import { App } from './App';
import './options.css';

mountPage('optionsTitle', App);
