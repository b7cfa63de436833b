// `npm run emulator` / `pnpm emulator`: the cloud emulator alone, in the foreground.
import { runTs } from './lib.mjs';

process.exitCode = await runTs('packages/cloud-emulator/src/main.ts');
