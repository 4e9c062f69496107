/** The languages every user-facing word is written in: Vietnamese first, English too. */
export type Language = 'vi' | 'en';

export const LANGUAGES: readonly Language[] = ['vi', 'en'];
