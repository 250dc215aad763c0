FROM rockylinux:9.3@sha256:8f3a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8
RUN yum install -y httpd && yum clean all
RUN dnf install -y nginx && dnf clean all
RUN microdnf install -y jq && microdnf clean all
RUN dnf install -y git && rm -rf /var/cache/dnf
USER 10001
HEALTHCHECK CMD ["/app", "healthcheck"]
