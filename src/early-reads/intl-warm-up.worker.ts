/**
 * Starts the browser's ICU (the library behind every `Intl` object and `toLocaleString`) on a
 * thread of its own. ICU's first use in a page's process is slow, 25–95 ms here on this machine,
 * and on the main thread it fell in the app's start-up. Its locale data, once loaded, is the whole
 * process's, so when the app formats its first date or number it is at hand (about 1 ms). The
 * calls mirror the app's: numbers, dates and times, relative times, and the collator that sorts
 * names.
 */
(1234.5).toLocaleString();
new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(0);
new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }).format(-1, 'day');
new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' }).compare('a', 'b');
close();
