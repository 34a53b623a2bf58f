import type { Worded } from '../lib/code-words.ts';
import { CloudText, type CloudTextProps } from './CloudText.tsx';

export interface CodeWordsProps extends Omit<CloudTextProps, 'children' | 'title'> {
  /** The code in words; null when the API sent none. */
  value: Worded | null;
  /** What shows when no code was sent. @default '—' */
  placeholder?: string;
}

/**
 * A code in words, with the code itself on hover: support tickets and Citrix's docs use the code.
 * A code the console does not know is still shown, as the cloud sent it, so it may be long.
 */
export function CodeWords({ value, placeholder = '—', ...props }: CodeWordsProps) {
  if (!value) return <CloudText {...props}>{placeholder}</CloudText>;
  return (
    <CloudText title={value.code === undefined ? undefined : `Code: ${value.code}`} {...props}>
      {value.words}
    </CloudText>
  );
}
