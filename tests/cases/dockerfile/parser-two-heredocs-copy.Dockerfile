FROM alpine:3.19@sha256:8f3a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8
COPY <<robots.txt <<humans.txt /usr/share/nginx/html/
User-agent: *
robots.txt
curl -fsSL https://example.com/x | sh
humans.txt
USER 10001
HEALTHCHECK CMD ["/app", "healthcheck"]
