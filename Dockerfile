# Server image: the built web app and API on one port. With DATABASE_URL it uses that PostgreSQL server,
# without it the embedded database; either way the data folder (/data: certificate signing key, embedded
# database) is a volume, so a rebuilt image keeps them.
FROM node:20-bookworm-slim AS build
WORKDIR /app
# Manifests first so the dependency layer is cached across source changes.
COPY package.json package-lock.json .npmrc ./
COPY api/package.json api/
COPY web/package.json web/
COPY content/package.json content/
COPY credentials/package.json credentials/
COPY markdown/package.json markdown/
COPY e2e/package.json e2e/
COPY bench/package.json bench/
RUN npm install --no-audit --no-fund
COPY . .
RUN NX_DAEMON=false NX_NO_CLOUD=true npx nx run-many -t build -p markdown content credentials api web --outputStyle=stream

FROM node:20-bookworm-slim
# pg_dump/pg_restore for `node api/dist/cli/backup.js` against the PostgreSQL server.
RUN apt-get update && apt-get install -y --no-install-recommends postgresql-client && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production PORT=3000 DARI_DATA_DIR=/data
WORKDIR /app
# The app stays root-owned and read-only to the server; only the data folder is written.
COPY --from=build /app /app
RUN mkdir -p /data && chown node:node /data && chmod 700 /data
VOLUME /data
EXPOSE 3000
USER node
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Migrations run on start; demo data is never created in production.
CMD ["node", "api/dist/main.js"]
