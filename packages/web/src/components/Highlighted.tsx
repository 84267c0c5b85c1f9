// A text with some of its words marked (<mark>): the words a matter shares with another, from the
// spans the server sends ([start, end) in UTF-16 code units, the way JavaScript indexes strings).
// Spans may come unsorted, overlapping or past the end; they are tidied here, never trusted.
import { Mark, Text, type TextProps } from '@mantine/core';
import type { ReactNode } from 'react';

export type Span = readonly [number, number];

/** Sorted, within the text, overlapping or touching spans joined. */
export function tidySpans(spans: readonly Span[], length: number): [number, number][] {
  const sorted = spans
    .map(
      ([s, e]) => [Math.max(0, Math.floor(s)), Math.min(length, Math.floor(e))] as [number, number],
    )
    .filter(([s, e]) => Number.isFinite(s) && Number.isFinite(e) && e > s)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const span of sorted) {
    const last = out.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else out.push([...span]);
  }
  return out;
}

export function Highlighted({
  text,
  spans,
  ...props
}: { text: string; spans: readonly Span[] | undefined } & TextProps) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [s, e] of tidySpans(spans ?? [], text.length)) {
    if (s > at) parts.push(text.slice(at, s));
    parts.push(
      <Mark key={s} color="yellow.3" px={1} style={{ borderRadius: 2 }}>
        {text.slice(s, e)}
      </Mark>,
    );
    at = e;
  }
  if (at < text.length) parts.push(text.slice(at));
  return (
    <Text size="sm" style={{ overflowWrap: 'anywhere' }} {...props}>
      {parts}
    </Text>
  );
}
