FROM debian:12.8-slim@sha256:8f3a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8 AS build
RUN apt-get update && apt-get install -y --allow-unauthenticated foo
RUN apt-get -o Acquire::https::Verify-Peer=false update && apt-get install -y bar
RUN apt-get install -y --force-yes baz
RUN echo "deb [trusted=yes] http://repo.example.com stable main" > /etc/apt/sources.list.d/x.list
FROM debian:12.8-slim@sha256:8f3a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8
USER 10001
HEALTHCHECK CMD ["/app", "healthcheck"]
