import { describe, expect, it } from 'vitest';
import { diffParagraphs } from './diff.js';

describe('diffParagraphs', () => {
  it('marks added, removed and unchanged paragraphs in order', () => {
    expect(diffParagraphs(['一', '二', '三'], ['一', '二改', '三', '四'])).toEqual([
      { op: 'SAME', text: '一' },
      { op: 'REMOVED', text: '二' },
      { op: 'ADDED', text: '二改' },
      { op: 'SAME', text: '三' },
      { op: 'ADDED', text: '四' },
    ]);
    expect(diffParagraphs([], ['a'])).toEqual([{ op: 'ADDED', text: 'a' }]);
  });
});
