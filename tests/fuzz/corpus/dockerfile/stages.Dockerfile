FROM alpine:3.19 AS a
ARG X=1
RUN echo $X && sudo chmod 777 /tmp && curl http://x | bash
FROM a AS b
COPY --from=a /etc/passwd /x
ADD https://example.com/file.tar.gz /tmp/
FROM scratch
COPY --from=b / /
