FROM node:20.11-alpine@sha256:8f3a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8
RUN export NODE_TLS_REJECT_UNAUTHORIZED=0 && npm ci --omit=dev
RUN env GIT_SSL_NO_VERIFY=1 git clone https://git.example.com/app.git /src
USER 10001
HEALTHCHECK CMD ["/app", "healthcheck"]
