#!/usr/bin/env python3
"""Rust binaries built with `cargo auditable` and Maven licences.

Compiles a small C program, adds a ".dep-v0" section holding zlib-compressed
dependency JSON with objcopy (as `cargo auditable` leaves it in a Rust
binary), builds jars whose pom.xml declares licences, and checks the exact
inventory `bulkhead sbom` reads from a root filesystem and from a
docker-archive image (path and layer), with both documents validated
against the CycloneDX 1.5 and SPDX 2.3 schemas. Hostile variants (section
headers cut short, a section beyond the end of the file, a zlib bomb,
malformed JSON, a huge package count, the largest JSON allowed) must end in a warning naming the file
and exit 0, never a crash.

usage: binary_fixtures.py BULKHEAD SCHEMA_DIR WORKDIR
"""
import json
import os
import struct
import subprocess
import sys
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fixture_lib import (docker_archive, expect, fail, failures, fresh_dir, put_bytes,  # noqa: E402
                         validators, zip_bytes)

BULKHEAD, SCHEMAS, WORK = sys.argv[1], sys.argv[2], sys.argv[3]


def fresh(name):
    return fresh_dir(WORK, name)


cdx_validator, spdx_validator = validators(SCHEMAS)


def run(args, name, want_warnings=(), validate=True):
    """bulkhead sbom in both formats; the inventory as lines, and the documents."""
    docs = {}
    for fmt in ("cyclonedx", "spdx"):
        env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")
        r = subprocess.run([BULKHEAD, "sbom", "--format", fmt] + args, capture_output=True, env=env)
        if r.returncode != 0:
            fail(f"{name}: bulkhead sbom --format {fmt} exited {r.returncode}: {r.stderr.decode()}")
            return [], {}
        err = r.stderr.decode()
        for w in want_warnings:
            if w not in err:
                fail(f"{name}: expected a warning containing {w!r}, got {err!r}")
        if not want_warnings and err:
            fail(f"{name}: unexpected warnings: {err}")
        docs[fmt] = json.loads(r.stdout)
    if validate:
        for fmt, validator in (("cyclonedx", cdx_validator), ("spdx", spdx_validator)):
            for e in sorted(validator.iter_errors(docs[fmt]), key=lambda e: list(e.path))[:5]:
                fail(f"{name} ({fmt}): schema: {'/'.join(map(str, e.path))}: {e.message}")
    lines = []
    for c in docs["cyclonedx"]["components"]:
        if c["type"] == "operating-system":
            continue
        props = {p["name"].split(":")[-1]: p["value"] for p in c.get("properties", [])}
        lic = " ".join(l.get("expression") or l["license"].get("id") or l["license"].get("name")
                       for l in c.get("licenses", [])) or "-"
        lines.append(" | ".join([props["type"], c["name"], c.get("version", "-"), lic, c["purl"],
                                 props["path"] + (":" + props["layer"] if "layer" in props else "")]))
    return lines, docs


# ---- cargo auditable -------------------------------------------------------

DEPS = {"packages": [
    {"name": "rgx", "version": "0.3.1", "source": "local", "kind": "runtime", "dependencies": [1, 2, 3], "root": True},
    {"name": "memchr", "version": "2.7.1", "source": "crates.io", "kind": "runtime", "dependencies": []},
    {"name": "regex", "version": "1.10.3", "source": "crates.io", "kind": "runtime", "dependencies": [1]},
    {"name": "cc", "version": "1.0.83", "source": "crates.io", "kind": "build", "dependencies": []},
]}


def compiled_binary():
    src = os.path.join(WORK, "main.c")
    with open(src, "w") as f:
        f.write("int main(void) { return 0; }\n")
    out = os.path.join(WORK, "main")
    subprocess.run(["cc", "-O0", "-o", out, src], check=True)
    return out


def with_dep_section(binary, payload, name):
    """binary with payload as its .dep-v0 section, padded past the size
    below which executables are not scanned."""
    dep, pad, out = (os.path.join(WORK, name + s) for s in (".dep", ".pad", ".elf"))
    with open(dep, "wb") as f:
        f.write(payload)
    with open(pad, "wb") as f:
        f.write(bytes(70000))
    subprocess.run(["objcopy", "--add-section", ".dep-v0=" + dep, "--add-section", ".pad=" + pad, binary, out],
                   check=True)
    with open(out, "rb") as f:
        return bytearray(f.read())


def elf_sections(data):
    """(name, header offset, sh_offset, sh_size) of an ELF64 little-endian file."""
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3a)
    strtab_off, = struct.unpack_from("<Q", data, shoff + shstrndx * shentsize + 24)
    out = []
    for i in range(shnum):
        h = shoff + i * shentsize
        name_off, = struct.unpack_from("<I", data, h)
        off, size = struct.unpack_from("<QQ", data, h + 24)
        end = data.index(b"\0", strtab_off + name_off)
        out.append((data[strtab_off + name_off:end].decode(), h, off, size))
    return out


def deflate(obj_or_bytes):
    raw = obj_or_bytes if isinstance(obj_or_bytes, bytes) else json.dumps(obj_or_bytes).encode()
    return zlib.compress(raw, 9)


os.makedirs(WORK, exist_ok=True)
binary = compiled_binary()
good = bytes(with_dep_section(binary, deflate(DEPS), "good"))

root = fresh("rust")
put_bytes(root, "usr/local/bin/rgx", good)
put_bytes(root, "usr/bin/plain", bytes(with_dep_section(binary, b"", "plain")).replace(b".dep-v0", b".other0"))
lines, _ = run(["--fs", root], "rust")
expect("rust", lines, """
cargo | cc | 1.0.83 | - | pkg:cargo/cc@1.0.83 | usr/local/bin/rgx
cargo | memchr | 2.7.1 | - | pkg:cargo/memchr@2.7.1 | usr/local/bin/rgx
cargo | regex | 1.10.3 | - | pkg:cargo/regex@1.10.3 | usr/local/bin/rgx
cargo | rgx | 0.3.1 | - | pkg:cargo/rgx@0.3.1 | usr/local/bin/rgx
""")


# The binary of the first layer is replaced by the second: only its packages count.
older = bytes(with_dep_section(binary, deflate({"packages": [
    {"name": "rgx", "version": "0.2.0", "source": "local", "kind": "runtime", "dependencies": [], "root": True}]}),
    "older"))
image = os.path.join(WORK, "rust-image.tar")
docker_archive(image, [[("bin", None), ("bin/rgx", older), ("bin/old", older)], [("bin/rgx", good)]])
lines, _ = run([image], "rust image")
expect("rust image", lines, """
cargo | cc | 1.0.83 | - | pkg:cargo/cc@1.0.83 | bin/rgx:1
cargo | memchr | 2.7.1 | - | pkg:cargo/memchr@2.7.1 | bin/rgx:1
cargo | regex | 1.10.3 | - | pkg:cargo/regex@1.10.3 | bin/rgx:1
cargo | rgx | 0.2.0 | - | pkg:cargo/rgx@0.2.0 | bin/old:0
cargo | rgx | 0.3.1 | - | pkg:cargo/rgx@0.3.1 | bin/rgx:1
""")



def elf32(payload, big_endian):
    """A minimal ELF32 file laid out by hand: the .dep-v0 section, padding,
    .shstrtab and the section header table last, as linkers write them."""
    e = ">" if big_endian else "<"
    strtab = b"\0.dep-v0\0.shstrtab\0.pad\0"
    pad = bytes(70000)
    dep_off = 52
    pad_off = dep_off + len(payload)
    str_off = pad_off + len(pad)
    shoff = (str_off + len(strtab) + 3) & ~3
    ident = b"\x7fELF" + bytes([1, 2 if big_endian else 1, 1]) + bytes(9)
    ehdr = ident + struct.pack(e + "HHIIIIIHHHHHH", 2, 8, 1, 0, 0, shoff, 0, 52, 0, 0, 40, 4, 3)

    def sh(name, typ, off, size):
        return struct.pack(e + "IIIIIIIIII", name, typ, 0, 0, off, size, 0, 0, 1, 0)
    shdrs = (bytes(40) + sh(1, 1, dep_off, len(payload)) + sh(19, 1, pad_off, len(pad)) +
             sh(9, 3, str_off, len(strtab)))
    body = ehdr + payload + pad + strtab
    return body + bytes(shoff - len(body)) + shdrs


root = fresh("rust-elf32")
put_bytes(root, "bin/le32", elf32(deflate({"packages": [{"name": "le", "version": "3.2.0"}]}), False))
put_bytes(root, "bin/be32", elf32(deflate({"packages": [{"name": "be", "version": "3.2.1"}]}), True))
lines, _ = run(["--fs", root], "rust elf32")
expect("rust elf32", lines, """
cargo | be | 3.2.1 | - | pkg:cargo/be@3.2.1 | bin/be32
cargo | le | 3.2.0 | - | pkg:cargo/le@3.2.0 | bin/le32
""")

# ---- hostile binaries ------------------------------------------------------

root = fresh("rust-hostile")
sections = {n: (h, off, size) for n, h, off, size in elf_sections(bytearray(good))}
shoff, = struct.unpack_from("<Q", good, 0x28)
# Section headers cut short: the file ends in the middle of the table.
put_bytes(root, "bin/cut", good[:shoff + 64 * 3 + 10])
# The section's offset points past the end of the file.
beyond = bytearray(good)
struct.pack_into("<Q", beyond, sections[".dep-v0"][0] + 24, len(good) + 4096)
put_bytes(root, "bin/beyond", bytes(beyond))
# A zlib bomb: 64 MiB of JSON whitespace in a few kilobytes.
bomb = zlib.compressobj(9)
bomb_bytes = bomb.compress(b'{"packages":[') + b"".join(bomb.compress(b" " * (1 << 20)) for _ in range(64)) + bomb.flush()
put_bytes(root, "bin/bomb", bytes(with_dep_section(binary, bomb_bytes, "bomb")))
# Malformed JSON.
put_bytes(root, "bin/malformed", bytes(with_dep_section(binary, deflate(b'{"packages":[{"name":"x",'), "malformed")))
# Not zlib at all.
put_bytes(root, "bin/notzlib", bytes(with_dep_section(binary, b"\x00\x01not zlib at all", "notzlib")))
lines, _ = run(["--fs", root], "rust hostile", want_warnings=(
    "bin/cut: section headers cut short",
    "bin/beyond: section .dep-v0 lies beyond the end of the file",
    "bin/bomb: section .dep-v0 is larger than the limit",
    "bin/malformed: cargo-auditable dependency list: not valid JSON",
    "bin/notzlib: section .dep-v0 does not hold zlib-compressed JSON"))
expect("rust hostile", lines, "")
# The same binaries in an image: found while the layer streams.
hostile_image = os.path.join(WORK, "rust-hostile.tar")
docker_archive(hostile_image, [[("bin", None)] + [("bin/" + n, open(os.path.join(root, "bin", n), "rb").read())
                                                  for n in sorted(os.listdir(os.path.join(root, "bin")))]])
lines, _ = run([hostile_image], "rust hostile image", want_warnings=(
    "bin/cut: section headers cut short",
    "bin/beyond: section .dep-v0 lies beyond the end of the file",
    "bin/bomb: section .dep-v0 is larger than the limit",
    "bin/malformed: cargo-auditable dependency list: not valid JSON",
    "bin/notzlib: section .dep-v0 does not hold zlib-compressed JSON"))
expect("rust hostile image", lines, "")

# A huge package count: read up to the limit, with a note.
root = fresh("rust-many")
many = {"packages": [{"name": f"c{i}", "version": "1.0.0"} for i in range(20005)]}
put_bytes(root, "bin/many", bytes(with_dep_section(binary, deflate(many), "many")))
lines, _ = run(["--fs", root], "rust many", validate=False,
               want_warnings=("bin/many: cargo-auditable dependency list: 20005 packages, only the first 20000 are read",))
if len(lines) != 20000:
    fail(f"rust many: {len(lines)} packages, expected 20000")

# The largest JSON allowed, made of the smallest values (a tree of 1M nodes) is
# still read; one byte more and it is over the limit.
root = fresh("rust-largest")
head, tail = b'{"packages":[{"name":"a","version":"1","dependencies":[', b"]}]}"
count = (2 * 1024 * 1024 - len(head) - len(tail) + 1) // 2
largest = head + b",".join([b"0"] * count) + tail
put_bytes(root, "bin/largest", bytes(with_dep_section(binary, deflate(largest), "largest")))
put_bytes(root, "bin/over", bytes(with_dep_section(binary, deflate(largest.replace(b'"a"', b'"ab"')), "over")))
lines, _ = run(["--fs", root], "rust largest", want_warnings=("bin/over: section .dep-v0 is larger than the limit",))
expect("rust largest", lines, "cargo | a | 1 | - | pkg:cargo/a@1 | bin/largest")

# ---- crate licences from Cargo.toml -----------------------------------------

def crate_toml(name, version, license=None):
    lic = f'license = "{license}"\n' if license else ""
    return (f'[package]\nedition = "2021"\nname = "{name}"\nversion = "{version}"\n{lic}'
            f'license-file = "LICENSE"\n\n[lib]\nname = "not_{name}"\n\n[dependencies.x]\nversion = "9.9"\n').encode()


root = fresh("crates")
put_bytes(root, "srv/Cargo.lock", b"""version = 3

[[package]]
name = "anyhow"
version = "1.0.75"
source = "registry+https://github.com/rust-lang/crates.io-index"

[[package]]
name = "memchr"
version = "2.7.1"
source = "registry+https://github.com/rust-lang/crates.io-index"

[[package]]
name = "serde"
version = "1.0.188"
source = "registry+https://github.com/rust-lang/crates.io-index"
""", 0o644)
reg = "root/.cargo/registry/src/index.crates.io-6f17d22bba15001f/"
put_bytes(root, reg + "serde-1.0.188/Cargo.toml", crate_toml("serde", "1.0.188", "MIT OR Apache-2.0"), 0o644)
put_bytes(root, reg + "anyhow-1.0.70/Cargo.toml", crate_toml("anyhow", "1.0.70", "MIT OR Apache-2.0"), 0o644)
put_bytes(root, reg + "regex-1.10.3/Cargo.toml", crate_toml("regex", "1.10.3", "MIT/Apache-2.0"), 0o644)
put_bytes(root, reg + "cc-1.0.83/Cargo.toml", crate_toml("cc", "1.0.83", "MIT OR Apache-2.0"), 0o644)
put_bytes(root, "srv/vendor/memchr/Cargo.toml", crate_toml("memchr", "2.7.1", "Unlicense OR MIT"), 0o644)
put_bytes(root, "srv/Cargo.toml", crate_toml("rgx", "0.3.1", "MIT"), 0o644)  # a project, not a crate source
put_bytes(root, "usr/local/bin/rgx", good)
lines, _ = run(["--fs", root], "crates")
expect("crates", lines, """
cargo | anyhow | 1.0.75 | - | pkg:cargo/anyhow@1.0.75 | srv/Cargo.lock
cargo | cc | 1.0.83 | MIT OR Apache-2.0 | pkg:cargo/cc@1.0.83 | usr/local/bin/rgx
cargo | memchr | 2.7.1 | Unlicense OR MIT | pkg:cargo/memchr@2.7.1 | srv/Cargo.lock
cargo | memchr | 2.7.1 | Unlicense OR MIT | pkg:cargo/memchr@2.7.1 | usr/local/bin/rgx
cargo | regex | 1.10.3 | - | pkg:cargo/regex@1.10.3 | usr/local/bin/rgx
cargo | rgx | 0.3.1 | - | pkg:cargo/rgx@0.3.1 | usr/local/bin/rgx
cargo | serde | 1.0.188 | MIT OR Apache-2.0 | pkg:cargo/serde@1.0.188 | srv/Cargo.lock
""")

# ---- Maven licences --------------------------------------------------------

def pom(licenses, head=""):
    body = "".join("<license>" + "".join(f"<{k}>{v}</{k}>" for k, v in l) + "<distribution>repo</distribution></license>"
                   for l in licenses)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<project xmlns="http://maven.apache.org/POM/4.0.0">\n'
            "  <modelVersion>4.0.0</modelVersion>\n" + head +
            "  <name>not a licence</name>\n"
            "  <developers><developer><name>not a licence either</name></developer></developers>\n"
            f"  <licenses>{body}</licenses>\n</project>\n")


def maven(group, artifact, version, pom_xml, pom_first=True):
    base = f"META-INF/maven/{group}/{artifact}/"
    props = (base + "pom.properties", f"groupId={group}\nartifactId={artifact}\nversion={version}\n")
    members = [(base + "pom.xml", pom_xml), props] if pom_first else [props, (base + "pom.xml", pom_xml)]
    return members


root = fresh("maven")
jars = {
    "guava-32.1.3.jar": maven("com.google.guava", "guava", "32.1.3",
                              pom([[("name", "The Apache Software License, Version 2.0"),
                                    ("url", "http://www.apache.org/licenses/LICENSE-2.0.txt")]])),
    "slf4j-api-2.0.9.jar": maven("org.slf4j", "slf4j-api", "2.0.9", pom([[("name", "MIT License")]]), False),
    "junit-4.13.2.jar": maven("junit", "junit", "4.13.2", pom([[("name", "Eclipse Public License 1.0")]])),
    "jakarta.json-2.0.1.jar": maven("org.glassfish", "jakarta.json", "2.0.1",
                                    pom([[("name", "Eclipse Public License 2.0")],
                                         [("name", "GNU General Public License, version 2 with the GNU Classpath Exception")]])),
    "logback-1.4.11.jar": maven("ch.qos.logback", "logback-core", "1.4.11",
                                pom([[("name", "Eclipse Public License - v 1.0")],
                                     [("name", "GNU Lesser General Public License v2.1")]])),
    "byurl-1.0.jar": maven("org.byurl", "byurl", "1.0",
                           pom([[("name", "Some  Licence\n   Name"), ("url", "https://opensource.org/licenses/BSD-3-Clause")]])),
    "custom-1.0.jar": maven("org.custom", "custom", "1.0", pom([[("name", "Custom Corp Licence &amp; Terms")]])),
    "cddl-1.0.jar": maven("javax.activation", "activation", "1.1", pom([[("name", "COMMON DEVELOPMENT AND DISTRIBUTION LICENSE (CDDL) Version 1.0")]])),
    "nolicence-1.0.jar": maven("org.none", "none", "1.0", pom([])),
    "broken-pom-1.0.jar": maven("org.broken", "broken", "1.0", "<project><licenses><license><name>MIT</licenses>"),
    "doctype-1.0.jar": maven("org.doctype", "doctype", "1.0",
                             '<!DOCTYPE project [<!ENTITY a "aaaaaaaaaa">]><project><licenses><license>'
                             "<name>&a;</name></license></licenses></project>"),
}
# Jars with a pom.xml and no pom.properties: the coordinates come from the
# pom itself, from its <parent>, or from its <properties>; a version only the
# build knows leaves the file name to go by, with a warning.
def pom_only(group, artifact, xml):
    return [(f"META-INF/maven/{group}/{artifact}/pom.xml", xml)]
jars.update({
    "pomonly-2.1.jar": pom_only("org.pomonly", "pomonly", pom(
        [[("name", "MIT License")]],
        "<groupId>org.pomonly</groupId><artifactId>pomonly</artifactId><version>2.1</version>\n"
        "<dependencies><dependency><groupId>not.me</groupId><artifactId>dep</artifactId>"
        "<version>9.9</version></dependency></dependencies>\n")),
    "module-3.0.jar": pom_only("org.parent", "module", pom(
        [[("name", "Apache License, Version 2.0")]],
        "<parent><groupId>org.parent</groupId><artifactId>parent</artifactId><version>3.0</version></parent>"
        "<artifactId>module</artifactId>\n")),
    "props-1.5.jar": pom_only("org.props", "props", pom(
        [], "<properties><lib.version>1.5</lib.version></properties>"
            "<groupId>org.props</groupId><artifactId>props</artifactId><version>${lib.version}</version>\n")),
    "unresolved-1.0.jar": pom_only("org.unresolved", "unresolved", pom(
        [], "<groupId>org.unresolved</groupId><artifactId>unresolved</artifactId><version>${revision}</version>\n")),
})
for name, members in jars.items():
    put_bytes(root, "app/lib/" + name, zip_bytes(members), 0o644)
# A war with a nested jar whose pom declares a licence.
put_bytes(root, "app/app.war", zip_bytes(
    maven("com.example", "app", "1.0.0", pom([[("name", "Apache License, Version 2.0")]])) +
    [("WEB-INF/lib/jsr305-3.0.2.jar", zip_bytes(maven("com.google.code.findbugs", "jsr305", "3.0.2",
                                                      pom([[("name", "The Apache Software License, Version 2.0")]]))))]),
    0o644)
lines, docs = run(["--fs", root], "maven", want_warnings=(
    "app/lib/broken-pom-1.0.jar: archive: META-INF/maven/org.broken/broken/pom.xml: line 1: not well-formed XML",
    "app/lib/doctype-1.0.jar: archive: META-INF/maven/org.doctype/doctype/pom.xml: line 1: a document type declaration is not accepted",
    "app/lib/unresolved-1.0.jar: archive: META-INF/maven/org.unresolved/unresolved/pom.xml: no artifactId and version (or they refer to properties the pom does not set)"))
expect("maven", lines, """
maven | ch.qos.logback:logback-core | 1.4.11 | EPL-1.0 AND LGPL-2.1-only | pkg:maven/ch.qos.logback/logback-core@1.4.11 | app/lib/logback-1.4.11.jar
maven | com.example:app | 1.0.0 | Apache-2.0 | pkg:maven/com.example/app@1.0.0 | app/app.war
maven | com.google.code.findbugs:jsr305 | 3.0.2 | Apache-2.0 | pkg:maven/com.google.code.findbugs/jsr305@3.0.2 | app/app.war
maven | com.google.guava:guava | 32.1.3 | Apache-2.0 | pkg:maven/com.google.guava/guava@32.1.3 | app/lib/guava-32.1.3.jar
maven | javax.activation:activation | 1.1 | CDDL-1.0 | pkg:maven/javax.activation/activation@1.1 | app/lib/cddl-1.0.jar
maven | junit:junit | 4.13.2 | EPL-1.0 | pkg:maven/junit/junit@4.13.2 | app/lib/junit-4.13.2.jar
maven | org.broken:broken | 1.0 | - | pkg:maven/org.broken/broken@1.0 | app/lib/broken-pom-1.0.jar
maven | org.byurl:byurl | 1.0 | BSD-3-Clause | pkg:maven/org.byurl/byurl@1.0 | app/lib/byurl-1.0.jar
maven | org.custom:custom | 1.0 | Custom Corp Licence & Terms | pkg:maven/org.custom/custom@1.0 | app/lib/custom-1.0.jar
maven | org.doctype:doctype | 1.0 | - | pkg:maven/org.doctype/doctype@1.0 | app/lib/doctype-1.0.jar
maven | org.glassfish:jakarta.json | 2.0.1 | Eclipse Public License 2.0, GNU General Public License, version 2 with the GNU Classpath Exception | pkg:maven/org.glassfish/jakarta.json@2.0.1 | app/lib/jakarta.json-2.0.1.jar
maven | org.none:none | 1.0 | - | pkg:maven/org.none/none@1.0 | app/lib/nolicence-1.0.jar
maven | org.parent:module | 3.0 | Apache-2.0 | pkg:maven/org.parent/module@3.0 | app/lib/module-3.0.jar
maven | org.pomonly:pomonly | 2.1 | MIT | pkg:maven/org.pomonly/pomonly@2.1 | app/lib/pomonly-2.1.jar
maven | org.props:props | 1.5 | - | pkg:maven/org.props/props@1.5 | app/lib/props-1.5.jar
maven | org.slf4j:slf4j-api | 2.0.9 | MIT | pkg:maven/org.slf4j/slf4j-api@2.0.9 | app/lib/slf4j-api-2.0.9.jar
maven | unresolved | 1.0 | - | pkg:maven/unresolved@1.0 | app/lib/unresolved-1.0.jar
""")
# An unmapped licence is license_name in scan's package list (license when it maps).
r = subprocess.run([BULKHEAD, "scan", "--no-config", "--scanners", "pkg", "--format", "json", "--fs", root],
                   capture_output=True)
scan_pkgs = {p["name"]: p for p in json.loads(r.stdout or b"{}").get("packages", [])}
custom, guava = scan_pkgs.get("org.custom:custom", {}), scan_pkgs.get("com.google.guava:guava", {})
if custom.get("license_name") != "Custom Corp Licence & Terms" or "license" in custom \
        or guava.get("license") != "Apache-2.0" or "license_name" in guava:
    fail(f"maven: scan --format json licences: {custom} {guava} {r.stderr.decode()[-300:]}")
# Unmapped licences: a CycloneDX licence name, an SPDX LicenseRef with its text.
if docs:
    spdx = docs["spdx"]
    refs = {e["licenseId"]: e["extractedText"] for e in spdx.get("hasExtractedLicensingInfos", [])}
    custom = [p for p in spdx["packages"] if p["name"] == "org.custom:custom"]
    if not custom or refs.get(custom[0]["licenseDeclared"]) != "Custom Corp Licence & Terms":
        fail(f"maven: SPDX licence reference for org.custom:custom missing: {custom} {refs}")
    if sorted(refs.values()) != sorted(["Custom Corp Licence & Terms",
                                        "Eclipse Public License 2.0, GNU General Public License, version 2 with the GNU Classpath Exception"]):
        fail(f"maven: unexpected SPDX extracted licences {refs}")

if failures:
    print(f"{len(failures)} failure(s)", file=sys.stderr)
    sys.exit(1)
print("binary fixtures: ok")
