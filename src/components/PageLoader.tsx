import { Center, Loader } from '@mantine/core';

/** Shown while a page's code or first data is on its way. */
export function PageLoader() {
  return (
    <Center mih={240}>
      <Loader aria-label="Loading" />
    </Center>
  );
}
