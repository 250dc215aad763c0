FROM alpine
USER 10001
HEALTHCHECK CMD ["/app", "healthcheck"]
