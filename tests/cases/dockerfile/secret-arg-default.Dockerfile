FROM node:20.11-alpine@sha256:8f3a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8
ARG NPM_TOKEN=npm_abcdefghijklmnopqrstuvwxyz0123456789
ARG DB_PASSWORD=hunter2
USER 10001
HEALTHCHECK CMD ["/app", "healthcheck"]
