/** The top bar of the pages seen before signing in: just the product's name. */
export function BrandBar() {
  return (
    <header className="topbar">
      <div className="topbar-row">
        <a className="brand" href="/">
          partnerscope
        </a>
      </div>
    </header>
  );
}
