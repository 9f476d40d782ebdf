import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { isSafeError, localizedMessage, type Language, type Logger } from '@hub/errors';
import { observationPlugin } from './observe';

/** What every hub request context carries for error handling. */
export interface CorrelatedContext extends BaseContext {
  correlationId: string;
}

/**
 * Logs unexpected errors with the correlation id (the client only sees the masked message) and
 * stamps the correlation id on every error sent back.
 */
export function errorCorrelationPlugin<TContext extends CorrelatedContext>(log: Logger): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            if (!isSafeError(error)) {
              log.error('unexpected error', {
                correlationId: contextValue.correlationId,
                operationName,
                path: error.path,
                error: error.originalError ?? error,
              });
            }
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((e) => ({
            ...e,
            extensions: { ...e.extensions, correlationId: contextValue.correlationId },
          }));
        },
      };
    },
  };
}

/**
 * Gives every error's message in the caller's language (Indonesian unless Accept-Language prefers
 * English; `@hub/errors` messages-id.ts); codes and the rest of the error stay as they are. A message
 * a subgraph already gave in the caller's language passes unchanged.
 */
export function errorLanguagePlugin<TContext extends BaseContext>(
  languageOf: (context: TContext) => Language,
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          const language = languageOf(contextValue);
          if (language === 'en') return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((e) => ({
            ...e,
            message: localizedMessage(e.message, language),
          }));
        },
      };
    },
  };
}

/** Plugins every hub Apollo server runs; errors in the language `languageOf` picks for the request. */
export function commonPlugins<TContext extends CorrelatedContext>(
  log: Logger,
  languageOf: (context: TContext) => Language = () => 'id',
): ApolloServerPlugin<TContext>[] {
  return [
    ApolloServerPluginLandingPageDisabled(),
    errorCorrelationPlugin<TContext>(log),
    errorLanguagePlugin<TContext>(languageOf),
    observationPlugin<TContext>(),
  ];
}
