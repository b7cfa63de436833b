import { describe, expect, it } from 'vitest';
import { ConfigError, configFromEnv, parseTrustProxy } from './config.ts';

const fails = (env: NodeJS.ProcessEnv): string => {
  try {
    configFromEnv(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a ConfigError');
};

describe('configFromEnv', () => {
  it('when nothing is set, then the documented defaults apply', () => {
    const config = configFromEnv({});
    expect(config).toMatchObject({ port: 8080, host: '127.0.0.1', embeddedEmulator: true, logLevel: 'info', production: false });
    expect(config.metricsToken).toBeUndefined();
    expect(config.trustProxy).toBeUndefined();
  });

  it('when PORT is not a port, then one line names PORT and what it expects', () => {
    const message = fails({ PORT: 'eighty' });
    expect(message).toBe('Configuration: PORT must be a port number.');
    expect(fails({ PORT: '70000' })).toBe('Configuration: PORT must be 0–65535.');
  });

  it('when a secret-bearing setting is wrong, then its value is not repeated', () => {
    const message = fails({ DATABASE_URL: 'mysql://root:hunter2@db/x' });
    expect(message).toContain('DATABASE_URL');
    expect(message).not.toContain('hunter2');
    const token = fails({ METRICS_TOKEN: 'short-secret' });
    expect(token).toBe('Configuration: METRICS_TOKEN must be at least 16 characters.');
  });

  it('when PUBLIC_URL is not an absolute http(s) URL, then the start is refused', () => {
    expect(fails({ PUBLIC_URL: 'console.example.com' })).toBe('Configuration: PUBLIC_URL must be an absolute http:// or https:// URL.');
    expect(fails({ PUBLIC_URL: 'ftp://console.example.com' })).toContain('PUBLIC_URL');
    expect(configFromEnv({ PUBLIC_URL: 'https://console.example.com/' }).publicUrl).toBe('https://console.example.com');
  });

  it('when only one half of the Alibaba key pair is set, then the start is refused', () => {
    expect(fails({ ALIBABA_ACCESS_KEY_ID: 'LTAIexample' })).toContain('ALIBABA_ACCESS_KEY_SECRET');
  });

  it('when a variable is empty, then it counts as not set', () => {
    expect(configFromEnv({ PORT: '', DATABASE_URL: '' })).toMatchObject({ port: 8080, databaseUrl: undefined });
  });

  it('when NODE_ENV is production and a metrics token is set, then both are exposed', () => {
    expect(configFromEnv({ NODE_ENV: 'production', METRICS_TOKEN: 'a-long-enough-token' })).toMatchObject({ production: true, metricsToken: 'a-long-enough-token' });
  });
});

describe('TRUST_PROXY', () => {
  it('when it is a boolean, a hop count or a list, then Express gets the same meaning', () => {
    expect(parseTrustProxy('true')).toBe(true);
    expect(parseTrustProxy('false')).toBe(false);
    expect(parseTrustProxy('2')).toBe(2);
    expect(parseTrustProxy('loopback, 10.0.0.0/8,fd00::/8,192.168.1.7')).toEqual(['loopback', '10.0.0.0/8', 'fd00::/8', '192.168.1.7']);
  });

  it('when an entry is neither an address, a block nor a known name, then the start is refused', () => {
    expect(parseTrustProxy('10.0.0.0/33')).toBeUndefined();
    expect(parseTrustProxy('proxy.internal')).toBeUndefined();
    expect(fails({ TRUST_PROXY: 'yes' })).toMatch(/^Configuration: TRUST_PROXY must be true, false, a hop count/);
    expect(configFromEnv({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
  });
});
