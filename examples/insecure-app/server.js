// A tiny HTTP server; the point of this example is the way it is packaged.
const http = require("http");
http.createServer((req, res) => res.end("ok\n")).listen(3000);
