import { Center, Loader } from '@mantine/core';

/**
 * Shown while a page's code or first data is on its way. An image named "Loading": a spinner is a
 * bare span, which may not carry a name of its own (axe: aria-prohibited-attr).
 */
export function PageLoader() {
  return (
    <Center mih={240}>
      <Loader role="img" aria-label="Loading" />
    </Center>
  );
}
