import { parse } from 'graphql';
import { crossAgencyNonNullFields } from './nullability';

const corrections = parse(`
  type Client @key(fields: "id") { id: ID! registerNumber: String! }
  type Officer @key(fields: "id") { id: ID! name: String! }
`);

describe('the cross-agency nullability rule', () => {
  it('refuses a non-null field that another agency adds to the entity', () => {
    const childProtection = parse(`type Client @key(fields: "id") { id: ID! protectionCases: [String!]! }`);
    expect(
      crossAgencyNonNullFields([
        { name: 'corrections', document: corrections },
        { name: 'child-protection', document: childProtection },
      ]),
    ).toEqual(['Client.protectionCases (child-protection) is non-null']);
  });

  it('accepts the same field nullable, key and external fields, and the owner’s own non-null fields', () => {
    const childProtection = parse(`
      type Client @key(fields: "id") { id: ID! registerNumber: String! @external protectionCases: [String!] }
    `);
    expect(
      crossAgencyNonNullFields([
        { name: 'corrections', document: corrections },
        { name: 'child-protection', document: childProtection },
      ]),
    ).toEqual([]);
  });

  it('asks for an owner when a new entity is shared', () => {
    const worksites = parse(`type Officer @key(fields: "id") { id: ID! placements: [String!] }`);
    expect(
      crossAgencyNonNullFields([
        { name: 'corrections', document: corrections },
        { name: 'worksites', document: worksites },
      ]),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/^Officer is defined by corrections, worksites/)]));
  });
});
