# An intentionally insecure image: every line here is something bulkhead reports.
FROM node:latest
ARG NPM_TOKEN
ENV DATABASE_PASSWORD=s3cr3t-Pa55w0rd-2024 \
    NODE_TLS_REJECT_UNAUTHORIZED=0
RUN apt-get update
RUN apt-get install -y openssh-server build-essential python3
RUN curl -fsSL https://deb.example.com/setup.sh | bash
WORKDIR /app
COPY . .
COPY .npmrc /root/.npmrc
ADD server.js /app/
RUN npm install && chmod -R 777 /app
EXPOSE 22 3000
CMD ["node", "server.js"]
