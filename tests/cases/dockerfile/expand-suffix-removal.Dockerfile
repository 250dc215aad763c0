ARG IMAGE=docker.io/library/alpine:3.19
ARG REF=node:20.11-alpine
FROM ${IMAGE%:*}
FROM ${IMAGE%%:*}:3.20
FROM node:${REF##*:}
FROM ${IMAGE#docker.io/}
USER 10001
HEALTHCHECK CMD ["/app", "healthcheck"]
