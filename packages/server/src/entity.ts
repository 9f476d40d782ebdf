import { Entity, PrimaryKey } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';

/**
 * The uuid primary key of a hub table, which is also the `id` of its GraphQL type. A mapped
 * superclass (no table of its own, and no schema type: nothing refers to it): each entity that
 * extends it keeps its own table and columns.
 */
@Entity({ abstract: true })
@ObjectType()
export abstract class UuidEntity {
  @PrimaryKey({ type: 'uuid' }) @Field(() => ID) id!: string;
}
