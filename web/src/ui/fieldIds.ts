/** The ids a labelled field wires together: its hint, its error, and the aria-describedby naming those shown. */
export function fieldIds(id: string, description: string | undefined, error: string | undefined) {
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const describedBy = [description ? descriptionId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return { descriptionId, errorId, describedBy };
}
