# Timantti for self-hosters: one image for every role (TIMANTTI_ROLES), built in two stages.
# compose.yaml runs it as several instances behind nginx; alone, without DATABASE_URL, it runs
# every role on the embedded PostgreSQL in its data directory:
#   docker build -t timantti . && docker run -p 3000:3000 -v timantti-data:/var/lib/timantti timantti
# The Node version is the one the project pins (the `node` package in package.json).
ARG NODE_IMAGE=node:24.9.0-bookworm-slim

# The web app's assets, built with the web workspace's build tools, none of which ship.
FROM ${NODE_IMAGE} AS web
WORKDIR /app
COPY package.json package-lock.json tsconfig.base.json ./
COPY apps/server/package.json apps/server/
COPY apps/web/package.json apps/web/
COPY packages/contracts/package.json packages/contracts/
COPY packages/i18n/package.json packages/i18n/
COPY e2e/package.json e2e/
COPY bench/package.json bench/
# No install scripts: the build needs none (the root's `node` package would fetch a second Node).
RUN npm ci --workspace @timantti/web --ignore-scripts --no-audit --no-fund
COPY packages packages
COPY apps/web apps/web
RUN npm run build --workspace @timantti/web

FROM ${NODE_IMAGE} AS runtime
# Voikko (libvoikko1 + voikko-fi) for Finnish search: inflected forms and parts of compound
# words; Chromium for PDFs.
RUN apt-get update \
  && apt-get install -y --no-install-recommends libvoikko1 voikko-fi chromium ca-certificates \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
COPY apps/server/package.json apps/server/
COPY apps/web/package.json apps/web/
COPY packages/contracts/package.json packages/contracts/
COPY packages/i18n/package.json packages/i18n/
COPY e2e/package.json e2e/
COPY bench/package.json bench/
# The server's own dependencies and the workspaces it imports, nothing for development.
RUN npm ci --omit=dev --workspace @timantti/server --no-audit --no-fund \
  && npm cache clean --force
COPY packages/contracts/src packages/contracts/src
COPY packages/i18n/src packages/i18n/src
COPY apps/server/src apps/server/src
COPY scripts/serve.sh scripts/serve.sh
COPY --from=web /app/apps/web/dist apps/web/dist

# Uploads and, without DATABASE_URL, the embedded database live here: a volume shared by
# every instance (compose.yaml). Not root: the embedded PostgreSQL refuses to run as root too.
RUN groupadd --system timantti \
  && useradd --system --gid timantti --home-dir /var/lib/timantti timantti \
  && mkdir -p /var/lib/timantti \
  && chown timantti:timantti /var/lib/timantti
USER timantti
ENV NODE_ENV=production \
  HOST=0.0.0.0 \
  PORT=3000 \
  TIMANTTI_DATA_DIR=/var/lib/timantti \
  TIMANTTI_DEMO=off
VOLUME ["/var/lib/timantti"]
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# The same start the load-balancer test runs: waits for DATABASE_URL, then the roles named
# in TIMANTTI_ROLES (all by default).
CMD ["/app/scripts/serve.sh"]
