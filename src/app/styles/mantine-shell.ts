// Mantine's styles for what the first paint draws: the static shells (header, navigation, a page's
// heading) and the first route's components. This is the stylesheet in the HTML's head, which holds
// the first paint until it arrives, so it carries only these; the rest come with the pages
// (`mantine-pages.ts`). `npm run check:bundle` fails when a component drawn here has no styles.
//
// Every file is the `.layer.css` form: Mantine in the `mantine` layer, below the app's own CSS
// modules whatever order the two stylesheets arrive in (the pages' one comes later).
// In Mantine's own order (that of `@mantine/core/styles.css`): a component after those it builds on.
import '@mantine/core/styles/baseline.layer.css';
import '@mantine/core/styles/default-css-variables.layer.css';
import '@mantine/core/styles/global.layer.css';
import '@mantine/core/styles/UnstyledButton.layer.css';
import '@mantine/core/styles/Loader.layer.css';
import '@mantine/core/styles/ActionIcon.layer.css';
import '@mantine/core/styles/CloseButton.layer.css';
import '@mantine/core/styles/Group.layer.css';
import '@mantine/core/styles/Alert.layer.css';
import '@mantine/core/styles/Text.layer.css';
import '@mantine/core/styles/Anchor.layer.css';
import '@mantine/core/styles/AppShell.layer.css';
import '@mantine/core/styles/Badge.layer.css';
import '@mantine/core/styles/Burger.layer.css';
import '@mantine/core/styles/Button.layer.css';
import '@mantine/core/styles/Center.layer.css';
import '@mantine/core/styles/Container.layer.css';
import '@mantine/core/styles/Skeleton.layer.css';
import '@mantine/core/styles/Stack.layer.css';
import '@mantine/core/styles/Title.layer.css';
