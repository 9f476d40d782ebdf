import { graphql } from '../../gql';

// One query per agency: a statistics root field is non-null, so an agency that does not answer
// would blank a combined answer; apart, the other agencies' tables still show.

export const AnalystCorrectionsStatistics = graphql(`
  query AnalystCorrectionsStatistics($filter: StatisticsFilter) {
    correctionsStatistics(filter: $filter) {
      threshold
      total
      totalSuppressed
      byDistrict {
        dimension
        cells {
          key
          label
          count
          suppressed
        }
      }
      byCategory {
        dimension
        cells {
          key
          label
          count
          suppressed
        }
      }
      byStatus {
        dimension
        cells {
          key
          label
          count
          suppressed
        }
      }
      byAgeBand {
        dimension
        cells {
          key
          label
          count
          suppressed
        }
      }
      bySex {
        dimension
        cells {
          key
          label
          count
          suppressed
        }
      }
    }
  }
`);

export const AnalystChildProtectionStatistics = graphql(`
  query AnalystChildProtectionStatistics($filter: StatisticsFilter) {
    childProtectionStatistics(filter: $filter) {
      threshold
      total
      totalSuppressed
      byChildRole {
        dimension
        cells {
          key
          label
          count
          suppressed
        }
      }
      byViolenceType {
        dimension
        cells {
          key
          label
          count
          suppressed
        }
      }
      byRiskLevel {
        dimension
        cells {
          key
          label
          count
          suppressed
        }
      }
      byStatus {
        dimension
        cells {
          key
          label
          count
          suppressed
        }
      }
      byDistrict {
        dimension
        cells {
          key
          label
          count
          suppressed
        }
      }
      byAgeBand {
        dimension
        cells {
          key
          label
          count
          suppressed
        }
      }
    }
  }
`);

export const AnalystWorkSiteStatistics = graphql(`
  query AnalystWorkSiteStatistics($filter: StatisticsFilter) {
    workSiteStatistics(filter: $filter) {
      threshold
      placements
      placementsSuppressed
      activeSites
      capacity
      capacityInUse
      bySiteKind {
        dimension
        cells {
          key
          label
          count
          value
          suppressed
        }
      }
      byDistrict {
        dimension
        cells {
          key
          label
          count
          value
          suppressed
        }
      }
    }
  }
`);

export const AnalystCooperationStatistics = graphql(`
  query AnalystCooperationStatistics($year: Int!, $districtCode: String) {
    cooperationStatistics(year: $year, districtCode: $districtCode) {
      year
      threshold
      quarters {
        districtCode
        quarter
        referralsSent
        referralsByStatus {
          dimension
          cells {
            key
            label
            count
            suppressed
          }
        }
        ordersByStatus {
          dimension
          cells {
            key
            label
            count
            suppressed
          }
        }
        ordersByOutcome {
          dimension
          cells {
            key
            label
            count
            suppressed
          }
        }
        breachReports {
          dimension
          cells {
            key
            label
            count
            suppressed
          }
        }
        capacityBuilding {
          dimension
          cells {
            key
            label
            count
            value
            suppressed
          }
        }
        # DP3AP2KB's part and the work-site providers' part: each null (AGENCY_UNAVAILABLE, naming the
        # agency) when that agency does not answer; the other parts still come.
        childProtection {
          referralResponses
          responsesByDecision {
            dimension
            cells {
              key
              label
              count
              suppressed
            }
          }
          medianDaysToResponse
          referredChildren
          servicesToReferredChildren
          servicesPerReferredChild
        }
        workSites {
          peopleWorking
          hoursDelivered
          suppressed
        }
      }
    }
  }
`);
