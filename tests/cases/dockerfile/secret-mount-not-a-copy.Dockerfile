# a secret mount is the right way: nothing is written into a layer
FROM node:20.11-alpine@sha256:8f3a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev
USER 10001
HEALTHCHECK CMD ["/app", "healthcheck"]
