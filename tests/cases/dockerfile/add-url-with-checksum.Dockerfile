# syntax=docker/dockerfile:1.7
FROM alpine:3.19@sha256:8f3a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool-1.2.3.tar.gz /tmp/
USER 10001
HEALTHCHECK CMD ["/app", "healthcheck"]
