// Whether a win's row should arrive with the brief warm highlight: it was just
// saved on this page (see utils/ui/fresh-wins.ts) and the person has not asked
// for less motion. The row keeps the answer for as long as it is shown.
import { useEffect, useState } from 'preact/hooks';
import { onFresh, reducedMotion, takeFresh } from '@/utils/ui/fresh-wins';

export function useFresh(id: string): boolean {
  const [fresh, setFresh] = useState(() => takeFresh(id) && !reducedMotion());
  useEffect(
    () =>
      onFresh((saved) => {
        if (saved === id && takeFresh(id) && !reducedMotion()) setFresh(true);
      }),
    [id],
  );
  return fresh;
}
