#!/usr/bin/env python3
"""Drift check: every command and option that `mqkit --help` (recursively) shows is in the man pages.

    man-covers-help.py MQKIT MAN_DIR

Reads the --help text, not __dump-cli, so a generator that missed something fails here.
"""
import gzip
import pathlib
import re
import subprocess
import sys


def help_text(mqkit, path):
    return subprocess.run([mqkit, *path, "--help"], check=True, capture_output=True, text=True).stdout


def parse_help(text):
    """(subcommands, option names) of one --help page."""
    subs, opts, section = [], [], None
    for line in text.splitlines():
        if re.match(r"^\S.*:$", line):
            section = line[:-1]
            continue
        m = re.match(r"^  (\S+)", line)
        if not m:
            continue
        if section == "Subcommands":
            subs.append(m.group(1))
        elif m.group(1).startswith("-"):
            opts += m.group(1).split(",")
    return subs, opts


def man_sections(man_dir):
    """{'mqkit kafka consume': text} from every page's .SS sections, plus each page's name."""
    sections = {}
    for page in sorted(pathlib.Path(man_dir).glob("*.1.gz")):
        text = gzip.open(page, "rt", encoding="utf-8").read()
        text = re.sub(r"\\f[BIRP]", "", text).replace("\\-", "-").replace("\\e", "\\")
        sections[page.name[: -len(".1.gz")]] = text
        for chunk in re.split(r"^\.SS ", text, flags=re.M)[1:]:
            head, _, body = chunk.partition("\n")
            sections[head.strip()] = body
    return sections


def main():
    mqkit, man_dir = sys.argv[1], sys.argv[2]
    sections = man_sections(man_dir)
    missing, commands = [], 0
    todo = [[]]
    while todo:
        path = todo.pop()
        subs, opts = parse_help(help_text(mqkit, path))
        todo += [path + [s] for s in subs]
        commands += 1
        if not path:
            where = sections.get("mqkit", "")
        elif len(path) == 1:
            where = sections.get("mqkit-" + path[0], "")  # a command group has its own page
        else:
            where = sections.get("mqkit " + " ".join(path), "")
        if not where:
            missing.append("command: mqkit " + " ".join(path))
            continue
        for opt in opts:
            if not re.search(r"(?<![\w-])" + re.escape(opt) + r"(?![\w-])", where):
                missing.append(f"option: mqkit {' '.join(path)} {opt}")
    if missing:
        print("in --help but not in the man pages:\n  " + "\n  ".join(missing), file=sys.stderr)
        return 1
    print(f"man pages cover all {commands} commands of the --help tree and their options")
    return 0


if __name__ == "__main__":
    sys.exit(main())
