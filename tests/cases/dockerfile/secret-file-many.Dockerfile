FROM alpine:3.19@sha256:8f3a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8
COPY .npmrc /root/.npmrc
COPY id_rsa /root/.ssh/id_rsa
COPY .aws/credentials /root/.aws/credentials
COPY .docker/config.json /root/.docker/config.json
ADD .git-credentials /root/
USER 10001
HEALTHCHECK CMD ["/app", "healthcheck"]
