// The page's language, as the layouts write it on <html lang> (Base.astro, Embed.astro): the
// browser code's one way to it, for files that hold every language or lie under /sv/, /en/.
import type { Lang } from '../../schema';

export const pageLang = (): Lang => document.documentElement.lang as Lang;
