#!/usr/bin/env python3
"""Writes the swagger @Operation (summary, success responses) of tools/openapi-annotations.json onto the JAX-RS methods.

The data is keyed by source file and method name, never by line or signature, so a re-run after someone changed a
method's parameters or return type still lands; a re-run on an annotated file changes nothing. The @Operation goes
right above the method declaration, after its other annotations; the imports it needs follow the last import.

    python3 tools/apply-openapi-annotations.py          # apply; lists operations without a summary, exit 1 if any
    python3 tools/apply-openapi-annotations.py --check  # change nothing; exit 1 if a file would change
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HTTP_METHODS = {"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"}
PKG = "io.swagger.v3.oas.annotations."
MANAGED = {"Operation": PKG + "Operation", "ApiResponse": PKG + "responses.ApiResponse", "Content": PKG + "media.Content",
           "Schema": PKG + "media.Schema", "Header": PKG + "headers.Header"}


def annotation_end(text, pos):
    """End offset of the annotation starting with '@' at pos: its name and, if any, its balanced parentheses."""
    end = re.compile(r"@[\w.]+").match(text, pos).end()
    paren = re.compile(r"[ \t]*\(").match(text, end)
    if not paren:
        return end
    depth, i, quote = 0, paren.end() - 1, None
    while i < len(text):
        c = text[i]
        if quote:
            i += 2 if c == "\\" else 1
            if c == quote:
                quote = None
            continue
        if c in "\"'":
            quote = c
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise ValueError("unbalanced annotation at offset %d" % pos)


def jaxrs_methods(text):
    """{method name: (decl offset, [(start, end, annotation name)] of whole annotation lines)} of the JAX-RS operations."""
    found = {}
    pos = 0
    for line in re.finditer(r"^[ \t]*@", text, re.M):
        if line.start() < pos:
            continue  # inside an annotation block already read
        annotations, at = [], line.end() - 1
        while True:
            end = annotation_end(text, at)
            eol = text.find("\n", end) + 1
            rest = text[end:eol].strip()
            if rest:
                break  # a parameter or a declaration with annotations inline: not a block of its own
            annotations.append((text.rfind("\n", 0, at) + 1, eol, re.match(r"@([\w.]+)", text[at:]).group(1).split(".")[-1]))
            nxt = re.compile(r"[ \t]*@").match(text, eol)
            if not nxt:
                break
            at = nxt.end() - 1
        pos = annotations[-1][1] if annotations else line.end()
        if not annotations or not HTTP_METHODS & {a[2] for a in annotations}:
            continue
        decl = text[pos:min(i for i in (text.find("{", pos), text.find(";", pos)) if i >= 0)]
        name = re.search(r"(\w+)\s*\(", decl).group(1)
        if name in found:
            raise ValueError("two JAX-RS methods named %s" % name)
        found[name] = (pos, annotations)
    return found


def java_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def schema(name):
    return '@Schema(type = "string")' if name == "string" else "@Schema(implementation = %s.class)" % name


def render(entry, indent):
    """The @Operation of one method and the simple names of the annotation types it uses."""
    used = {"Operation"}
    head = indent + "@Operation(summary = " + java_string(entry["summary"])
    if not entry.get("responses"):
        return head + ")\n", used
    used.add("ApiResponse")
    rendered = []
    for r in entry["responses"]:
        attrs = ['responseCode = "%s", description = %s' % (r["code"], java_string(r["description"]))]
        headers = ['@Header(name = "%s", description = %s, schema = @Schema(type = "string"))' % (n, java_string(d))
                   for n, d in r.get("headers", {}).items()]
        if headers:
            used |= {"Header", "Schema"}
            attrs.append("headers = " + (headers[0] if len(headers) == 1 else "{\n" + (",\n").join(indent + " " * 24 + h for h in headers) + " }"))
        if r.get("schema"):
            used |= {"Content", "Schema"}
            attrs.append('content = @Content(mediaType = "%s", schema = %s)' % (r.get("mediaType", "application/json"), schema(r["schema"])))
        rendered.append(indent + " " * 8 + "@ApiResponse(" + (",\n" + indent + " " * 16).join(attrs) + ")")
    return head + ", responses = {\n" + ",\n".join(rendered) + " })\n", used


def with_imports(text, used):
    used = used | {n for n in MANAGED if re.search(r"@%s\b|\b%s\." % (n, n), text)}  # also what the file uses elsewhere
    lines = [l for l in text.split("\n") if l.strip() not in {"import %s;" % q for q in MANAGED.values()}]
    swagger = [i for i, l in enumerate(lines) if l.startswith("import io.swagger.")]
    if swagger:  # one sorted group with the file's other swagger imports
        group = sorted(set(lines[swagger[0]:swagger[-1] + 1]) | {"import %s;" % MANAGED[u] for u in used})
        return "\n".join(lines[:swagger[0]] + group + lines[swagger[-1] + 1:])
    last = max(i for i, l in enumerate(lines) if l.startswith("import "))
    after = last + 1
    while after < len(lines) and not lines[after].strip():
        after += 1
    block = sorted("import %s;" % MANAGED[u] for u in used)
    return "\n".join(lines[:last + 1] + ([""] + block if block else []) + [""] + lines[after:])


def apply(path, methods):
    text = path.read_text(encoding="utf-8")
    found = jaxrs_methods(text)
    used, edits = set(), []
    for name, (decl, annotations) in found.items():
        if name not in methods:
            continue
        indent = re.match(r"[ \t]*", text[decl:]).group(0)
        annotation, names = render(methods[name], indent)
        used |= names
        for start, end, kind in annotations:
            if kind == "Operation":
                edits.append((start, end, ""))
        edits.append((decl, decl, annotation))
    for start, end, new in sorted(edits, reverse=True):
        text = text[:start] + new + text[end:]
    unknown = sorted(set(methods) - set(found))
    missing = sorted(set(found) - set(methods))
    return (with_imports(text, used) if used else text), unknown, missing


def main():
    check = "--check" in sys.argv[1:]
    data = json.loads((ROOT / "tools" / "openapi-annotations.json").read_text(encoding="utf-8"))
    changed, incomplete = [], False
    for file, methods in data.items():
        path = ROOT / file
        new, unknown, missing = apply(path, methods)
        for name in unknown:
            print("%s: no JAX-RS method %s, left out (not written yet, or renamed?)" % (file, name))
        for name in missing:
            print("%s: %s has no summary in the data" % (file, name))
            incomplete = True
        if new != path.read_text(encoding="utf-8"):
            changed.append(file)
            if not check:
                path.write_text(new, encoding="utf-8")
    print(("would change: " if check else "changed: ") + (", ".join(changed) or "nothing"))
    sys.exit(1 if incomplete or (check and changed) else 0)


if __name__ == "__main__":
    main()
