import { LockMode } from '@mikro-orm/postgresql';
import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { hasAnyRole } from '@hub/auth';
import { DateScalar, Sex, UserError, userError, type SexCode } from '@hub/federation';
import { ageOn, isDistrictCode, jakartaDate, rulesOn } from '@hub/reference';
import { ForbiddenError, NotFoundError } from '@hub/errors';
import type { CorrectionsContext } from '../context';
import { createOnce, newId } from '../mutation';
import { Officer } from '../officer/officer.entity';
import { Client } from './client.entity';
import { OfficerAssignment } from './officer-assignment.entity';

@InputType({ description: 'A new client (*registrasi klien*).' })
export class RegisterClientInput {
  @Field({ description: 'Bapas register number, unique.' })
  registerNumber!: string;

  @Field({ description: 'Full name as on the civil registry.' })
  fullName!: string;

  @Field({ description: 'NIK: 16 digits.' })
  nik!: string;

  @Field(() => DateScalar)
  birthDate!: string;

  @Field(() => Sex)
  sex!: SexCode;

  @Field({ description: 'BPS district code of residence, e.g. "1507".' })
  districtCode!: string;

  @Field()
  address!: string;

  @Field(() => String, { nullable: true, description: 'Parent or guardian; required for a child.' })
  guardianName?: string | null;

  @Field(() => DateScalar, { description: 'Date of the offence: the category follows the age on this date.' })
  offenseDate!: string;

  @Field(() => String, { nullable: true, description: 'Makes a retry safe: the same key returns the first result.' })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'The result of registerClient.' })
export class RegisterClientPayload {
  @Field(() => Client, { nullable: true })
  client!: Client | null;

  @Field(() => [UserError])
  userErrors!: UserError[];

  @Field({ description: 'True when this was a replay of an earlier request with the same idempotency key.' })
  replayed!: boolean;
}

@InputType({ description: 'Assign a PK to a client (head of Bapas).' })
export class AssignOfficerInput {
  @Field(() => ID)
  clientId!: string;

  @Field(() => ID)
  officerId!: string;

  @Field(() => String, { nullable: true, description: 'Why (kept in the assignment history).' })
  reason?: string | null;
}

@ObjectType({ description: 'The result of assignOfficer.' })
export class AssignOfficerPayload {
  @Field(() => Client, { nullable: true })
  client!: Client | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

/** Checks a registration; every problem is reported, each naming its field and rule. */
export function checkRegistration(input: RegisterClientInput, today: string): UserError[] {
  const errors: UserError[] = [];
  if (!/^[A-Z0-9][A-Z0-9./-]{2,39}$/.test(input.registerNumber)) {
    errors.push(
      userError(
        'input.registerNumber',
        'INVALID_REGISTER_NUMBER',
        'The register number is 3 to 40 capital letters, digits, ".", "/" or "-".',
      ),
    );
  }
  if (input.fullName.trim().length < 2 || input.fullName.length > 200) {
    errors.push(userError('input.fullName', 'INVALID_NAME', 'The full name must be 2 to 200 characters.'));
  }
  if (!/^\d{16}$/.test(input.nik)) {
    errors.push(userError('input.nik', 'INVALID_NIK', 'The NIK must be exactly 16 digits, as on the KTP or family card (KK).'));
  }
  if (!isDistrictCode(input.districtCode)) {
    errors.push(
      userError(
        'input.districtCode',
        'UNKNOWN_DISTRICT',
        `"${input.districtCode}" is not a Jambi district code (e.g. 1507 Tanjung Jabung Barat).`,
      ),
    );
  }
  if (input.address.trim().length < 5)
    errors.push(userError('input.address', 'INVALID_ADDRESS', 'Give the address of residence.'));
  if (input.birthDate > today || input.birthDate < '1900-01-01') {
    errors.push(
      userError('input.birthDate', 'IMPLAUSIBLE_BIRTH_DATE', 'The birth date must be after 1900 and not in the future.'),
    );
    return errors;
  }
  if (input.offenseDate > today || input.offenseDate < input.birthDate) {
    errors.push(
      userError(
        'input.offenseDate',
        'IMPLAUSIBLE_OFFENSE_DATE',
        'The offence date must be after the birth date and not in the future.',
      ),
    );
    return errors;
  }
  const rules = rulesOn(input.offenseDate);
  const age = ageOn(input.birthDate, input.offenseDate);
  if (age < rules.minimumAgeOfResponsibility) {
    errors.push(
      userError(
        'input.offenseDate',
        'UNDER_AGE_OF_RESPONSIBILITY',
        `The person was ${age} at the offence; under ${rules.minimumAgeOfResponsibility} there is no criminal responsibility and Bapas does not register them as a client: record the decision taken with the investigator and a professional social worker instead (recordUnder12Decision).`,
        'KUHP Art. 40, 41; SPPA Art. 1(3), 21',
      ),
    );
  } else if (age < rules.adultAge && !input.guardianName?.trim()) {
    errors.push(
      userError('input.guardianName', 'GUARDIAN_REQUIRED', 'A child client needs a parent or guardian recorded.', 'SPPA Art. 23'),
    );
  }
  return errors;
}

@Resolver()
export class ClientMutations {
  @Mutation(() => RegisterClientPayload, {
    description: 'Registers a client (head of Bapas or registrar). The category follows the age at the offence date.',
  })
  async registerClient(
    @Arg('input', () => RegisterClientInput) input: RegisterClientInput,
    @Ctx() ctx: CorrectionsContext,
  ): Promise<RegisterClientPayload> {
    const today = jakartaDate(new Date());
    const result = await createOnce(ctx, 'registerClient', input, async (tx) => {
      const errors = checkRegistration(input, today);
      if (errors.length) return { errors };
      if ((await tx.count(Client, { registerNumber: input.registerNumber })) > 0) {
        return {
          errors: [
            userError(
              'input.registerNumber',
              'DUPLICATE_REGISTER_NUMBER',
              `Register number ${input.registerNumber} is already in use.`,
            ),
          ],
        };
      }
      const rules = rulesOn(input.offenseDate);
      const client = tx.create(Client, {
        id: newId(),
        registerNumber: input.registerNumber,
        fullName: input.fullName.trim(),
        nik: input.nik,
        birthDate: input.birthDate,
        address: input.address.trim(),
        guardianName: input.guardianName?.trim() || null,
        sex: input.sex,
        districtCode: input.districtCode,
        category: ageOn(input.birthDate, input.offenseDate) >= rules.adultAge ? 'ADULT' : 'CHILD_IN_CONFLICT',
        status: 'REGISTERED',
        officerId: null,
        registeredAt: new Date(),
      });
      return { id: client.id };
    });
    return Object.assign(new RegisterClientPayload(), {
      client: result.id ? await ctx.em.findOne(Client, { id: result.id }) : null,
      userErrors: result.userErrors,
      replayed: result.replayed,
    });
  }

  @Mutation(() => AssignOfficerPayload, {
    description: 'Assigns a PK to a client (head of Bapas); the previous assignment is kept as history.',
  })
  async assignOfficer(
    @Arg('input', () => AssignOfficerInput) input: AssignOfficerInput,
    @Ctx() ctx: CorrectionsContext,
  ): Promise<AssignOfficerPayload> {
    if (!hasAnyRole(ctx.viewer, 'BAPAS_HEAD')) throw new ForbiddenError('Only the head of Bapas assigns officers.');
    const errors: UserError[] = [];
    await ctx.em.transactional(async (tx) => {
      const client = await tx.findOne(Client, { id: input.clientId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!client) throw new NotFoundError('The client');
      const officer = await tx.findOne(Officer, { id: input.officerId });
      if (!officer) {
        errors.push(userError('input.officerId', 'UNKNOWN_OFFICER', 'There is no officer with this id.'));
        return;
      }
      if (client.officerId === officer.id) {
        errors.push(userError('input.officerId', 'ALREADY_ASSIGNED', `${officer.name} is already the client's PK.`));
        return;
      }
      if (client.status === 'CLOSED') {
        errors.push(
          userError('input.clientId', 'CLIENT_CLOSED', "The client's guidance is closed; reopen it before assigning a PK."),
        );
        return;
      }
      const now = new Date();
      await tx.nativeUpdate(OfficerAssignment, { clientId: client.id, endedAt: null }, { endedAt: now });
      tx.create(OfficerAssignment, {
        id: newId(),
        clientId: client.id,
        officerId: officer.id,
        assignedAt: now,
        assignedBy: ctx.viewer.userId,
        reason: input.reason ?? null,
        endedAt: null,
      });
      client.officerId = officer.id;
    });
    return Object.assign(new AssignOfficerPayload(), {
      client: errors.length ? null : await ctx.em.findOne(Client, { id: input.clientId }, { refresh: true }),
      userErrors: errors,
    });
  }
}
