import { z } from 'zod';
import { msg } from './messages.ts';

/** The console's languages. A person's choice is kept on their account; `null` follows the browser. */
export const Locale = z.enum(['en', 'zh-CN'], { ...msg('locale') });
export type Locale = z.infer<typeof Locale>;

/** PATCH /api/session: the signed-in person's own preferences. */
export const UpdateSessionPreferences = z.strictObject({ locale: Locale.nullable() });
export type UpdateSessionPreferences = z.infer<typeof UpdateSessionPreferences>;
