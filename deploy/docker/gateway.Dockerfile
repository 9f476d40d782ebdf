# gateway: build with the whole workspace, run with production dependencies only, as a non-root user.
# docker build -f deploy/docker/gateway.Dockerfile -t jambi-abh-hub/gateway .
FROM node:20-bookworm-slim AS build
WORKDIR /hub
COPY . .
RUN npm ci --ignore-scripts --no-audit --no-fund && npx tsc -b gateway
# Reinstall with this service's production dependencies only (workspace packages stay linked).
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund --workspace=@hub/gateway --include-workspace-root=false

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /hub
COPY --from=build /hub/package.json ./package.json
COPY --from=build /hub/node_modules ./node_modules
COPY --from=build /hub/packages ./packages
COPY --from=build /hub/gateway/package.json ./gateway/package.json
COPY --from=build /hub/gateway/dist ./gateway/dist
COPY --from=build /hub/schema/supergraph.graphql /hub/schema/trusted-documents.json ./schema/
# The image's unprivileged user; files stay owned by root, so the process cannot change its own code.
USER node
EXPOSE 4000
CMD ["node", "gateway/dist/main.js"]
