/** Placeholder while the page is built. */
export function SectorPage(_props: { workspace: string; id?: string }) {
  return <h1>Coming soon</h1>;
}
