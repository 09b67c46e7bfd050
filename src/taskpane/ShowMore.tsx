import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import type { Strings } from './strings';

/** How many lines a long list shows at first, and adds per click: a page stays quick at 100,000 cases. */
export const LINES_PER_PAGE = 200;

/** The first lines of a long list, and how to show more of it. */
export function useShowMore<T>(items: readonly T[] | null | undefined): {
  visible: readonly T[];
  more: () => void;
  total: number;
} {
  const [count, setCount] = useState(LINES_PER_PAGE);
  const all = items ?? [];
  return { visible: all.slice(0, count), more: () => setCount((c) => c + LINES_PER_PAGE), total: all.length };
}

/** "Visa fler" under a list that is not shown whole, saying how much is shown. */
export function ShowMore({
  shown,
  total,
  more,
  strings,
}: {
  shown: number;
  total: number;
  more: () => void;
  strings: Strings;
}) {
  if (shown >= total) return null;
  return (
    <Button size="small" onClick={more}>
      {strings.showMore(shown, total)}
    </Button>
  );
}
