/** Grey blocks shaped like a page, shown while a page's code or first data is on its way (no white screen). */
export function PageSkeleton() {
  return (
    <div className="container page skeleton" role="status" aria-live="polite" aria-busy="true">
      <span className="visually-hidden">正在加载页面…</span>
      <div className="skeleton__line skeleton__line--title" />
      <div className="skeleton__line" />
      <div className="skeleton__line skeleton__line--short" />
      <div className="skeleton__card" />
      <div className="skeleton__card" />
    </div>
  );
}
