#!/usr/bin/env python3
"""Package inventory and SBOM fixtures.

Builds small root filesystems (Debian with multi-arch and source versions,
distroless status.d, Alpine, npm lock files v1-v3, Python metadata, Cargo,
RubyGems) and one multi-layer docker-archive image in WORKDIR, runs
`bulkhead sbom` on each, validates every document against the CycloneDX 1.5
and SPDX 2.3 JSON schemas in tests/schemas/, and compares the inventory read
back from the CycloneDX document with the exact list expected here.

usage: sbom_fixtures.py BULKHEAD SCHEMA_DIR WORKDIR
"""
import json
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fixture_lib import (docker_archive, expect, fail, failures, fresh_dir, put_bytes,  # noqa: E402
                         validators, zip_bytes)

BULKHEAD, SCHEMAS, WORK = sys.argv[1], sys.argv[2], sys.argv[3]


def fresh(name):
    return fresh_dir(WORK, name)


# ---- schemas -------------------------------------------------------------

cdx_validator, spdx_validator = validators(SCHEMAS)


def validate(name, validator, doc):
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
    for e in errors[:5]:
        fail(f"{name}: schema: {'/'.join(map(str, e.path))}: {e.message}")


# ---- running bulkhead -----------------------------------------------------

def sbom(args, name, want_warnings=()):
    """Runs bulkhead sbom in both formats; returns the inventory lines."""
    docs = {}
    for fmt in ("cyclonedx", "spdx"):
        env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")
        r = subprocess.run([BULKHEAD, "sbom", "--format", fmt] + args, capture_output=True, env=env)
        if r.returncode != 0:
            fail(f"{name}: bulkhead sbom --format {fmt} exited {r.returncode}: {r.stderr.decode()}")
            return []
        err = r.stderr.decode()
        for w in want_warnings:
            if w not in err:
                fail(f"{name}: expected a warning containing {w!r}, got {err!r}")
        if not want_warnings and err:
            fail(f"{name}: unexpected warnings: {err}")
        docs[fmt] = json.loads(r.stdout)
    validate(name + " (CycloneDX)", cdx_validator, docs["cyclonedx"])
    validate(name + " (SPDX)", spdx_validator, docs["spdx"])
    if docs["cyclonedx"]["metadata"]["timestamp"] != "2023-11-14T22:13:20Z":
        fail(f"{name}: SOURCE_DATE_EPOCH not used for the timestamp")

    lines = []
    comps = docs["cyclonedx"]["components"]
    for c in comps:
        if c["type"] == "operating-system":
            lines.append(f"os {c['name']} {c.get('version', '-')}")
            continue
        props = {p["name"].split(":")[-1]: p["value"] for p in c.get("properties", [])}
        lic = " ".join(l["expression"] for l in c.get("licenses", [])) or "-"
        src = props.get("source-name", "-") + " " + props.get("source-version", "-")
        lines.append(" | ".join([props["type"], c["name"], c.get("version", "-"), src, lic, c["purl"],
                                 props["path"] + (":" + props["layer"] if "layer" in props else "")]))
    # The SPDX document lists the same packages with the same purls.
    spdx_purls = [r["referenceLocator"] for p in docs["spdx"]["packages"] for r in p.get("externalRefs", [])]
    cdx_purls = [c["purl"] for c in comps if "purl" in c]
    if spdx_purls != cdx_purls:
        fail(f"{name}: SPDX and CycloneDX purls differ")
    return lines


# ---- fixture builders -----------------------------------------------------

def put(root, path, text, mode=0o644):
    p = os.path.join(root, path)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8") as f:
        f.write(text)
    os.chmod(p, mode)


def uvarint(n):
    out = bytearray()
    while True:
        b = n & 0x7f
        n >>= 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return bytes(out)


GO_MAGIC = b"\xff Go buildinf:"
GO_MODINFO = ("path\texample.com/app/cmd/app\n"
              "mod\texample.com/app\t(devel)\t\n"
              "dep\tgithub.com/pkg/errors\tv0.9.1\th1:FEBLx1zS214owpjy7qsBeixbURkuhQAwrK5UwLGTwt4=\n"
              "dep\tgolang.org/x/text\tv0.3.0\th1:g61tztE5qeGQ89tm6NTjjM9VPIm088od1l6aSorWRWg=\n"
              "=>\tgolang.org/x/text\tv0.14.0\th1:ScX5w1eTa3QqT8oi6+ziP7dTV1S2+ALU0bI+0zXKWiQ=\n"
              "build\t-compiler=gc\n")


def go_binary(version, modinfo):
    """An ELF-looking file holding Go (1.18+) build information the way the
    linker lays it out: a 16-byte aligned header, then two length-prefixed
    strings; the module information framed by 16-byte sentinels. Decoys
    before it: the magic unaligned, and aligned with a bad flags byte."""
    mod = (b"0w\xaf\x0c\x92t\x08\x02A\xe1\xc1\x07\xe6\xd6\x18\xe6" + modinfo.encode() +
           b"\xf92C1\x86\x18 r\x00\x82B\x10A\x16\xd8\xf2")
    data = bytearray(b"\x7fELF" + bytes(160000))
    data[1001:1001 + 14] = GO_MAGIC
    data[4096:4096 + 16] = GO_MAGIC + b"\x08\x00"
    info = GO_MAGIC + b"\x08\x02" + bytes(16) + uvarint(len(version)) + version.encode() + uvarint(len(mod)) + mod
    data[100000:100000 + len(info)] = info
    return bytes(data)


def java_archives(root):
    commons = zip_bytes([("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\n"),
                         ("META-INF/maven/commons-io/commons-io/pom.properties",
                          "#Generated by Maven\nartifactId=commons-io\ngroupId=commons-io\nversion=2.11.0\n")])
    plain = zip_bytes([("META-INF/MANIFEST.MF",
                        "Manifest-Version: 1.0\r\nImplementation-Version: 1.4.2\r\n"
                        "Implementation-Vendor-Id: org.plain\r\nBundle-License: Apache-2.0\r\n")])
    war = zip_bytes([("META-INF/maven/com.example/app/pom.properties",
                      "groupId=com.example\nartifactId=app\nversion=1.0.0\n"),
                     ("WEB-INF/lib/commons-io-2.11.0.jar", commons),
                     ("WEB-INF/lib/plain-lib-1.4.jar", plain)])
    fat = zip_bytes([("META-INF/maven/org.shaded/a/pom.properties", "groupId=org.shaded\nartifactId=a\nversion=3\n"),
                     ("META-INF/maven/org.shaded/b/pom.properties", "groupId=org.shaded\nartifactId=b\nversion=4.0\n")])
    put_bytes(root, "opt/app.war", war, 0o644)
    put_bytes(root, "opt/fat.jar", fat, 0o644)
    put_bytes(root, "opt/broken.jar", b"PK\x03\x04 this is not a zip", 0o644)


def rpm_header(tags):
    """An RPM header as rpmdb.sqlite stores it: index count, data length,
    16-byte index entries (tag, type, offset, count), then the data."""
    import struct
    index, store = [], bytearray()
    for tag, value in sorted(tags.items()):
        if isinstance(value, int):
            while len(store) % 4:
                store.append(0)
            index.append(struct.pack(">IIII", tag, 4, len(store), 1))
            store += struct.pack(">I", value)
        else:
            index.append(struct.pack(">IIII", tag, 6, len(store), 1))
            store += value.encode() + b"\0"
    return struct.pack(">II", len(index), len(store)) + b"".join(index) + bytes(store)


def build_rhel():
    import sqlite3
    root = fresh("rhel")
    put(root, "etc/os-release", 'NAME="Red Hat Enterprise Linux"\nID="rhel"\nVERSION_ID="9.2"\n')
    db_path = os.path.join(root, "var/lib/rpm/rpmdb.sqlite")
    os.makedirs(os.path.dirname(db_path))
    db = sqlite3.connect(db_path)
    db.execute("PRAGMA journal_mode=WAL")  # as rpm leaves it
    db.execute("CREATE TABLE Packages (hnum INTEGER PRIMARY KEY AUTOINCREMENT, blob BLOB NOT NULL)")
    rows = [
        rpm_header({1000: "bash", 1001: "5.1.8", 1002: "6.el9", 1014: "GPLv3+", 1022: "x86_64",
                    1044: "bash-5.1.8-6.el9.src.rpm"}),
        rpm_header({1000: "openssl-libs", 1001: "3.0.7", 1002: "16.el9_2", 1003: 1, 1014: "ASL 2.0",
                    1022: "x86_64", 1044: "openssl-3.0.7-16.el9_2.src.rpm"}),
        rpm_header({1000: "gpg-pubkey", 1001: "fd431d51", 1002: "4ae0493b"}),
        b"\x00\x00\x00\x09\x00\x00\x10\x00garbage",
        rpm_header({1000: "tzdata", 1001: "2023c", 1002: "1.el9", 1014: "Public Domain", 1022: "noarch",
                    1044: "tzdata-2023c-1.el9.src.rpm"}),
    ]
    for r in rows:
        db.execute("INSERT INTO Packages (blob) VALUES (?)", (r,))
    db.commit()
    db.close()
    return root


def build_centos():
    """var/lib/rpm/Packages as rpm 4.11-4.16 keep it: a Berkeley DB hash
    database (written here by Berkeley DB's own db_load) of headers keyed by
    instance number, key 0 holding the instance counter; one header is
    larger than a page, so it lives on a chain of overflow pages."""
    import struct
    root = fresh("centos")
    put(root, "etc/os-release", 'NAME="CentOS Linux"\nID="centos"\nVERSION_ID="7"\n')
    headers = [
        rpm_header({1000: "bash", 1001: "4.2.46", 1002: "34.el7", 1014: "GPLv3+", 1022: "x86_64",
                    1044: "bash-4.2.46-34.el7.src.rpm"}),
        rpm_header({1000: "glibc", 1001: "2.17", 1002: "326.el7_9", 1022: "x86_64",
                    1014: "LGPLv2+ and LGPLv2+ with exceptions and GPLv2+",
                    1044: "glibc-2.17-326.el7_9.src.rpm"}),
        rpm_header({1000: "bigpkg", 1001: "1.0", 1002: "1", 1004: "x" * 9000, 1014: "MIT", 1022: "noarch"}),
    ]
    lines = ["VERSION=3", "format=bytevalue", "type=hash", "db_pagesize=4096", "HEADER=END",
             " " + struct.pack("<I", 0).hex(), " " + struct.pack("<I", len(headers)).hex()]
    for i, h in enumerate(headers, 1):
        lines += [" " + struct.pack("<I", i).hex(), " " + h.hex()]
    lines.append("DATA=END")
    dump = os.path.join(WORK, "centos-packages.txt")
    with open(dump, "w") as f:
        f.write("\n".join(lines) + "\n")
    db = os.path.join(root, "var/lib/rpm/Packages")
    os.makedirs(os.path.dirname(db))
    loader = shutil.which("db5.3_load") or shutil.which("db_load")
    if not loader:
        fail("db5.3_load (db5.3-util) is needed to build the Berkeley DB fixture")
        return root
    subprocess.run([loader, "-f", dump, db], check=True)
    return root


def build_suse():
    """usr/lib/sysimage/rpm/Packages.db in rpm's NDB layout (SUSE): header,
    one page of 16-byte slots, blobs with head, padding and a tail carrying
    an Adler-32; one free slot and one blob whose checksum is wrong."""
    import struct
    import zlib
    root = fresh("suse")
    put(root, "etc/os-release", 'NAME="SLES"\nVERSION="15-SP5"\nID="sles"\nVERSION_ID="15.5"\n')
    headers = {
        1: rpm_header({1000: "suse-release", 1001: "15.5", 1002: "1", 1014: "BSD-3-Clause", 1022: "x86_64"}),
        2: rpm_header({1000: "libzypp", 1001: "17.31.15", 1002: "150400.3.40.1", 1014: "GPL-2.0-or-later",
                       1022: "x86_64", 1044: "libzypp-17.31.15-150400.3.40.1.src.rpm"}),
        3: rpm_header({1000: "damaged", 1001: "1", 1002: "1"}),
    }
    page = bytearray(4096)
    page[0:20] = b"RpmP" + struct.pack("<IIII", 0, 7, 1, 4)
    for off in range(32, 4096, 16):
        page[off:off + 4] = b"Slot"
    blobs = bytearray()
    blkoff = 4096 // 16
    slot = 32 + 16  # leave the first slot free
    for idx, h in headers.items():
        head = b"BlbS" + struct.pack("<III", idx, 1700000000, len(h))
        blkcnt = (16 + len(h) + 12 + 15) // 16
        pad = bytes(blkcnt * 16 - (16 + len(h) + 12))
        adler = zlib.adler32(head + h + pad)
        if idx == 3:
            adler ^= 1
        blobs += head + h + pad + struct.pack("<II", adler, len(h)) + b"BlbE"
        page[slot:slot + 16] = b"Slot" + struct.pack("<III", idx, blkoff, blkcnt)
        slot += 16
        blkoff += blkcnt
    put_bytes(root, "usr/lib/sysimage/rpm/Packages.db", bytes(page) + bytes(blobs), 0o644)
    return root


DEBIAN_OS = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nID=debian\n'

DPKG_STATUS = """\
Package: bash
Essential: yes
Status: install ok installed
Priority: required
Architecture: amd64
Multi-Arch: foreign
Source: bash (5.2.15-2)
Version: 5.2.15-2+b2
Description: GNU Bourne Again SHell
 Bash is an sh-compatible command language interpreter.
 .
 It is the default shell.

Package: libc6
Status: install ok installed
Architecture: amd64
Multi-Arch: same
Source: glibc
Version: 2.36-9+deb12u4

Package: libc6
Status: install ok installed
Architecture: i386
Multi-Arch: same
Source: glibc
Version: 2.36-9+deb12u4

Package: oldpkg
Status: deinstall ok config-files
Architecture: amd64
Version: 1.0-1

Package: zlib1g
Status: install ok installed
Architecture: amd64
Source: zlib
Version: 1:1.2.13.dfsg-1

Package: libstdc++6
Status: install ok installed
Architecture: amd64
Source: gcc-12 (12.2.0-14)
Version: 12.2.0-14+deb12u1
"""

BASH_COPYRIGHT = """\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: bash

Files: *
Copyright: Free Software Foundation
License: GPL-3+

Files: lib/intl/*
License: LGPL-2.1+ or GPL-2+

Files: y.tab.c
License: GPL-3+ with Bison exception
 The exception text.

Files: examples/*
License: public-domain

License: GPL-3+
 The licence text.
"""

NPM_LOCK_V3 = json.dumps({
    "name": "app", "version": "1.0.0", "lockfileVersion": 3, "requires": True,
    "packages": {
        "": {"name": "app", "version": "1.0.0"},
        "node_modules/express": {"version": "4.18.2", "license": "MIT"},
        "node_modules/@types/node": {"version": "20.8.0", "license": "MIT", "dev": True},
        "node_modules/express/node_modules/debug": {"version": "2.6.9", "license": "MIT"},
        "node_modules/aliased": {"name": "real-name", "version": "1.2.3", "license": "(MIT OR Apache-2.0)"},
        "node_modules/local-lib": {"resolved": "packages/local-lib", "link": True},
        "packages/local-lib": {"name": "local-lib", "version": "0.1.0"},
        "node_modules/odd": {"version": "1.0.0+build.5", "license": "SEE LICENSE IN LICENSE.txt"},
    }}, indent=2)

NPM_LOCK_V2 = json.dumps({
    "name": "app2", "lockfileVersion": 2,
    "packages": {"": {"name": "app2"}, "node_modules/lodash": {"version": "4.17.21", "license": "MIT"}},
    "dependencies": {"lodash": {"version": "4.17.21"}}}, indent=2)

NPM_LOCK_V1 = json.dumps({
    "name": "app1", "lockfileVersion": 1,
    "dependencies": {
        "left-pad": {"version": "1.3.0"},
        "@babel/core": {"version": "7.23.0", "dependencies": {"semver": {"version": "6.3.1"}}}}}, indent=2)

REQUESTS_METADATA = """\
Metadata-Version: 2.1
Name: requests
Version: 2.31.0
Summary: Python HTTP for Humans.
License: Apache 2.0
Classifier: License :: OSI Approved :: Apache Software License
Classifier: Programming Language :: Python :: 3

Body text with Name: not-a-header
"""

FOO_PKG_INFO = """\
Metadata-Version: 2.4
Name: Foo_Bar
Version: 1.0.post1
License-Expression: MIT OR Apache-2.0
"""

CARGO_LOCK = """\
# This file is automatically @generated by Cargo.
version = 3

[[package]]
name = "myapp"
version = "0.1.0"
dependencies = [
 "serde",
]

[[package]]
name = "serde"
version = "1.0.188"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "cf9e0fcba69a370eed61bcf2b728575f726b50b55cba78064753d708ddc7549e"

[metadata]
"checksum x" = "y"
"""

GEMFILE_LOCK = """\
GEM
  remote: https://rubygems.org/
  specs:
    rack (3.0.8)
    rails (7.1.0)
      rack (>= 2.2.4)
    nokogiri (1.15.4-x86_64-linux)
      racc (~> 1.4)

GIT
  remote: https://github.com/example/thing.git
  revision: abc
  specs:
    thing (0.3.0)

PLATFORMS
  x86_64-linux

DEPENDENCIES
  rails (= 7.1.0)

BUNDLED WITH
   2.4.19
"""

RAKE_GEMSPEC = """\
# -*- encoding: utf-8 -*-
# stub: rake 13.0.6 ruby lib

Gem::Specification.new do |s|
  s.name = "rake".freeze
  s.version = "13.0.6"

  s.required_rubygems_version = Gem::Requirement.new(">= 1.3.2".freeze) if s.respond_to? :required_rubygems_version=
  s.licenses = ["MIT".freeze]
  s.summary = "Rake is a Make-like program".freeze
end
"""


def build_debian():
    root = fresh("debian")
    put(root, "usr/lib/os-release", DEBIAN_OS)
    os.symlink("../usr/lib/os-release", os.path.join(root, "etc/os-release")) if os.makedirs(
        os.path.join(root, "etc"), exist_ok=True) is None else None
    put(root, "var/lib/dpkg/status", DPKG_STATUS)
    put(root, "usr/share/doc/bash/copyright", BASH_COPYRIGHT)
    put(root, "usr/share/doc/zlib1g/copyright",
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n\nFiles: *\nLicense: Zlib\n")
    put(root, "usr/share/doc/libc6/copyright", "This is the Debian prepackaged version of the GNU C Library.\n"
        "License: GPL-2\n")
    put(root, "app/package-lock.json", NPM_LOCK_V3)
    put(root, "app/node_modules/express/package.json",
        json.dumps({"name": "express", "version": "4.18.2", "license": "MIT"}))
    put(root, "app/node_modules/@types/node/package.json",
        json.dumps({"name": "@types/node", "version": "20.8.0", "licenses": [{"type": "MIT"}]}))
    put(root, "app/node_modules/express/test/fixtures/package.json", "{ not json")
    put(root, "app/node_modules/.package-lock.json", NPM_LOCK_V2)
    put(root, "app2/package-lock.json", NPM_LOCK_V2)
    put(root, "app1/package-lock.json", NPM_LOCK_V1)
    put(root, "usr/lib/python3/dist-packages/requests-2.31.0.dist-info/METADATA", REQUESTS_METADATA)
    put(root, "usr/lib/python3/dist-packages/Foo_Bar-1.0.post1.egg-info/PKG-INFO", FOO_PKG_INFO)
    put(root, "usr/lib/python3/dist-packages/six-1.16.0.egg-info",
        "Metadata-Version: 1.1\nName: six\nVersion: 1.16.0\nLicense: MIT\n")
    put(root, "srv/rust/Cargo.lock", CARGO_LOCK)
    put(root, "srv/ruby/Gemfile.lock", GEMFILE_LOCK)
    put(root, "var/lib/gems/3.1.0/specifications/rake-13.0.6.gemspec", RAKE_GEMSPEC)
    put_bytes(root, "usr/local/bin/app", go_binary("go1.21.3", GO_MODINFO))
    put_bytes(root, "usr/local/bin/script", b"#!/bin/sh\n" + b"#" * 70000 + GO_MAGIC + b"\x08\x02")
    put_bytes(root, "usr/local/bin/old-go", go_binary("go1.21.3", GO_MODINFO).replace(b"\x08\x02" + bytes(16), b"\x08\x00" + bytes(16)))
    java_archives(root)
    # Symbolic links are never followed: the host's own databases stay out.
    os.symlink("/", os.path.join(root, "hostroot"))
    os.symlink("/var/lib/dpkg/status", os.path.join(root, "srv/status-link"))
    put(root, "broken/package-lock.json", '{\n  "lockfileVersion": 3,\n  "packages": {\n    "node_modules/x": \n')
    return root


def build_distroless():
    root = fresh("distroless")
    put(root, "etc/os-release", 'PRETTY_NAME="Distroless"\nID=debian\nVERSION_ID="12"\n')
    put(root, "var/lib/dpkg/status.d/base-files",
        "Package: base-files\nStatus: install ok installed\nArchitecture: amd64\nVersion: 12.4+deb12u2\n")
    put(root, "var/lib/dpkg/status.d/libssl3",
        "Package: libssl3\nArchitecture: amd64\nSource: openssl (3.0.11-1~deb12u1)\nVersion: 3.0.11-1~deb12u2\n")
    put(root, "var/lib/dpkg/status.d/libssl3.md5sums", "d41d8cd98f00b204e9800998ecf8427e  usr/lib/libssl.so.3\n")
    put(root, "usr/share/doc/libssl3/copyright",
        "Format: http://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n\nFiles: *\nLicense: Apache-2.0\n")
    return root


APK_INSTALLED = """\
C:Q1abc=
P:musl
V:1.2.4-r2
A:x86_64
S:383152
I:622592
T:the musl c library (libc) implementation
U:https://musl.libc.org/
L:MIT
o:musl
m:Timo Teräs <timo.teras@iki.fi>

P:busybox
V:1.36.1-r15
A:x86_64
L:GPL-2.0-only
o:busybox

P:ssl_client
V:1.36.1-r15
A:x86_64
L:GPL-2.0-only
o:busybox

P:ca-certificates-bundle
V:20230506-r0
A:x86_64
L:MPL-2.0 AND MIT
o:ca-certificates

P:zlib
V:1.3.1-r0
A:x86_64
L:Zlib and custom
o:zlib
"""


def build_alpine():
    root = fresh("alpine")
    put(root, "etc/os-release", 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.19.1\nPRETTY_NAME="Alpine Linux v3.19"\n')
    put(root, "lib/apk/db/installed", APK_INSTALLED)
    return root


# ---- a docker-archive image, built here --------------------------------------

def build_image():
    status_v1 = ("Package: base-files\nStatus: install ok installed\nArchitecture: amd64\nVersion: 12.4\n\n"
                 "Package: curl\nStatus: install ok installed\nArchitecture: amd64\nVersion: 7.88.1-10\n")
    status_v2 = ("Package: base-files\nStatus: install ok installed\nArchitecture: amd64\nVersion: 12.4\n\n"
                 "Package: curl\nStatus: install ok installed\nArchitecture: amd64\nVersion: 7.88.1-10+deb12u5\n")
    path = os.path.join(WORK, "image.tar")
    docker_archive(path, [
        [("etc", None), ("etc/os-release", DEBIAN_OS), ("var", None), ("var/lib", None),
         ("var/lib/dpkg", None), ("var/lib/dpkg/status", status_v1)],
        [("var/lib/dpkg/status", status_v2),
         ("app", None), ("app/package-lock.json", NPM_LOCK_V2),
         ("old", None), ("old/package-lock.json", NPM_LOCK_V1)],
        [("old", None), ("old/.wh.package-lock.json", ""),
         ("srv", None), ("srv/Cargo.lock", CARGO_LOCK),
         ("bin", None), ("bin/app", go_binary("go1.22.0", GO_MODINFO))],
    ])
    return path


# ---- the cases ------------------------------------------------------------------

os.makedirs(WORK, exist_ok=True)

expect("debian", sbom(["--fs", build_debian()], "debian",
                      want_warnings=("broken/package-lock.json:5: not valid JSON", "opt/broken.jar: archive: ")), """
os debian 12
cargo | myapp | 0.1.0 | - - | - | pkg:cargo/myapp@0.1.0 | srv/rust/Cargo.lock
cargo | serde | 1.0.188 | - - | - | pkg:cargo/serde@1.0.188 | srv/rust/Cargo.lock
deb | bash | 5.2.15-2+b2 | - 5.2.15-2 | GPL-2.0-or-later AND GPL-3.0-or-later AND GPL-3.0-or-later WITH Bison-exception-2.2 AND LGPL-2.1-or-later | pkg:deb/debian/bash@5.2.15-2%2Bb2?arch=amd64&distro=debian-12 | var/lib/dpkg/status
deb | libc6 | 2.36-9+deb12u4 | glibc - | - | pkg:deb/debian/libc6@2.36-9%2Bdeb12u4?arch=amd64&distro=debian-12 | var/lib/dpkg/status
deb | libc6 | 2.36-9+deb12u4 | glibc - | - | pkg:deb/debian/libc6@2.36-9%2Bdeb12u4?arch=i386&distro=debian-12 | var/lib/dpkg/status
deb | libstdc++6 | 12.2.0-14+deb12u1 | gcc-12 12.2.0-14 | - | pkg:deb/debian/libstdc%2B%2B6@12.2.0-14%2Bdeb12u1?arch=amd64&distro=debian-12 | var/lib/dpkg/status
deb | zlib1g | 1:1.2.13.dfsg-1 | zlib - | Zlib | pkg:deb/debian/zlib1g@1:1.2.13.dfsg-1?arch=amd64&distro=debian-12 | var/lib/dpkg/status
gem | nokogiri | 1.15.4-x86_64-linux | - - | - | pkg:gem/nokogiri@1.15.4-x86_64-linux | srv/ruby/Gemfile.lock
gem | rack | 3.0.8 | - - | - | pkg:gem/rack@3.0.8 | srv/ruby/Gemfile.lock
gem | rails | 7.1.0 | - - | - | pkg:gem/rails@7.1.0 | srv/ruby/Gemfile.lock
gem | rake | 13.0.6 | - - | MIT | pkg:gem/rake@13.0.6 | var/lib/gems/3.1.0/specifications/rake-13.0.6.gemspec
gem | thing | 0.3.0 | - - | - | pkg:gem/thing@0.3.0 | srv/ruby/Gemfile.lock
golang | github.com/pkg/errors | v0.9.1 | - - | - | pkg:golang/github.com/pkg/errors@v0.9.1 | usr/local/bin/app
golang | golang.org/x/text | v0.14.0 | - - | - | pkg:golang/golang.org/x/text@v0.14.0 | usr/local/bin/app
golang | stdlib | v1.21.3 | - - | - | pkg:golang/stdlib@v1.21.3 | usr/local/bin/app
maven | com.example:app | 1.0.0 | - - | - | pkg:maven/com.example/app@1.0.0 | opt/app.war
maven | commons-io:commons-io | 2.11.0 | - - | - | pkg:maven/commons-io/commons-io@2.11.0 | opt/app.war
maven | org.plain:plain-lib | 1.4.2 | - - | Apache-2.0 | pkg:maven/org.plain/plain-lib@1.4.2 | opt/app.war
maven | org.shaded:a | 3 | - - | - | pkg:maven/org.shaded/a@3 | opt/fat.jar
maven | org.shaded:b | 4.0 | - - | - | pkg:maven/org.shaded/b@4.0 | opt/fat.jar
npm | @babel/core | 7.23.0 | - - | - | pkg:npm/%40babel/core@7.23.0 | app1/package-lock.json
npm | @types/node | 20.8.0 | - - | MIT | pkg:npm/%40types/node@20.8.0 | app/node_modules/@types/node/package.json
npm | @types/node | 20.8.0 | - - | MIT | pkg:npm/%40types/node@20.8.0 | app/package-lock.json
npm | debug | 2.6.9 | - - | MIT | pkg:npm/debug@2.6.9 | app/package-lock.json
npm | express | 4.18.2 | - - | MIT | pkg:npm/express@4.18.2 | app/node_modules/express/package.json
npm | express | 4.18.2 | - - | MIT | pkg:npm/express@4.18.2 | app/package-lock.json
npm | left-pad | 1.3.0 | - - | - | pkg:npm/left-pad@1.3.0 | app1/package-lock.json
npm | lodash | 4.17.21 | - - | MIT | pkg:npm/lodash@4.17.21 | app2/package-lock.json
npm | odd | 1.0.0+build.5 | - - | - | pkg:npm/odd@1.0.0%2Bbuild.5 | app/package-lock.json
npm | real-name | 1.2.3 | - - | (MIT OR Apache-2.0) | pkg:npm/real-name@1.2.3 | app/package-lock.json
npm | semver | 6.3.1 | - - | - | pkg:npm/semver@6.3.1 | app1/package-lock.json
pypi | Foo_Bar | 1.0.post1 | - - | MIT OR Apache-2.0 | pkg:pypi/foo-bar@1.0.post1 | usr/lib/python3/dist-packages/Foo_Bar-1.0.post1.egg-info/PKG-INFO
pypi | requests | 2.31.0 | - - | Apache-2.0 | pkg:pypi/requests@2.31.0 | usr/lib/python3/dist-packages/requests-2.31.0.dist-info/METADATA
pypi | six | 1.16.0 | - - | MIT | pkg:pypi/six@1.16.0 | usr/lib/python3/dist-packages/six-1.16.0.egg-info
""")

expect("distroless", sbom(["--fs", build_distroless()], "distroless"), """
os debian 12
deb | base-files | 12.4+deb12u2 | - - | - | pkg:deb/debian/base-files@12.4%2Bdeb12u2?arch=amd64&distro=debian-12 | var/lib/dpkg/status.d/base-files
deb | libssl3 | 3.0.11-1~deb12u2 | openssl 3.0.11-1~deb12u1 | Apache-2.0 | pkg:deb/debian/libssl3@3.0.11-1~deb12u2?arch=amd64&distro=debian-12 | var/lib/dpkg/status.d/libssl3
""")

expect("alpine", sbom(["--fs", build_alpine()], "alpine"), """
os alpine 3.19.1
apk | busybox | 1.36.1-r15 | - - | GPL-2.0-only | pkg:apk/alpine/busybox@1.36.1-r15?arch=x86_64&distro=alpine-3.19.1 | lib/apk/db/installed
apk | ca-certificates-bundle | 20230506-r0 | ca-certificates - | MPL-2.0 AND MIT | pkg:apk/alpine/ca-certificates-bundle@20230506-r0?arch=x86_64&distro=alpine-3.19.1 | lib/apk/db/installed
apk | musl | 1.2.4-r2 | - - | MIT | pkg:apk/alpine/musl@1.2.4-r2?arch=x86_64&distro=alpine-3.19.1 | lib/apk/db/installed
apk | ssl_client | 1.36.1-r15 | busybox - | GPL-2.0-only | pkg:apk/alpine/ssl_client@1.36.1-r15?arch=x86_64&distro=alpine-3.19.1 | lib/apk/db/installed
apk | zlib | 1.3.1-r0 | - - | - | pkg:apk/alpine/zlib@1.3.1-r0?arch=x86_64&distro=alpine-3.19.1 | lib/apk/db/installed
""")

expect("rhel", sbom(["--fs", build_rhel()], "rhel", want_warnings=("package header 4 is malformed",)), """
os rhel 9.2
rpm | bash | 5.1.8-6.el9 | - - | GPL-3.0-or-later | pkg:rpm/rhel/bash@5.1.8-6.el9?arch=x86_64&distro=rhel-9.2 | var/lib/rpm/rpmdb.sqlite
rpm | openssl-libs | 1:3.0.7-16.el9_2 | openssl - | Apache-2.0 | pkg:rpm/rhel/openssl-libs@3.0.7-16.el9_2?arch=x86_64&distro=rhel-9.2&epoch=1 | var/lib/rpm/rpmdb.sqlite
rpm | tzdata | 2023c-1.el9 | - - | - | pkg:rpm/rhel/tzdata@2023c-1.el9?arch=noarch&distro=rhel-9.2 | var/lib/rpm/rpmdb.sqlite
""")

expect("centos", sbom(["--fs", build_centos()], "centos"), """
os centos 7
rpm | bash | 4.2.46-34.el7 | - - | GPL-3.0-or-later | pkg:rpm/centos/bash@4.2.46-34.el7?arch=x86_64&distro=centos-7 | var/lib/rpm/Packages
rpm | bigpkg | 1.0-1 | - - | MIT | pkg:rpm/centos/bigpkg@1.0-1?arch=noarch&distro=centos-7 | var/lib/rpm/Packages
rpm | glibc | 2.17-326.el7_9 | - - | - | pkg:rpm/centos/glibc@2.17-326.el7_9?arch=x86_64&distro=centos-7 | var/lib/rpm/Packages
""")

expect("suse", sbom(["--fs", build_suse()], "suse", want_warnings=("package 3: damaged blob",)), """
os sles 15.5
rpm | libzypp | 17.31.15-150400.3.40.1 | - - | GPL-2.0-or-later | pkg:rpm/sles/libzypp@17.31.15-150400.3.40.1?arch=x86_64&distro=sles-15.5 | usr/lib/sysimage/rpm/Packages.db
rpm | suse-release | 15.5-1 | - - | BSD-3-Clause | pkg:rpm/sles/suse-release@15.5-1?arch=x86_64&distro=sles-15.5 | usr/lib/sysimage/rpm/Packages.db
""")

# The image: the dpkg database rewritten by layer 1, a lock file whited out
# by layer 2, layers stored in reverse order in the archive.
expect("image", sbom([build_image()], "image"), """
os debian 12
cargo | myapp | 0.1.0 | - - | - | pkg:cargo/myapp@0.1.0 | srv/Cargo.lock:2
cargo | serde | 1.0.188 | - - | - | pkg:cargo/serde@1.0.188 | srv/Cargo.lock:2
deb | base-files | 12.4 | - - | - | pkg:deb/debian/base-files@12.4?arch=amd64&distro=debian-12 | var/lib/dpkg/status:1
deb | curl | 7.88.1-10+deb12u5 | - - | - | pkg:deb/debian/curl@7.88.1-10%2Bdeb12u5?arch=amd64&distro=debian-12 | var/lib/dpkg/status:1
golang | github.com/pkg/errors | v0.9.1 | - - | - | pkg:golang/github.com/pkg/errors@v0.9.1 | bin/app:2
golang | golang.org/x/text | v0.14.0 | - - | - | pkg:golang/golang.org/x/text@v0.14.0 | bin/app:2
golang | stdlib | v1.22.0 | - - | - | pkg:golang/stdlib@v1.22.0 | bin/app:2
npm | lodash | 4.17.21 | - - | MIT | pkg:npm/lodash@4.17.21 | app/package-lock.json:1
""")

# --ref picks an image by tag; a tag that is not there is an input error.
if sbom(["--ref", "fixture/inventory:1", os.path.join(WORK, "image.tar")], "image --ref") != \
        sbom([os.path.join(WORK, "image.tar")], "image"):
    fail("--ref fixture/inventory:1 gives another inventory")
r = subprocess.run([BULKHEAD, "sbom", "--ref", "no/such:tag", os.path.join(WORK, "image.tar")], capture_output=True)
if r.returncode != 2 or b"missing-blob" not in r.stderr or b"no/such:tag" not in r.stderr:
    fail(f"--ref no/such:tag: expected exit 2 naming the tag, got {r.returncode} {r.stderr!r}")

# Usage and input errors exit 2 and name the problem.
for args, want in ((["--fs", os.path.join(WORK, "missing")], "cannot open directory"),
                   ([os.path.join(WORK, "debian", "srv", "rust", "Cargo.lock")], "not-an-image"),
                   (["--format", "xml", "--fs", WORK], "unknown SBOM format"),
                   ([], "give exactly one IMAGE")):
    r = subprocess.run([BULKHEAD, "sbom"] + args, capture_output=True)
    if r.returncode != 2 or want not in r.stderr.decode():
        fail(f"sbom {args}: expected exit 2 and {want!r}, got {r.returncode} {r.stderr.decode()!r}")

# -o writes the same document as standard output.
out = os.path.join(WORK, "out.json")
env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")
a = subprocess.run([BULKHEAD, "sbom", "-q", "--fs", os.path.join(WORK, "alpine"), "-o", out], env=env,
                   capture_output=True)
b = subprocess.run([BULKHEAD, "sbom", "-q", "--fs", os.path.join(WORK, "alpine")], env=env, capture_output=True)
if a.returncode or a.stdout or open(out, "rb").read() != b.stdout:
    fail("-o FILE does not write the same document as standard output")

if failures:
    print(f"{len(failures)} failure(s)", file=sys.stderr)
    sys.exit(1)
print("sbom fixtures ok")
