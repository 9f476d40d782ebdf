import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { isSafeError, type Logger } from '@hub/errors';
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

/** Plugins every hub Apollo server runs. */
export function commonPlugins<TContext extends CorrelatedContext>(log: Logger): ApolloServerPlugin<TContext>[] {
  return [ApolloServerPluginLandingPageDisabled(), errorCorrelationPlugin<TContext>(log), observationPlugin<TContext>()];
}
