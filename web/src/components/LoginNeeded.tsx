/** The screen shown when the API says we are not signed in. */
export function LoginNeeded() {
  return (
    <>
      <header className="topbar">
        <div className="topbar-row">
          <span className="brand">partnerscope</span>
        </div>
      </header>
      <main className="page login-needed">
        <h1>Please sign in</h1>
        <p>
          Open the login link printed by the server (<code>partnerscope serve</code> prints it on
          start).
        </p>
        <p className="muted">
          It looks like <code>http://127.0.0.1:8080/login?token=…</code>. The link signs this
          browser in and brings you back here.
        </p>
      </main>
    </>
  );
}
