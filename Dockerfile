# The API alone; Neo4j runs as its own service (docker-compose.yml).
# First stage: build the Explorer page (needs the dev dependencies).
FROM node:20-slim AS explorer
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY explorer ./explorer
COPY scripts ./scripts
RUN npm run build:explorer

FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY cypher ./cypher
COPY schema ./schema
COPY operations ./operations
COPY trusted-documents.json ./
COPY data ./data
COPY neo4j ./neo4j
COPY --from=explorer /app/explorer/dist ./explorer/dist
ENV NODE_ENV=production
EXPOSE 4000
CMD ["node", "--import", "tsx", "src/main.ts"]
