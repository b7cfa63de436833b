import { describe, expect, it } from 'vitest';
import { DEMO_ALIBABA_ACCESS_KEY_SECRET, DEMO_HUAWEI_PROJECT_ID, DEMO_HUAWEI_SECRET_ACCESS_KEY, emulatorOptionsFromEnv } from './config.ts';

describe('emulatorOptionsFromEnv', () => {
  it('when nothing is set, then the standalone defaults apply', () => {
    expect(emulatorOptionsFromEnv({})).toEqual({ port: 9090, taskStepMs: 300, taskFailRatio: 0, seedScale: 1 });
  });

  it('when variables are set, then they are read', () => {
    const options = emulatorOptionsFromEnv({
      EMULATOR_PORT: '9191',
      EMULATOR_ALIBABA_ACCESS_KEYS: 'LTAIa:secret-a, LTAIb:secret:b',
      EMULATOR_TASK_STEP_MS: '50',
      EMULATOR_TASK_FAIL_RATIO: '0.2',
      EMULATOR_SEED_SCALE: '10',
    });
    expect(options).toEqual({
      port: 9191,
      taskStepMs: 50,
      taskFailRatio: 0.2,
      seedScale: 10,
      alibabaAccessKeys: [
        { id: 'LTAIa', secret: 'secret-a' },
        { id: 'LTAIb', secret: 'secret:b' },
      ],
    });
  });

  it('when a value is invalid, then it throws without repeating a secret', () => {
    expect(() => emulatorOptionsFromEnv({ EMULATOR_TASK_FAIL_RATIO: '3' })).toThrow(/EMULATOR_TASK_FAIL_RATIO/);
    expect(() => emulatorOptionsFromEnv({ EMULATOR_ALIBABA_ACCESS_KEYS: 'only-a-secret-value' })).toThrow(/^(?!.*only-a-secret-value)/);
  });

  it('when the demo secret is used, then it is 30 characters long', () => {
    expect(DEMO_ALIBABA_ACCESS_KEY_SECRET).toHaveLength(30);
  });
});

describe('Huawei settings from the environment', () => {
  it('when the Huawei variables are set, then keys, project and tokens are read; secrets never appear in errors', () => {
    const options = emulatorOptionsFromEnv({
      EMULATOR_HUAWEI_ACCESS_KEYS: 'AKONE:sk-one, AKTWO:sk:two',
      EMULATOR_HUAWEI_PROJECT_ID: '0123456789abcdef0123456789abcdef',
      EMULATOR_HUAWEI_AUTH_TOKENS: 'tok-a, tok-b',
    });
    expect(options.huaweiAccessKeys).toEqual([
      { id: 'AKONE', secret: 'sk-one' },
      { id: 'AKTWO', secret: 'sk:two' },
    ]);
    expect(options.huaweiProjectId).toBe('0123456789abcdef0123456789abcdef');
    expect(options.huaweiAuthTokens).toEqual(['tok-a', 'tok-b']);
    expect(() => emulatorOptionsFromEnv({ EMULATOR_HUAWEI_ACCESS_KEYS: 'secret-only' })).toThrow(/^EMULATOR_HUAWEI_ACCESS_KEYS entry 1 must be id:secret$/);
    expect(() => emulatorOptionsFromEnv({ EMULATOR_HUAWEI_PROJECT_ID: '../other' })).toThrow(/EMULATOR_HUAWEI_PROJECT_ID/);
  });

  it('when the demo Huawei credentials are used, then the SK has 40 characters and the project 32 hex digits', () => {
    expect(DEMO_HUAWEI_SECRET_ACCESS_KEY).toHaveLength(40);
    expect(DEMO_HUAWEI_PROJECT_ID).toMatch(/^[0-9a-f]{32}$/);
  });
});
