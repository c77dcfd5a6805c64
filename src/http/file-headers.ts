/** Files leave with their type, no caching, and a name a person can recognize. */
export const fileHeaders = (type: string, name: string) => ({
  'content-type': type,
  'content-disposition': `inline; filename="${name}"`,
  'cache-control': 'private, no-store',
});
