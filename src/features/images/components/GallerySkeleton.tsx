import { Card, Skeleton, Stack } from '@mantine/core';
import { Columns } from '../../../components/Columns.tsx';

/** The shape of the cards to come, while the first page of images loads. */
export function GallerySkeleton() {
  return (
    <Columns layout="twoFromSmThreeFromLg" aria-busy="true" aria-label="Loading images">
      {Array.from({ length: 6 }, (_, index) => (
        <Card withBorder key={index} padding="md">
          <Stack gap="sm">
            <Skeleton height={18} width="70%" />
            <Skeleton height={20} width={90} radius="xl" />
            <Skeleton height={12} />
            <Skeleton height={12} width="60%" />
          </Stack>
        </Card>
      ))}
    </Columns>
  );
}
