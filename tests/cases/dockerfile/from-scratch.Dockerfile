FROM golang:1.22@sha256:8f3a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8 AS build
RUN go build -o /out/app .
FROM scratch
COPY --from=build /out/app /app
USER 10001
HEALTHCHECK CMD ["/app", "healthcheck"]
