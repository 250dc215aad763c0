FROM python:3.12-slim@sha256:8f3a1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8
RUN pip install --no-cache-dir --trusted-host pypi.example.com -r requirements.txt
RUN python3 -m pip install --no-cache-dir --trusted-host=pypi.org flask
USER 10001
HEALTHCHECK CMD ["/app", "healthcheck"]
