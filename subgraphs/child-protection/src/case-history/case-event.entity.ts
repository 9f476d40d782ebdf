import { Entity, Property } from '@mikro-orm/postgresql';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { enumObject } from '@hub/reference';
import { randomUUID } from 'node:crypto';
import type { ChildProtectionContext } from '../context';
import { ProtectionCaseRecord } from '../protection-case/case-record.entity';

export const CASE_EVENT_KINDS = ['CLOSED', 'REOPENED'] as const;
export type CaseEventKindCode = (typeof CASE_EVENT_KINDS)[number];
export const CaseEventKind = enumObject(CASE_EVENT_KINDS);
registerEnumType(CaseEventKind, {
  name: 'ProtectionCaseEventKind',
  description: 'What happened to the case: closed (*ditutup*) or reopened (*dibuka kembali*).',
});

/**
 * One closure or reopening of a protection case (*riwayat kasus*), kept for good: the table is
 * append-only (a trigger refuses UPDATE and DELETE), so a reopening never erases why the case was
 * closed, and who did each is on record.
 */
@Entity({ tableName: 'protection_case_event' })
@ObjectType('ProtectionCaseEvent', {
  description: 'A closure or reopening of a protection case (*riwayat penutupan dan pembukaan kembali*), oldest first.',
})
export class ProtectionCaseEvent extends ProtectionCaseRecord {
  @Property({ type: 'string', length: 12 })
  @Field(() => CaseEventKind, { description: 'Closed or reopened.' })
  kind!: CaseEventKindCode;

  @Property({ type: 'timestamptz' }) @Field(() => Date, { description: 'When.' }) at!: Date;

  /** The token subject who did it (for the record; the name is what staff read). */
  @Property({ type: 'string', fieldName: 'actor' }) actor!: string;

  @Property({ type: 'string', fieldName: 'actor_name' })
  @Field({ description: 'Who did it (the name on their account).' })
  actorName!: string;

  @Property({ type: 'string', length: 24, nullable: true, fieldName: 'closure_reason' })
  @Field(() => String, { nullable: true, description: 'For a closure: GOALS_MET, TRANSFERRED, MOVED_AWAY or OTHER.' })
  closureReason: string | null = null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'The closing summary, or why the case was reopened (*alasan pembukaan kembali*).',
  })
  note: string | null = null;
}

/** A new row of the case's append-only history: a closure or a reopening, by the viewer. */
export function caseEvent(
  ctx: ChildProtectionContext,
  protectionCaseId: string,
  kind: ProtectionCaseEvent['kind'],
  at: Date,
  details: { closureReason?: string | null; note?: string | null },
): ProtectionCaseEvent {
  return Object.assign(new ProtectionCaseEvent(), {
    id: randomUUID(),
    protectionCaseId,
    kind,
    at,
    actor: ctx.viewer.userId,
    actorName: ctx.viewer.name,
    closureReason: details.closureReason ?? null,
    note: details.note ?? null,
  });
}
