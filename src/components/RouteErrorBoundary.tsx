import { Button, Container, Group } from '@mantine/core';
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { Component, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { toApiProblem } from '../lib/api-problem.ts';
import { paths } from '../lib/paths.ts';
import { ApiErrorAlert } from './ApiErrorAlert.tsx';

interface CaughtProps {
  /** A new value (the next address) forgets the error: the page there is drawn afresh. */
  resetKey: string;
  /** Lets failed queries run again when the page is drawn again. */
  resetQueries: () => void;
  children: ReactNode;
}

interface CaughtState {
  error: unknown;
  /** The `resetKey` the error was caught under. */
  caughtAt: string | null;
}

/** React's error boundary (only a class can be one; React 19 logs what it catches). */
class CaughtErrorBoundary extends Component<CaughtProps, CaughtState> {
  state: CaughtState = { error: null, caughtAt: null };

  static getDerivedStateFromError(error: unknown): Partial<CaughtState> {
    return { error };
  }

  static getDerivedStateFromProps(props: CaughtProps, state: CaughtState): Partial<CaughtState> {
    if (state.caughtAt === null) return { caughtAt: state.error ? props.resetKey : null };
    return props.resetKey === state.caughtAt ? {} : { error: null, caughtAt: null };
  }

  private readonly tryAgain = () => {
    this.props.resetQueries();
    this.setState({ error: null, caughtAt: null });
  };

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return <PageError error={error} onRetry={this.tryAgain} />;
  }
}

/**
 * Around a page: a crash, or a read the page could not do without, shown in words with a way to
 * try again and a way out, while the shell and navigation stay. Going to another address forgets
 * the error.
 */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  const { reset } = useQueryErrorResetBoundary();
  const { key } = useLocation();
  return (
    <CaughtErrorBoundary resetKey={key} resetQueries={reset}>
      {children}
    </CaughtErrorBoundary>
  );
}

/** The error in words, with "Try again" (draws the page afresh) and a way home. */
function PageError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <Container size="sm" py="xl">
      <ApiErrorAlert problem={toApiProblem(error)} title="This page could not be shown">
        <Group mt="md">
          <Button onClick={onRetry}>Try again</Button>
          <Button component={Link} to={paths.home.href()} variant="default">
            Go to the home page
          </Button>
        </Group>
      </ApiErrorAlert>
    </Container>
  );
}
