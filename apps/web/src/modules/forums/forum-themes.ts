import type { EnumValue } from '../../graphql.ts';
import { sv } from '../../i18n/sv.ts';

export type ForumTheme = EnumValue<'ForumTheme'>;

/** Every theme, in schema order; the label table is checked against the schema's enum. */
export const forumThemes = Object.keys(sv.enums.ForumTheme) as ForumTheme[];

export function isForumTheme(value: unknown): value is ForumTheme {
  return typeof value === 'string' && (forumThemes as string[]).includes(value);
}
