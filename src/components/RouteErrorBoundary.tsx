import { Button, Container, Group } from '@mantine/core';
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import {
  isRouteErrorResponse,
  Link,
  useLocation,
  useNavigate,
  useNavigation,
  useRouteError,
} from 'react-router';
import { createProblem, toApiProblem } from '../lib/api-problem.ts';
import { paths } from '../lib/paths.ts';
import { ApiErrorAlert } from './ApiErrorAlert.tsx';

/** A route's `ErrorBoundary`: the error in words, with a way to try again and a way out. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  const { reset } = useQueryErrorResetBoundary();
  const location = useLocation();
  const navigate = useNavigate();
  const navigation = useNavigation();

  const problem = isRouteErrorResponse(error)
    ? createProblem(error.status === 404 ? 'not-found' : 'unknown', { status: error.status })
    : toApiProblem(error);

  function tryAgain() {
    // Let React Query refetch failed queries. Then navigate to where we are: that reruns the
    // route's loaders and, being a new location, clears the boundary (revalidate() alone does
    // not clear an error thrown while rendering).
    reset();
    void navigate(location, { replace: true, state: location.state });
  }

  return (
    <Container size="sm" py="xl">
      <ApiErrorAlert problem={problem} title="This page could not be shown">
        <Group mt="md">
          <Button onClick={tryAgain} loading={navigation.state !== 'idle'}>
            Try again
          </Button>
          <Button component={Link} to={paths.home.href()} variant="default">
            Go to the home page
          </Button>
        </Group>
      </ApiErrorAlert>
    </Container>
  );
}
