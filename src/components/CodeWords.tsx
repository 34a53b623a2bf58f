import { Text } from '@mantine/core';
import type { Worded } from '../lib/code-words.ts';
import { CloudText, type CloudTextProps } from './CloudText.tsx';

export interface CodeWordsProps extends Omit<CloudTextProps, 'children' | 'title'> {
  /** The code in words; null when the API sent none. */
  value: Worded | null;
  /** What shows when no code was sent. @default '—' */
  placeholder?: string;
}

/** Longer than any word in the console's own wording: a code sent as one endless word. */
export const endlessWord = /\S{25,}/;

/** The hover text that names the code itself; none when the API sent no code. */
export const codeTitle = (value: Worded | null) =>
  value?.code === undefined ? undefined : `Code: ${value.code}`;

/**
 * A code in words, with the code itself on hover: support tickets and Citrix's docs use the code.
 * A code the console does not know is still shown, as the cloud sent it, so it may be one endless
 * word: only then does it break anywhere (CloudText). Ordinary words stay whole, or a table
 * column holding them is squeezed to "Disconn" over "ected" on a phone.
 */
export function CodeWords({ value, placeholder = '—', ...props }: CodeWordsProps) {
  const words = value?.words ?? placeholder;
  const title = codeTitle(value);
  if (endlessWord.test(words)) {
    return (
      <CloudText title={title} {...props}>
        {words}
      </CloudText>
    );
  }
  const { component = 'span', ...textProps } = props;
  return (
    <Text component={component} inherit title={title} {...textProps}>
      {words}
    </Text>
  );
}
