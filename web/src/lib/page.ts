import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { ViewerQuery } from './viewer.js';

/** Sets the document title for the current page (screen readers announce it on navigation). */
export function usePageTitle(title: string): void {
  const { data } = useQuery(ViewerQuery);
  const site = data?.currentSite.name ?? '企服';
  useEffect(() => {
    document.title = title ? `${title} · ${site}` : site;
  }, [title, site]);
}
