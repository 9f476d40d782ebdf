# worksites: build with the whole workspace, run with production dependencies only, as a non-root user.
# docker build -f deploy/docker/worksites.Dockerfile -t jambi-abh-hub/worksites .
FROM node:20-bookworm-slim AS build
WORKDIR /hub
COPY . .
RUN npm ci --ignore-scripts --no-audit --no-fund && npx tsc -b subgraphs/worksites
# Reinstall with this service's production dependencies only (workspace packages stay linked).
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund --workspace=@hub/worksites --include-workspace-root=false

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /hub
COPY --from=build /hub/package.json ./package.json
COPY --from=build /hub/node_modules ./node_modules
COPY --from=build /hub/packages ./packages
COPY --from=build /hub/subgraphs/worksites/package.json ./subgraphs/worksites/package.json
COPY --from=build /hub/subgraphs/worksites/dist ./subgraphs/worksites/dist

# The image's unprivileged user; files stay owned by root, so the process cannot change its own code.
USER node
EXPOSE 4003
CMD ["node", "subgraphs/worksites/dist/main.js"]
