/** An empty cell: a dash for the eye, words for screen readers. */
export function NoValue({ label }: { label: string }) {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="ds-sr-only">{label}</span>
    </>
  );
}
