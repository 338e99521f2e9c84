/** A line of a list being edited; the key keeps React's focus and state on the right line. */
export interface ListItem {
  key: string;
  value: string;
}

let counter = 0;
const nextKey = () => `line-${++counter}`;

export function toListItems(values: readonly string[]): ListItem[] {
  return values.map((value) => ({ key: nextKey(), value }));
}

export function newListItem(): ListItem {
  return { key: nextKey(), value: '' };
}

/** The non-empty, trimmed lines, as the API expects them. */
export function fromListItems(items: readonly ListItem[]): string[] {
  return items.map((item) => item.value.trim()).filter((value) => value !== '');
}
