# The API alone; Neo4j runs as its own service (docker-compose.yml).
FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY tsconfig.json ./
COPY src ./src
COPY cypher ./cypher
COPY schema ./schema
COPY data ./data
COPY neo4j ./neo4j
ENV NODE_ENV=production
EXPOSE 4000
CMD ["node", "--import", "tsx", "src/main.ts"]
