import { Card, Group, Table, Text, Title } from '@mantine/core';
import { isValidElement, useId, type ReactNode } from 'react';
import type { Worded } from '../lib/code-words.ts';
import { CloudText } from './CloudText.tsx';
import { CodeWords } from './CodeWords.tsx';
import { CopyValueButton } from './CopyValueButton.tsx';
import classes from './Facts.module.css';

export interface Fact {
  label: string;
  /** A code in words (`inWords(...)`) shows its code on hover. */
  value: ReactNode | Worded;
  /** When set, a copy button copies this text (IDs people paste into tickets and scripts). */
  copy?: string | null;
}

export interface FactsProps {
  /** The group's heading, which also names its section. */
  title: string;
  facts: Fact[];
  /** The table's accessible name, e.g. "Image details". @default the title */
  label?: string;
  /** The heading's level, so the group fits the page's outline. @default 2 */
  headingOrder?: 2 | 3;
  /** A bordered card on a page; `false` for a drawer or a card that already frames it. @default true */
  framed?: boolean;
}

function isWorded(value: Fact['value']): value is Worded {
  return typeof value === 'object' && value !== null && !isValidElement(value) && 'words' in value;
}

/** Empty is as unreported as missing: a dash says "nothing here" rather than the row vanishing. */
function shown(value: Fact['value']) {
  if (value === null || value === undefined || value === '') return <Text c="dimmed">—</Text>;
  return isWorded(value) ? <CodeWords value={value} /> : value;
}

/** A titled group of label/value rows; row headers let a screen reader say which value is which. */
export function Facts({ title, facts, label, headingOrder = 2, framed = true }: FactsProps) {
  const headingId = useId();
  const rows = facts.map((fact) => (
    <Table.Tr key={fact.label}>
      {/* One class, not responsive style props: those add a <style> element to every row. */}
      <Table.Th scope="row" className={classes.label}>
        {fact.label}
      </Table.Th>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <CloudText component="div">{shown(fact.value)}</CloudText>
          {fact.copy && <CopyValueButton value={fact.copy} label={fact.label} />}
        </Group>
      </Table.Td>
    </Table.Tr>
  ));
  const content = (
    <>
      <Title id={headingId} order={headingOrder} size={framed ? 'h4' : 'h5'} mb="xs">
        {title}
      </Title>
      <Table aria-label={label ?? title} verticalSpacing={6} fz="sm">
        <Table.Tbody>{rows}</Table.Tbody>
      </Table>
    </>
  );
  return framed ? (
    <Card withBorder component="section" aria-labelledby={headingId}>
      {content}
    </Card>
  ) : (
    <section aria-labelledby={headingId}>{content}</section>
  );
}
