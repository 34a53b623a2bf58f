import { spacedWords } from './code-words.ts';

/** Catalog states in words and colours, shared by the list, the detail page and the wizard. */
export const catalogStateWords: Record<string, { label: string; color: string; meaning: string }> =
  {
    Active: { label: 'Active', color: 'teal', meaning: 'Delivering desktops and apps' },
    InputRequired: {
      label: 'Input required',
      color: 'yellow',
      meaning: 'Working, but needs an administrator to finish its set-up',
    },
    Processing: { label: 'Processing', color: 'blue', meaning: 'An operation is running' },
    Error: { label: 'Error', color: 'red', meaning: 'The last operation failed' },
    PreDeployment: {
      label: 'Not deployed',
      color: 'gray',
      meaning: 'Created but its machines are not deployed yet',
    },
    Deleting: { label: 'Deleting', color: 'gray', meaning: 'Being deleted' },
  };

export function stateWords(state: string) {
  return (
    catalogStateWords[state] ?? {
      label: spacedWords(state),
      color: 'gray',
      meaning: 'Unknown state',
    }
  );
}
