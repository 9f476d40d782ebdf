import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hasAnyRole } from '@hub/auth';
import { runIdempotent } from '@hub/db';
import { UserError, userError } from '@hub/federation';
import { isDistrictCode, type WorkSiteKindCode } from '@hub/reference';
import { ForbiddenError, NotFoundError } from '@hub/errors';
import { randomUUID } from 'node:crypto';
import type { WorksitesContext } from '../context';
import { ProviderKind, WorkSiteKind, type ProviderKindCode } from '../enums';
import { Provider } from '../provider/provider.entity';
import { AvailabilitySlot, WorkSite } from './site.entity';

@InputType({ description: 'A work-site provider (*penyedia*).' })
export class RegisterProviderInput {
  @Field()
  name!: string;

  @Field(() => ProviderKind)
  kind!: ProviderKindCode;

  @Field()
  districtCode!: string;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType({ description: 'A weekly availability window.' })
export class AvailabilitySlotInput {
  @Field(() => Int, { description: '1 = Monday … 7 = Sunday.' })
  weekday!: number;

  @Field({ description: 'HH:MM' })
  startTime!: string;

  @Field({ description: 'HH:MM' })
  endTime!: string;
}

@InputType({ description: 'A work site of a provider; also used to update one (all fields).' })
export class WorkSiteInput {
  @Field()
  name!: string;

  @Field(() => WorkSiteKind)
  kind!: WorkSiteKindCode;

  @Field()
  districtCode!: string;

  @Field()
  address!: string;

  @Field(() => [String])
  activities!: string[];

  @Field(() => Int)
  capacity!: number;

  @Field(() => [AvailabilitySlotInput])
  availability!: AvailabilitySlotInput[];

  @Field()
  requiresProtectiveEquipment!: boolean;

  @Field()
  childSuitable!: boolean;

  @Field({ description: 'The provider confirms the work is not commercial (KUHP Art. 85(3)).' })
  nonCommercialConfirmed!: boolean;
}

@InputType()
export class RegisterWorkSiteInput extends WorkSiteInput {
  @Field(() => ID)
  providerId!: string;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@InputType()
export class UpdateWorkSiteInput extends WorkSiteInput {
  @Field(() => ID)
  siteId!: string;
}

@ObjectType({ description: 'The result of registerProvider.' })
export class RegisterProviderPayload {
  @Field(() => Provider, { nullable: true })
  provider!: Provider | null;

  @Field(() => [UserError])
  userErrors!: UserError[];

  @Field()
  replayed!: boolean;
}

@ObjectType({ description: 'The result of a change to a work site.' })
export class WorkSitePayload {
  @Field(() => WorkSite, { nullable: true })
  workSite!: WorkSite | null;

  @Field(() => [UserError])
  userErrors!: UserError[];

  @Field()
  replayed!: boolean;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Checks a site's description; each problem names its field. */
export function checkSite(input: WorkSiteInput): UserError[] {
  const errors: UserError[] = [];
  if (input.name.trim().length < 3)
    errors.push(userError('input.name', 'NAME_REQUIRED', 'Name the site (at least 3 characters).'));
  if (!isDistrictCode(input.districtCode))
    errors.push(userError('input.districtCode', 'UNKNOWN_DISTRICT', `"${input.districtCode}" is not a Jambi district code.`));
  if (input.address.trim().length < 5)
    errors.push(userError('input.address', 'ADDRESS_REQUIRED', 'Give the address of the site.'));
  if (input.activities.filter((a) => a.trim()).length === 0)
    errors.push(userError('input.activities', 'ACTIVITIES_REQUIRED', 'Name at least one activity.'));
  if (!Number.isInteger(input.capacity) || input.capacity < 1 || input.capacity > 100) {
    errors.push(userError('input.capacity', 'INVALID_CAPACITY', 'Capacity is 1 to 100 people at once.'));
  }
  if (input.availability.length === 0)
    errors.push(userError('input.availability', 'AVAILABILITY_REQUIRED', 'Give at least one weekly window.'));
  input.availability.forEach((slot, i) => {
    if (
      slot.weekday < 1 ||
      slot.weekday > 7 ||
      !TIME.test(slot.startTime) ||
      !TIME.test(slot.endTime) ||
      slot.startTime >= slot.endTime
    ) {
      errors.push(userError(`input.availability[${i}]`, 'INVALID_SLOT', 'A window is a weekday 1–7 and HH:MM start before end.'));
    }
  });
  if (!input.nonCommercialConfirmed) {
    errors.push(
      userError(
        'input.nonCommercialConfirmed',
        'COMMERCIAL_WORK',
        'Community service must not be commercial work; the provider must confirm it.',
        'KUHP Art. 85(3)',
      ),
    );
  }
  return errors;
}

function siteFields(input: WorkSiteInput) {
  return {
    name: input.name.trim(),
    kind: input.kind,
    districtCode: input.districtCode,
    address: input.address.trim(),
    activities: input.activities.map((a) => a.trim()).filter(Boolean),
    capacity: input.capacity,
    availability: input.availability.map((s) => Object.assign(new AvailabilitySlot(), { ...s })),
    requiresProtectiveEquipment: input.requiresProtectiveEquipment,
    childSuitable: input.childSuitable,
    nonCommercialConfirmed: input.nonCommercialConfirmed,
  };
}

async function keepVersion(tx: EntityManager, site: WorkSite, actor: string, change: string): Promise<void> {
  await tx.execute('insert into work_site_version (site_id, changed_by, change, snapshot) values (?, ?, ?, ?)', [
    site.id,
    actor,
    change,
    JSON.stringify(site),
  ]);
}

function mayManage(ctx: WorksitesContext, providerId: string): boolean {
  return (
    hasAnyRole(ctx.viewer, 'BAPAS_HEAD') || (hasAnyRole(ctx.viewer, 'PROVIDER_ADMIN') && ctx.viewer.providerId === providerId)
  );
}

@Resolver()
export class SiteMutations {
  @Mutation(() => RegisterProviderPayload, {
    description: 'Registers a work-site provider (head of Bapas, under the cooperation agreement).',
  })
  async registerProvider(
    @Arg('input', () => RegisterProviderInput) input: RegisterProviderInput,
    @Ctx() ctx: WorksitesContext,
  ): Promise<RegisterProviderPayload> {
    if (!hasAnyRole(ctx.viewer, 'BAPAS_HEAD')) throw new ForbiddenError('Providers are registered by the head of Bapas.');
    const { idempotencyKey, ...rest } = input;
    const run = await runIdempotent<UserError>(
      ctx.em,
      { actor: ctx.viewer.userId, operation: 'registerProvider', key: idempotencyKey, input: rest },
      async (tx) => {
        const errors: UserError[] = [];
        if (input.name.trim().length < 3) errors.push(userError('input.name', 'NAME_REQUIRED', 'Name the provider.'));
        if (!isDistrictCode(input.districtCode))
          errors.push(
            userError('input.districtCode', 'UNKNOWN_DISTRICT', `"${input.districtCode}" is not a Jambi district code.`),
          );
        if (errors.length) return { errors };
        const provider = tx.create(Provider, {
          id: randomUUID(),
          name: input.name.trim(),
          kind: input.kind,
          districtCode: input.districtCode,
        });
        return { id: provider.id };
      },
    );
    return Object.assign(new RegisterProviderPayload(), {
      provider: 'id' in run.outcome ? await ctx.em.findOne(Provider, { id: run.outcome.id }) : null,
      userErrors: 'errors' in run.outcome ? run.outcome.errors : [],
      replayed: run.replayed,
    });
  }

  @Mutation(() => WorkSitePayload, { description: "Registers a work site (the provider's admin, or the head of Bapas)." })
  async registerWorkSite(
    @Arg('input', () => RegisterWorkSiteInput) input: RegisterWorkSiteInput,
    @Ctx() ctx: WorksitesContext,
  ): Promise<WorkSitePayload> {
    if (!mayManage(ctx, input.providerId))
      throw new ForbiddenError("Only the provider's admin or the head of Bapas registers its sites.");
    const { idempotencyKey, ...rest } = input;
    const run = await runIdempotent<UserError>(
      ctx.em,
      { actor: ctx.viewer.userId, operation: 'registerWorkSite', key: idempotencyKey, input: rest },
      async (tx) => {
        if (!(await tx.findOne(Provider, { id: input.providerId })))
          return { errors: [userError('input.providerId', 'UNKNOWN_PROVIDER', 'No provider with this id.')] };
        const errors = checkSite(input);
        if (errors.length) return { errors };
        const site = tx.create(WorkSite, { id: randomUUID(), providerId: input.providerId, active: true, ...siteFields(input) });
        await tx.flush();
        await keepVersion(tx, site, ctx.viewer.userId, 'CREATED');
        return { id: site.id };
      },
    );
    return Object.assign(new WorkSitePayload(), {
      workSite: 'id' in run.outcome ? await ctx.em.findOne(WorkSite, { id: run.outcome.id }) : null,
      userErrors: 'errors' in run.outcome ? run.outcome.errors : [],
      replayed: run.replayed,
    });
  }

  @Mutation(() => WorkSitePayload, {
    description: 'Updates a site; the earlier version is kept. Capacity cannot drop below the places in use.',
  })
  async updateWorkSite(
    @Arg('input', () => UpdateWorkSiteInput) input: UpdateWorkSiteInput,
    @Ctx() ctx: WorksitesContext,
  ): Promise<WorkSitePayload> {
    return this.change(ctx, input.siteId, 'UPDATED', async (site) => {
      const errors = checkSite(input);
      const inUse = await ctx.loaders.activePlacementsBySite.load(site.id);
      if (input.capacity < inUse)
        errors.push(userError('input.capacity', 'CAPACITY_IN_USE', `${inUse} places are in use; capacity cannot be lower.`));
      if (errors.length) return errors;
      Object.assign(site, siteFields(input));
      return [];
    });
  }

  @Mutation(() => WorkSitePayload, { description: 'Deactivates a site: no new placements; its placements and history stay.' })
  async deactivateWorkSite(@Arg('siteId', () => ID) siteId: string, @Ctx() ctx: WorksitesContext): Promise<WorkSitePayload> {
    return this.change(ctx, siteId, 'DEACTIVATED', async (site) => {
      if (!site.active) return [userError('siteId', 'ALREADY_INACTIVE', 'The site is already inactive.')];
      site.active = false;
      return [];
    });
  }

  private async change(
    ctx: WorksitesContext,
    siteId: string,
    change: string,
    apply: (site: WorkSite) => Promise<UserError[]>,
  ): Promise<WorkSitePayload> {
    const site = await ctx.em.findOne(WorkSite, { id: siteId });
    if (!site) throw new NotFoundError('The work site');
    if (!mayManage(ctx, site.providerId))
      throw new ForbiddenError("Only the provider's admin or the head of Bapas changes its sites.");
    let errors: UserError[] = [];
    await ctx.em
      .transactional(async (tx) => {
        await keepVersion(tx, site, ctx.viewer.userId, `BEFORE_${change}`);
        errors = await apply(site);
        if (errors.length) throw new RollBack();
      })
      .catch((e) => {
        if (!(e instanceof RollBack)) throw e;
      });
    return Object.assign(new WorkSitePayload(), { workSite: errors.length ? null : site, userErrors: errors, replayed: false });
  }
}

class RollBack extends Error {}
