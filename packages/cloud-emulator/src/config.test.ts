import { describe, expect, it } from 'vitest';
import { DEMO_ALIBABA_ACCESS_KEY_SECRET, emulatorOptionsFromEnv } from './config.ts';

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
    expect(() => emulatorOptionsFromEnv({ EMULATOR_ALIBABA_ACCESS_KEYS: 'only-a-secret-value' })).toThrow(
      /^(?!.*only-a-secret-value)/,
    );
  });

  it('when the demo secret is used, then it is 30 characters long', () => {
    expect(DEMO_ALIBABA_ACCESS_KEY_SECRET).toHaveLength(30);
  });
});
