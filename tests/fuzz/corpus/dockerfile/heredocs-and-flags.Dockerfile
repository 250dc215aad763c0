# syntax=docker/dockerfile:1.7
# check=skip=JSONArgsRecommended
ARG REG=ghcr.io
ARG TAG
FROM --platform=$BUILDPLATFORM ${REG}/acme/base:${TAG:-1.0}@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef AS base
ENV PATH="/opt/bin:${PATH}" HOME=/home/app
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc \
    --mount=type=cache,target=/var/cache/apt <<-EOT bash -ex && cat <<'RAW' > /etc/motd
	apt-get update
	apt-get install -y --no-install-recommends ca-certificates
EOT
literal $HOME
RAW
COPY --chown=1000:1000 --chmod=0755 --from=base <<EOF /app/run.sh
#!/bin/sh
exec "$@"
EOF
# bulkhead ignore=DF001
USER 1000:1000
HEALTHCHECK --interval=30s CMD ["curl", "-f", "http://localhost/"]
ONBUILD RUN echo "${HOME:+set}" ${UNSET:?missing}
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
ENTRYPOINT ["/app/run.sh"]
CMD exec node server.js
