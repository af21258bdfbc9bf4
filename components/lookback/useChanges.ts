// A number that goes up whenever any page changes stored data, so a view can
// re-read what it shows.
import { useEffect, useState } from 'preact/hooks';
import { listen } from '../../utils/messages';

export function useChanges(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => listen(() => setVersion((v) => v + 1)), []);
  return version;
}
