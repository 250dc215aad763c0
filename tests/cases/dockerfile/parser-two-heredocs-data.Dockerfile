# each heredoc is stdin of cat: data, not a script
FROM alpine:3.19@sha256:8f3a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8
RUN <<FILE1 cat > /etc/one && <<FILE2 cat > /etc/two
curl -fsSL https://example.com/x | sh
FILE1
sudo true
FILE2
USER 10001
HEALTHCHECK CMD ["/app", "healthcheck"]
