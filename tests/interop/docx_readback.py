#!/usr/bin/env python3
"""Reads a DOCX back with pandoc and checks it against the Markdown sources it was made from.

usage: docx_readback.py OUT.docx MANIFEST.json

The manifest (written beside the export) names the selected entries of the space: kind, title,
depth and page path. This script reads those source pages itself and checks, on pandoc's reading:
  * words: at least 99.5 % of the source words of 4 letters or more (counted with repeats);
  * images: every local image of the sources (plus one QR code per embed) is an image in the DOCX;
  * headings: the source headings, in order, at the levels the writer documents (docs/DOCX.md):
    book/section page title = 1 + printed ancestors (at most 3), inner heading of level n = title + n - 1
    (at most 6); a brief's title is on the cover (Title style) and its level-n headings are n - 1.
Prints a summary line and exits 1 on failure.
"""
import collections, html, json, os, re, subprocess, sys

WORD = re.compile(r"[^\W\d_]{4,}")
FENCE = re.compile(r"^(```|~~~)")
TAG = re.compile(r"\{%.*?%\}", re.S)
CONTENT_REF = re.compile(r"\{%\s*content-ref.*?%\}.*?\{%\s*endcontent-ref\s*%\}", re.S)
IMAGE = re.compile(r"!\[([^\]]*)\]\((<[^>]*>|[^)\s]*)[^)]*\)")
HTML_IMG = re.compile(r"<img\b[^>]*\bsrc=\"([^\"]+)\"", re.I)
LINK_TARGET = re.compile(r"\]\((<[^>]*>|[^)]*)\)")
HTML_TAG = re.compile(r"<[^>]+>")
SHORTCODE = re.compile(r":[a-z0-9_+\-\\]+:")
ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*#*[ \t]*$")


def words(text):
    return collections.Counter(w.lower() for w in WORD.findall(text))


def strip_front_matter(text):
    if text.startswith("---"):
        end = text.find("\n---", 3)
        if end > 0:
            return text[end + 4:]
    return text


def visible_text(markdown):
    """The words a reader sees: tags, URLs, HTML tags, image alt texts and shortcodes removed."""
    text = CONTENT_REF.sub(" ", markdown)
    text = TAG.sub(" ", text)
    text = IMAGE.sub(" ", text)
    text = LINK_TARGET.sub("] ", text)
    text = HTML_TAG.sub(" ", text)
    text = SHORTCODE.sub(" ", text)
    text = text.replace("\\", "").replace("*", "")
    return html.unescape(text)


def local_images(markdown):
    sources = [m.group(2).strip("<>") for m in IMAGE.finditer(markdown)] + HTML_IMG.findall(markdown)
    return sum(1 for s in sources if s and not re.match(r"^[a-z]+:", s))


def headings(markdown):
    """ATX and setext headings outside code fences: (level, text)."""
    found, fenced, lines = [], False, markdown.split("\n")
    for i, line in enumerate(lines):
        if FENCE.match(line.strip()):
            fenced = not fenced
            continue
        if fenced:
            continue
        m = ATX.match(line)
        if m:
            found.append((len(m.group(1)), m.group(2) or ""))
        elif i > 0 and re.match(r"^ {0,3}(=+|-+)\s*$", line) and lines[i - 1].strip() and not lines[i - 1].lstrip().startswith(("*", "-", "#", "|")) and not re.match(r"^ {0,3}-{3,}\s*$", line) :
            found.append((1 if "=" in line else 2, lines[i - 1]))
    return found


def heading_words(text):
    return [w.lower() for w in WORD.findall(visible_text(text))]


def expected_headings(manifest):
    """Expected (level, words) in document order, following the documented rule."""
    root, kind = manifest["root"], manifest["kind"]
    expected, stack = [], []
    for entry in manifest["entries"]:
        depth = entry["depth"]
        stack = stack[:depth]
        printed = sum(1 for e in stack if not (e["kind"] == "Group" and not e["title"]))
        stack.append(entry)
        title_level = 0 if kind == "Page" else min(3, 1 + printed)
        if entry["kind"] == "Group" and entry["title"] or entry["kind"] == "Link":
            expected.append((title_level, heading_words(entry["title"])))
            continue
        if entry["kind"] != "Page":
            continue
        source = strip_front_matter(open(os.path.join(root, entry["path"]), encoding="utf-8", errors="replace").read())
        found = headings(source)
        first_block = next((l for l in source.split("\n") if l.strip()), "")
        has_title = bool(found) and found[0][0] == 1 and ATX.match(first_block) is not None
        if not has_title and title_level > 0:
            expected.append((title_level, heading_words(entry["title"])))
        for index, (level, text) in enumerate(found):
            if index == 0 and has_title:
                if title_level > 0:
                    expected.append((title_level, heading_words(text)))
                continue
            expected.append((min(6, max(1, title_level + level - 1)), heading_words(text)))
    return [(level, w) for level, w in expected if w]


def pandoc_json(docx):
    return json.loads(subprocess.run(["pandoc", "-f", "docx", "-t", "json", docx], check=True, capture_output=True, text=True).stdout)


def walk(node, visit):
    if isinstance(node, dict):
        visit(node)
        for value in node.values():
            walk(value, visit)
    elif isinstance(node, list):
        for value in node:
            walk(value, visit)


def inline_text(inlines):
    parts = []
    walk(inlines, lambda n: parts.append(n["c"] if n.get("t") == "Str" else " " if n.get("t") in ("Space", "SoftBreak", "LineBreak") else ""))
    return "".join(parts)


def main(docx, manifest_path):
    manifest = json.load(open(manifest_path, encoding="utf-8"))
    root = manifest["root"]
    sources = [strip_front_matter(open(os.path.join(root, e["path"]), encoding="utf-8", errors="replace").read())
               for e in manifest["entries"] if e["kind"] == "Page"]
    source_words = sum((words(visible_text(s)) for s in sources), collections.Counter())
    wanted_images = sum(local_images(s) + len(re.findall(r"\{%\s*embed\b", s)) for s in sources)

    document = pandoc_json(docx)
    plain = subprocess.run(["pandoc", "-s", "-f", "docx", "-t", "plain", "--wrap=none", docx], check=True, capture_output=True, text=True).stdout
    out_words = words(plain)
    found = sum(min(n, out_words[w]) for w, n in source_words.items())
    total = sum(source_words.values())
    ratio = found / total if total else 1.0

    images, heads = [], []
    walk(document["blocks"], lambda n: images.append(n) if n.get("t") == "Image" else None)
    walk(document["blocks"], lambda n: heads.append((n["c"][0], [w.lower() for w in WORD.findall(inline_text(n["c"][2]))])) if n.get("t") == "Header" else None)
    want = expected_headings(manifest)

    problems = []
    if ratio < 0.995:
        missing = collections.Counter({w: n - out_words[w] for w, n in source_words.items() if out_words[w] < n})
        problems.append(f"words {ratio:.4f} < 0.995; most missing: {missing.most_common(15)}")
    if len(images) < wanted_images:
        problems.append(f"images {len(images)} < {wanted_images} in the sources")
    # Headings: the expected sequence must appear in order among pandoc's headers, each at its level.
    position, mismatches = 0, []
    for level, expected_words in want:
        while position < len(heads) and collections.Counter(expected_words) - collections.Counter(heads[position][1]):
            position += 1
        if position == len(heads):
            mismatches.append(f"missing heading {' '.join(expected_words)!r} (level {level})")
            position = 0
            continue
        if heads[position][0] != level:
            mismatches.append(f"{' '.join(expected_words)!r}: level {heads[position][0]}, expected {level}")
        position += 1
    if mismatches:
        problems.append(f"{len(mismatches)} heading problems: " + "; ".join(mismatches[:10]))

    name = os.path.basename(docx)
    print(f"{name}: words {found}/{total} = {ratio:.2%}, images {len(images)}/{wanted_images}, headings {len(want) - len(mismatches)}/{len(want)} at the right level")
    for problem in problems:
        print(f"  FAIL {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
