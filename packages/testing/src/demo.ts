/** The token claims of a demo user (one definition, in @hub/auth). */
export { claimsOfUser } from '@hub/auth';
