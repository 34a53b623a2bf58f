import { Button, Group, Loader, Text } from '@mantine/core';
import { Component, Suspense, type ReactNode } from 'react';

interface FieldsLoadingProps {
  children: ReactNode;
}

/**
 * Fields whose code loads apart from their page's (a phone's folded filters, as they open): a
 * loader while it comes, and, should it not come, the reason in words with "Try again", in their
 * place only. Code already at hand draws at once.
 */
export class FieldsLoading extends Component<FieldsLoadingProps, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (this.state.failed) {
      return (
        <Group gap="sm" role="alert">
          <Text size="sm">The filters could not load: check the connection, then try again.</Text>
          <Button size="xs" variant="default" onClick={() => this.setState({ failed: false })}>
            Try again
          </Button>
        </Group>
      );
    }
    return (
      <Suspense fallback={<Loader size="sm" role="status" aria-label="Loading the filters" />}>
        {this.props.children}
      </Suspense>
    );
  }
}
