import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { ModuleRef } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { tokenOf } from './auth/auth.guard';
import { AuthService } from './auth/auth.service';
import { formatError } from './common/format-error';
import { queryLimitsPlugin } from './access/query-limits.plugin';
import type { DariRequest } from './access/request-context';
import type { AppConfig } from './config/app-config';

/** The web app's largest document has a few hundred tokens; the parser stops far beyond that. */
const MAX_TOKENS = 5000;

/** Apollo on /graphql: limits checked before execution, no schema details (or stack traces) in production. */
export function graphQLModule(config: AppConfig) {
  return GraphQLModule.forRootAsync<ApolloDriverConfig>({
    driver: ApolloDriver,
    inject: [ModuleRef],
    useFactory: (moduleRef: ModuleRef): ApolloDriverConfig => {
      // The session of the request, when it has a valid one; the auth guard reports a bad one later.
      const identify = async (req: DariRequest) => {
        const token = tokenOf(req);
        return token
          ? moduleRef
              .get(AuthService, { strict: false })
              .authenticate(token)
              .catch(() => undefined)
          : undefined;
      };
      return {
        autoSchemaFile: true,
        sortSchema: true,
        path: '/graphql',
        introspection: !config.production,
        graphiql: !config.production,
        playground: false,
        includeStacktraceInErrorResponses: !config.production,
        // No "Did you mean …?" in production: it lets anyone map the schema without introspection.
        hideSchemaDetailsFromClientErrors: config.production,
        parseOptions: { maxTokens: MAX_TOKENS },
        // Cache hints and traces are unused (responses are private; no Apollo gateway): without them Apollo wraps no
        // field resolver, which costs on every field of every answer.
        plugins: [queryLimitsPlugin(identify), ApolloServerPluginCacheControlDisabled(), ApolloServerPluginInlineTraceDisabled()],
        // Field resolvers declare access too (@Allow on a field, @FieldOfParent): the global guard checks them.
        fieldResolverEnhancers: ['guards'],
        context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
        formatError: formatError(config.production),
      };
    },
  });
}
