FROM rockylinux:9.3@sha256:8f3a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8 AS build
RUN yum install -y --nogpgcheck foo && yum clean all
RUN dnf --nogpgcheck install -y bar && dnf clean all
RUN rpm -i --nosignature /tmp/baz.rpm
FROM rockylinux:9.3@sha256:8f3a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8
USER 10001
HEALTHCHECK CMD ["/app", "healthcheck"]
