// A phone-sized screen (below Mantine's `sm`, 48em): where lists fold their filters and the
// worklist shows cards.
import { useMediaQuery } from '@mantine/hooks';

export const useNarrow = (): boolean => useMediaQuery('(max-width: 48em)');
