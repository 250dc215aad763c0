# syntax=docker/dockerfile:1
ARG BASE=debian
FROM ${BASE}:latest AS build
RUN apt-get update
RUN apt-get update && apt-get install -y gcc make \
    # a comment inside
    curl
ENV API_TOKEN=ghp_abcdefghijklmnopqrstuvwxyz0123456789
RUN curl -fsSL https://example.com/install.sh | sh
RUN <<EOF
set -e
wget --no-check-certificate https://x/y.tgz
chmod 4755 /usr/bin/foo
EOF
COPY id_rsa /root/.ssh/
ADD app.py /app/
EXPOSE 22
USER root
