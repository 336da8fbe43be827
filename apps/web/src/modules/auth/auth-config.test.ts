import { describe, expect, it } from 'vitest';
import { oidcStartHref, parseAuthConfig } from './auth-config.ts';

describe('parseAuthConfig', () => {
  it('reads a configured provider', () => {
    expect(parseAuthConfig({ oidc: { label: 'Freja eID', startUrl: '/auth/oidc/start' } })).toEqual({
      oidc: { label: 'Freja eID', startUrl: '/auth/oidc/start' },
    });
    expect(
      parseAuthConfig({ oidc: { label: 'SITHS', startUrl: 'https://idp.example/start' } }).oidc?.label,
    ).toBe('SITHS');
  });

  it('reads a provider without a name (the page then says "your organisation")', () => {
    expect(parseAuthConfig({ oidc: { label: null, startUrl: '/auth/oidc/start' } })).toEqual({
      oidc: { label: null, startUrl: '/auth/oidc/start' },
    });
    expect(parseAuthConfig({ oidc: { label: '  ', startUrl: '/auth/oidc/start' } }).oidc?.label).toBeNull();
    expect(parseAuthConfig({ oidc: { startUrl: '/auth/oidc/start' } }).oidc?.label).toBeNull();
  });

  it.each([
    [null],
    [undefined],
    ['text'],
    [{}],
    [{ oidc: null }],
    [{ oidc: { label: 'X', startUrl: 'javascript:alert(1)' } }],
    [{ oidc: { label: 'X', startUrl: '//evil.example/start' } }],
    [{ oidc: { label: 'X', startUrl: 42 } }],
    [{ oidc: { label: 'X' } }],
  ])('treats %j as no OIDC', (body) => {
    expect(parseAuthConfig(body)).toEqual({ oidc: null });
  });
});

describe('oidcStartHref', () => {
  const origin = 'https://samlad.example';

  it('adds where to come back to', () => {
    expect(oidcStartHref('/auth/oidc/start', '/forum', origin)).toBe('/auth/oidc/start?returnTo=%2Fforum');
  });

  it('keeps a query the start address already has', () => {
    expect(oidcStartHref('/auth/oidc/start?idp=freja', '/', origin)).toBe(
      '/auth/oidc/start?idp=freja&returnTo=%2F',
    );
  });

  it('keeps another origin absolute', () => {
    expect(oidcStartHref('https://idp.example/start', '/forum', origin)).toBe(
      'https://idp.example/start?returnTo=%2Fforum',
    );
  });
});
