#!/usr/bin/env python3
"""A registry token service for the scan integration test, as the Docker
registry token specification describes it: GET /token?service=S&scope=S with
HTTP Basic credentials returns {"token": JWT}, the JWT signed RS256 with the
key whose certificate the registry trusts (sent in the x5c header). Signing
uses the openssl command; only the standard library otherwise.

Usage: token_server.py PORTFILE KEY CERT USER PASSWORD ISSUER LOG
Writes the port it listens on (127.0.0.1) to PORTFILE; appends one line per
request to LOG: "ok USER SCOPE" or "denied".
"""
import base64
import http.server
import json
import subprocess
import sys
import time
import urllib.parse

PORTFILE, KEY, CERT, USER, PASSWORD, ISSUER, LOG = sys.argv[1:8]


def b64url(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


with open(CERT) as f:
    pem = f.read()
DER_B64 = "".join(l for l in pem.splitlines() if l and not l.startswith("-----"))


def sign(service, scopes):
    now = int(time.time())
    access = []
    for s in scopes:
        parts = s.split(":")
        if len(parts) >= 3:
            access.append({"type": parts[0], "name": ":".join(parts[1:-1]), "actions": parts[-1].split(",")})
    header = {"alg": "RS256", "typ": "JWT", "x5c": [DER_B64]}
    claims = {"iss": ISSUER, "sub": USER, "aud": service, "exp": now + 600, "nbf": now - 60, "iat": now - 60,
              "jti": str(now) + str(len(access)), "access": access}
    signing_input = (b64url(json.dumps(header).encode()) + "." + b64url(json.dumps(claims).encode())).encode()
    sig = subprocess.run(["openssl", "dgst", "-sha256", "-sign", KEY], input=signing_input, capture_output=True,
                         check=True).stdout
    return signing_input.decode() + "." + b64url(sig)


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        url = urllib.parse.urlparse(self.path)
        q = urllib.parse.parse_qs(url.query)
        want = "Basic " + base64.b64encode(("%s:%s" % (USER, PASSWORD)).encode()).decode()
        if url.path != "/token" or self.headers.get("Authorization") != want:
            with open(LOG, "a") as f:
                f.write("denied\n")
            self.send_response(401)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(b'{"errors":[{"code":"UNAUTHORIZED","message":"bad credentials"}]}')
            return
        scopes = q.get("scope", [])
        with open(LOG, "a") as f:
            f.write("ok %s %s\n" % (USER, " ".join(scopes)))
        tok = sign(q.get("service", [""])[0], scopes)
        body = json.dumps({"token": tok, "access_token": tok, "expires_in": 600}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


srv = http.server.HTTPServer(("127.0.0.1", 0), Handler)
with open(PORTFILE + ".tmp", "w") as f:
    f.write(str(srv.server_address[1]))
import os
os.rename(PORTFILE + ".tmp", PORTFILE)
srv.serve_forever()
