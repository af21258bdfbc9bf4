import { mountPage } from '../../components/mount';
import { getDb } from '../../utils/db';
import { App } from './App';
import './newtab.css';

// Open the database while settings are read, not after.
void getDb();
mountPage('newtabTitle', App);
