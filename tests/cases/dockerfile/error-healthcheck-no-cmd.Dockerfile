FROM alpine:3.19
HEALTHCHECK curl -f http://localhost/
