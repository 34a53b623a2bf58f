import { builtOnFirstUse } from '../../../lib/built-on-first-use.ts';

const timeFormat = builtOnFirstUse(
  () => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' }),
);

/** "Last checked …" in the reader's own time zone and locale. */
export function CheckedAt({ iso }: { iso: string }) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return (
    <>
      Last checked <time dateTime={iso}>{timeFormat().format(date)}</time>.
    </>
  );
}
