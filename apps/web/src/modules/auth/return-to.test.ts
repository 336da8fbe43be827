import { describe, expect, it } from 'vitest';
import { safeReturnTo, signInPath } from './return-to.ts';

describe('safeReturnTo', () => {
  it.each([
    ['/forum', '/forum'],
    ['/', '/'],
    ['/forum/Rm9ydW06MQ', '/forum/Rm9ydW06MQ'],
    ['/forum?theme=SAFETY', '/forum?theme=SAFETY'],
    ['/forum#top', '/forum#top'],
    ['/a/../forum', '/forum'],
  ])('keeps the same-site path %s', (value, expected) => {
    expect(safeReturnTo(value)).toBe(expected);
  });

  it.each([
    ['//evil.example'],
    ['//evil.example/forum'],
    ['https://x'],
    ['http://evil.example/'],
    ['/\\evil'],
    ['/\\/evil.example'],
    ['\\\\evil.example'],
    ['javascript:alert(1)'],
    ['JavaScript:alert(1)'],
    ['data:text/html,hi'],
    ['/\t/evil.example'],
    ['/\n/evil.example'],
    ['forum'],
    ['.'],
    [''],
    ['/logga-in'],
    ['/logga-in?tillbaka=%2Fforum'],
    ['/sign-in/'],
  ])('refuses %j', (value) => {
    expect(safeReturnTo(value)).toBe('/');
  });

  it('refuses nothing given', () => {
    expect(safeReturnTo(null)).toBe('/');
    expect(safeReturnTo(undefined)).toBe('/');
  });

  it('gives the fallback asked for', () => {
    expect(safeReturnTo('https://x', '/forum')).toBe('/forum');
  });
});

describe('signInPath', () => {
  it('names where to return, encoded', () => {
    expect(signInPath('/forum')).toBe('/logga-in?tillbaka=%2Fforum');
    expect(signInPath('/forum?theme=SAFETY')).toBe('/logga-in?tillbaka=%2Fforum%3Ftheme%3DSAFETY');
  });

  it('leaves out the start page and anything unsafe', () => {
    expect(signInPath('/')).toBe('/logga-in');
    expect(signInPath('//evil.example')).toBe('/logga-in');
    expect(signInPath(undefined)).toBe('/logga-in');
  });
});
