/**
 * The operations a subgraph sends to the hub gateway as the caller (askGateway), when a write relies
 * on another agency's facts. They are published operations like the dashboards': `schema:check`
 * validates them against each new supergraph and `schema:compose` puts them in the trusted-document
 * manifest, so a production gateway runs them for a PK or a case manager.
 */
export const GATEWAY_OPERATIONS = {
  /** worksites, placeOrder: the order's facts, kept as the placement's snapshot. */
  PlacementOrderFacts: `query PlacementOrderFacts($id: ID!) { communityServiceOrder(id: $id) {
  id kind orderedHours maxHoursPerDay startDate deadline status district { code }
  client { id category displayName district { code } officer { id } } } }`,
  /** worksites, placeOrder: a pending order becomes ACTIVE at Bapas. */
  ActivateOrder: `mutation ActivateOrder($input: ChangeOrderStatusInput!) { changeOrderStatus(input: $input) { userErrors { code } } }`,
  /** child-protection, acceptReferral and declineReferral: the referral's facts (`sentAt` for the days to a response). */
  ReferralFacts: `query ReferralFacts($id: ID!) { referral(id: $id) {
  id toAgency status services reason sentAt client { id displayName sex ageBand district { code } } } }`,
  /** child-protection, declineReferral: the declined referral is closed at Bapas (the sharing ends). */
  CloseDeclinedReferral: `mutation CloseDeclinedReferral($input: CloseDeclinedReferralInput!) {
  closeDeclinedReferral(input: $input) { referral { id status } userErrors { code } } }`,
} as const;
