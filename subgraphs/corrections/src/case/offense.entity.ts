import { Entity, Property } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType } from 'type-graphql';
import { UuidEntity } from '@hub/server';

/** An offence from the reference catalogue, with the maximum threatened prison term. */
@Entity({ tableName: 'offense' })
@ObjectType({ description: 'An offence (*tindak pidana*) from the reference catalogue, with its maximum threatened term.' })
export class Offense extends UuidEntity {
  @Property({ type: 'string', unique: true }) @Field({ description: 'Stable code, e.g. "THEFT".' }) code!: string;

  @Property({ type: 'string' }) @Field({ description: 'Title in English.' }) title!: string;

  @Property({ type: 'string', fieldName: 'title_id' })
  @Field({ description: 'Title in Bahasa Indonesia (*nama tindak pidana*).' })
  titleId!: string;

  @Property({ type: 'string' }) @Field({ description: 'Statute (*undang-undang*), e.g. "KUHP (UU 1/2023)".' }) statute!: string;

  @Property({ type: 'string' }) @Field({ description: 'Article (*pasal*), e.g. "Pasal 476".' }) article!: string;

  @Property({ type: 'integer', fieldName: 'max_term_months' })
  @Field(() => Int, { description: 'Maximum threatened prison term in months (*ancaman pidana penjara*).' })
  maxTermMonths!: number;
}
