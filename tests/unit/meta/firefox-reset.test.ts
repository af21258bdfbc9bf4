// What the Firefox reset counts as left of an earlier test: nothing in a
// state a fresh install writes, and each kind of leftover by name otherwise.
import { describe, expect, it } from 'vitest';
import { type ExtensionState, leftovers } from '../../../scripts/lib/firefox-reset';

const manifest = { permissions: ['storage', 'alarms'], host_permissions: ['*://*.test/*'] };
const SINCE = 1_000;

const fresh = (): ExtensionState => ({
  databases: ['small-wins'],
  records: { 'small-wins/wins': 0, 'small-wins/usage': 0 },
  local: { welcomedAt: SINCE + 5, usedAt: SINCE + 6 },
  sync: {},
  session: {},
  localStorage: { 'small-wins:today': '{"v":1,"day":"2026-12-06","wins":[]}' },
  alarms: [],
  permissions: { permissions: ['alarms', 'storage'], origins: ['*://*.test/*'] },
});

describe('the Firefox reset’s check', () => {
  it('finds nothing in what a fresh install writes', () => {
    expect(leftovers(fresh(), manifest, SINCE)).toEqual([]);
  });

  it('names every kind of leftover', () => {
    const state = fresh();
    state.records['small-wins/wins'] = 2;
    state.local.settings = {};
    state.local.welcomedAt = SINCE - 1;
    state.sync.left = 1;
    state.session.tracker = {};
    state.localStorage['small-wins:today'] = '{"wins":[{"text":"Left"}]}';
    state.alarms.push('tracker');
    state.permissions.permissions.push('downloads');
    state.permissions.origins.push('*://*.social.test/*');
    expect(leftovers(state, manifest, SINCE)).toEqual([
      '2 records in small-wins/wins',
      'storage.local welcomedAt',
      'storage.local settings',
      'storage.sync left',
      'storage.session tracker',
      'localStorage small-wins:today: {"wins":[{"text":"Left"}]}',
      'alarm tracker',
      'permissions alarms storage downloads',
      'origins *://*.test/* *://*.social.test/*',
    ]);
  });
});
