FROM node:20.11-alpine@sha256:8f3a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8 AS build
WORKDIR /app
COPY . .
RUN npm ci && npm run build
FROM nginx:1.27@sha256:8f3a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8
COPY --from=build /app/dist /usr/share/nginx/html
USER 10001
HEALTHCHECK CMD ["/app", "healthcheck"]
