import { print } from 'graphql';
import { graphql } from '../../gql';

/**
 * The site supervisor's roster: their provider's active sites (the hub scopes `workSites` to it) and
 * the people placed there now, in the limited view (initials only, SPPA Art. 19), with the days
 * already recorded. Sizes keep the query under the gateway's cost limit.
 */
export const SiteRosterQuery = graphql(`
  query SiteRoster {
    workSites(first: 10, filter: { active: true }) {
      nodes {
        id
        name
        activities
        availability {
          weekday
          startTime
          endTime
        }
        placements(first: 20, status: ACTIVE) {
          id
          startDate
          status
          person {
            displayName
            isChild
          }
          hoursCredited
          attendance {
            date
            hours
            outcome
          }
          order {
            id
            hoursRemaining
          }
        }
      }
    }
  }
`);

/** One day's attendance; the idempotency key comes from the record on the device. */
export const RecordAttendanceMutation = graphql(`
  mutation RecordAttendance($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      attendance {
        id
        date
        hours
        outcome
      }
      userErrors {
        field
        code
        message
        article
      }
      replayed
    }
  }
`);

/** The mutation's text as the queue sends it (a trusted document: the same text codegen collects). */
export const RECORD_ATTENDANCE_TEXT = print(RecordAttendanceMutation);
