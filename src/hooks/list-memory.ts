import { useMemo, type Key } from 'react';
import { useLocation } from 'react-router';

/**
 * What a windowed list had measured when its page was left, so that Back draws it exactly as it
 * was: the rows above the view at their measured heights rather than the estimate (which moved
 * the page by a few hundred pixels), and a grid in as many columns. In memory only: a reload reads
 * the list again anyway.
 */
export class ListMemory {
  /** Measured row heights, by row key. */
  readonly sizes = new Map<Key, number>();
  /** Where the list started on the page. */
  scrollMargin = 0;
  /** The list's width, for a grid whose columns follow it; 0 until measured. */
  width = 0;

  keepScrollMargin(px: number) {
    this.scrollMargin = px;
  }

  keepWidth(px: number) {
    this.width = px;
  }
}

/** Enough for Back through several pages; the oldest entries are forgotten first. */
const kept = 20;
const memories = new Map<string, ListMemory>();

function listMemory(key: string): ListMemory {
  let memory = memories.get(key);
  if (!memory) {
    memory = new ListMemory();
    memories.set(key, memory);
    for (const old of memories.keys()) {
      if (memories.size <= kept) break;
      memories.delete(old);
    }
  }
  return memory;
}

/** The memory of the list `name` in this history entry: empty on a first visit. */
export function useListMemory(name: string): ListMemory {
  const { key } = useLocation();
  return useMemo(() => listMemory(`${key} ${name}`), [key, name]);
}
