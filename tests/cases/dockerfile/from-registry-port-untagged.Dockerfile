FROM registry.example.com:5000/team/app
USER 10001
HEALTHCHECK CMD ["/app", "healthcheck"]
