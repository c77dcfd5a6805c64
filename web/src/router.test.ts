import { describe, expect, it } from 'vitest';
import { routeOf } from './router.js';

describe('the guided paths’ addresses', () => {
  it('reads the appeal guide, with or without a step', () => {
    expect(routeOf('/guide/appeal/c%201')).toEqual({ page: 'appeal-guide', id: 'c 1', step: null });
    expect(routeOf('/guide/appeal/c1/send')).toEqual({
      page: 'appeal-guide',
      id: 'c1',
      step: 'send',
    });
  });

  it('reads the second-opinion guide, with or without a step', () => {
    expect(routeOf('/guide/opinion/o1/')).toEqual({ page: 'opinion-guide', id: 'o1', step: null });
    expect(routeOf('/guide/opinion/o1/decide')).toEqual({
      page: 'opinion-guide',
      id: 'o1',
      step: 'decide',
    });
  });

  it('does not mix the two paths’ steps, and sends anything else to "not found"', () => {
    expect(routeOf('/guide/appeal/c1/decide')).toEqual({ page: 'not-found' });
    expect(routeOf('/guide/opinion/o1/send')).toEqual({ page: 'not-found' });
    expect(routeOf('/guide/other/x')).toEqual({ page: 'not-found' });
  });
});
