/** How messages and hovers quote what a note, a vocabulary or the settings wrote: never all of a long text or list. */

/** The first `limit` items of a list, each as `write` puts it, and how many more there are. */
export function listed(items: readonly string[], write: (item: string) => string = (item) => item, limit = 20): string {
  const shown = items.slice(0, limit).map(write).join(', ');
  return items.length > limit ? `${shown} and ${items.length - limit} more` : shown;
}

/** The text, cut after `max` characters with an ellipsis. */
export function clipped(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
