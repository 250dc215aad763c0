FROM alpine:3.19@sha256:8f3a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8
RUN chmod 1777 /tmp/shared
RUN chmod 755 /usr/local/bin/app
RUN chmod 0640 /etc/app.conf
RUN chmod go-w /srv
RUN chmod +x /entrypoint.sh
RUN chmod u+rwx,g+rx /opt/app
USER 10001
HEALTHCHECK CMD ["/app", "healthcheck"]
