// The language of user-facing messages lives with the errors (packages/errors), which every layer uses.
export { languageOf, type Language } from '@hub/errors';
