// The default profile's fields and the classifier's fields are two lists of one thing (DOMAIN.md
// "Fields"): they must name the same codes in the same order.
import { describe, expect, it } from 'vitest';
import { opinionFields } from '../opinion/fields.js';
import { DEFAULT_FIELDS } from './fields.js';

describe('field lists', () => {
  it('the default profile and the classifier know the same fields', () => {
    expect(DEFAULT_FIELDS.map((f) => f.code)).toEqual([...opinionFields]);
  });
});
