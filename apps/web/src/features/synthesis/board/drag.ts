/** The drag data of board cards: a JSON array of card ids, in a type of our own. */
export const CARD_DRAG_TYPE = 'application/x-timantti-cards';

export function draggedCardIds(data: DataTransfer): string[] {
  try {
    const ids: unknown = JSON.parse(data.getData(CARD_DRAG_TYPE) || '[]');
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}
