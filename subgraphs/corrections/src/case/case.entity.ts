import { Entity, Index, Property } from '@mikro-orm/postgresql';
import { Directive, Field, ObjectType } from 'type-graphql';
import { DateScalar } from '@hub/federation';
import type { DiversionTriggerCode } from '@hub/reference';
import { CaseStage, type CaseStageCode, type DiversionStatusCode } from '../enums';
import { UuidEntity } from '@hub/server';

/** A criminal case of a client (*perkara*). */
@Entity({ tableName: 'case_file' })
@ObjectType('Case', { description: 'A criminal case of a client (*perkara*), from the request for guidance onwards.' })
@Directive('@key(fields: "id")')
export class CaseFile extends UuidEntity {
  @Property({ type: 'string', unique: true, fieldName: 'case_number' })
  @Field({ description: 'Bapas case number (*nomor perkara*).' })
  caseNumber!: string;

  @Index() @Property({ type: 'uuid', fieldName: 'client_id' }) clientId!: string;

  @Property({ type: 'uuid', fieldName: 'offense_id' }) offenseId!: string;

  @Property({ type: 'date', fieldName: 'offense_date' })
  @Field(() => DateScalar, {
    description: 'Date of the offence (*tanggal tindak pidana*); the client category follows the age on it.',
  })
  offenseDate!: string;

  @Property({ type: 'string', length: 20 })
  @Field(() => CaseStage, { description: 'Stage of the case (*tahap*).' })
  stage!: CaseStageCode;

  @Property({ type: 'boolean', fieldName: 'repeat_offense', default: false }) repeatOffense!: boolean;

  @Property({ type: 'string', length: 20, fieldName: 'diversion_status' }) diversionStatus!: DiversionStatusCode;

  @Property({ type: 'date', nullable: true, fieldName: 'diversion_started_on' }) diversionStartedOn!: string | null;

  /** The legal trigger of the current stage's diversion clock (SPPA Art. 29(1), 42(1), 52(2)); null on older cases. */
  @Property({ type: 'string', length: 40, nullable: true, fieldName: 'diversion_trigger' })
  diversionTrigger!: DiversionTriggerCode | null;

  @Property({ type: 'date', nullable: true, fieldName: 'diversion_triggered_on' }) diversionTriggeredOn!: string | null;

  /** The day the current stage started (older cases count diversion deadlines from it). */
  @Property({ type: 'date', fieldName: 'stage_started_on' })
  @Field(() => DateScalar, { description: 'The day the current stage started.' })
  stageStartedOn!: string;
}
