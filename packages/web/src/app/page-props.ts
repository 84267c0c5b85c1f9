// What every page of the console is given (app/pages.tsx lists the pages). Its own file, so that
// a page names it without importing the list that imports the page.
export interface PageProps {
  /** The unit chosen in the header's unit switcher. */
  unitId: string;
}
