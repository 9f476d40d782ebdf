import type { SiteRosterQuery } from '../../gql/graphql';
import type { RosterSite } from '../../offline/db';

/** The query's answer as the device keeps it: only what the supervisor's limited view shows. */
export function rosterFromQuery(data: SiteRosterQuery): RosterSite[] {
  return data.workSites.nodes.map((site) => ({
    id: site.id,
    name: site.name,
    activities: [...site.activities],
    availability: site.availability.map((a) => ({ weekday: a.weekday, startTime: a.startTime, endTime: a.endTime })),
    placements: site.placements
      .filter((p) => p.status === 'ACTIVE')
      .map((p) => ({
        id: p.id,
        startDate: p.startDate,
        displayName: p.person.displayName,
        isChild: p.person.isChild,
        hoursCredited: p.hoursCredited,
        hoursRemaining: p.order.hoursRemaining ?? null,
        attendance: p.attendance.map((a) => ({ date: a.date, hours: a.hours, outcome: a.outcome })),
      }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName)),
  }));
}
