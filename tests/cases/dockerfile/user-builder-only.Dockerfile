# USER in a build stage does not carry over to an unrelated final stage
FROM golang:1.22@sha256:8f3a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8 AS build
USER 10001
RUN go build -o /out/app .

FROM gcr.io/distroless/static-debian12@sha256:8f3a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8
COPY --from=build /out/app /app
HEALTHCHECK CMD ["/app", "healthcheck"]
