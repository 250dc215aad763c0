FROM opensuse/leap:15.6@sha256:8f3a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8
RUN zypper --non-interactive install curl
RUN zypper -n in git && zypper clean --all
USER 10001
HEALTHCHECK CMD ["/app", "healthcheck"]
