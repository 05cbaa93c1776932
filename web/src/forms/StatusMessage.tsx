/** A polite live region that announces what just happened (always rendered, empty when quiet). */
export function StatusMessage({ text }: { text: string }) {
  return (
    <p role="status" className="status-message">
      {text}
    </p>
  );
}
