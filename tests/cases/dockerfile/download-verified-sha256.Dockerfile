FROM debian:12.8-slim@sha256:8f3a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8
RUN curl -fsSLo /tmp/tool.tgz https://example.com/tool.tgz \
 && echo "24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d  /tmp/tool.tgz" | sha256sum -c - \
 && tar -xzf /tmp/tool.tgz -C /usr/local
USER 10001
HEALTHCHECK CMD ["/app", "healthcheck"]
