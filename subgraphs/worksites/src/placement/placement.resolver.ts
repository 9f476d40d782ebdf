import { Arg, Ctx, FieldResolver, Float, ID, Query, Resolver, Root } from 'type-graphql';
import { NotFoundError } from '@hub/errors';
import type { WorksitesContext } from '../context';
import { WorkSite } from '../site/site.entity';
import { OrderRef } from '../order/order.ref';
import { Placement, PlacementPerson } from './placement.entity';
import { AttendanceRecord } from '../attendance/attendance.entity';
import { districtOf } from '@hub/federation';
import { mutation, mutationsOf } from '@hub/server';
import { visiblePlacements } from './placement.access';
import { creditedHours } from '../order/order.rules';
import { EndPlacementInput, EndPlacementPayload, PlaceOrderInput, PlaceOrderPayload } from './placement.input';
import { endPlacement, placeOrder } from './placement.service';

@Resolver(() => Placement)
export class PlacementResolver {
  @Query(() => Placement, { nullable: true, description: 'One placement by id, if the viewer may see it.' })
  async placement(@Arg('id', () => ID) id: string, @Ctx() ctx: WorksitesContext): Promise<Placement | null> {
    const found = await ctx.loaders.placement.load(id);
    if (!found) return null;
    const [visible] = await visiblePlacements(ctx, [found]);
    return visible ?? null;
  }

  @FieldResolver(() => OrderRef, { description: 'The order being served.' })
  order(@Root() placement: Placement): OrderRef {
    return OrderRef.of(placement.orderId);
  }

  @FieldResolver(() => WorkSite, { description: 'The work site.' })
  async site(@Root() placement: Placement, @Ctx() ctx: WorksitesContext): Promise<WorkSite> {
    const site = await ctx.loaders.site.load(placement.siteId);
    if (!site) throw new NotFoundError('The site of this placement');
    return site;
  }

  @FieldResolver(() => PlacementPerson, { description: 'The person, in the limited view: work-site staff never see more.' })
  person(@Root() placement: Placement): PlacementPerson {
    return Object.assign(new PlacementPerson(), {
      displayName: placement.personInitials,
      identityAccess: 'LIMITED' as const,
      isChild: placement.personIsChild,
      district: districtOf(placement.personDistrictCode),
    });
  }

  @FieldResolver(() => [AttendanceRecord], { description: 'Attendance records, by date (*daftar hadir*).' })
  attendance(@Root() placement: Placement, @Ctx() ctx: WorksitesContext): Promise<AttendanceRecord[]> {
    return ctx.loaders.attendanceByPlacement.load(placement.id);
  }

  @FieldResolver(() => Float, { description: 'Hours credited at this site (*jam terlaksana*).' })
  async hoursCredited(@Root() placement: Placement, @Ctx() ctx: WorksitesContext): Promise<number> {
    return creditedHours(await ctx.loaders.attendanceByPlacement.load(placement.id));
  }
}

/** Resolves `Placement` references, batched, with the same visibility rule. */
export const placementReference = {
  __resolveReference: async (ref: { id: string }, ctx: WorksitesContext) => {
    const found = await ctx.loaders.placement.load(ref.id);
    if (!found) return null;
    const [visible] = await visiblePlacements(ctx, [found]);
    return visible ?? null;
  },
};

export const PlacementMutations = mutationsOf<WorksitesContext>({
  placeOrder: mutation(
    PlaceOrderPayload,
    PlaceOrderInput,
    placeOrder,
    "Places an order at a site (PK or head). The order's facts are fetched through the gateway with the caller's token and kept as a snapshot. An order already placed moves, its hours carried along.",
  ),
  endPlacement: mutation(
    EndPlacementPayload,
    EndPlacementInput,
    endPlacement,
    'Ends a placement as completed, transferred or revoked (PK or head); its records stay.',
  ),
});
