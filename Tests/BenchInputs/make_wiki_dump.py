#!/usr/bin/env python3
"""Writes a MediaWiki XML export built from a JSON Lines dump, for `claimtrace bench`.

There is no large MediaWiki export among the shared corpora; this turns the
benchmark dump's articles into pages with the markup a Wikinews export has
(links, bold, templates, references, a Sources section, a category).

    python3 Tests/BenchInputs/make_wiki_dump.py ../shared/corpora/bench/news.jsonl.gz /tmp/wiki.xml 15000
    .build/release/claimtrace bench /tmp/wiki.xml
"""
import gzip
import json
import sys
from xml.sax.saxutils import escape


def wikitext(text):
    words = text.split(" ")
    for i in range(0, len(words), 9):
        words[i] = "[[" + words[i] + "]]"
    for i in range(4, len(words), 13):
        words[i] = "'''" + words[i] + "'''"
    return ("{{date|2017}}\n" + " ".join(words).replace("\n", "\n\n")
            + "<ref>{{cite web|url=http://x.example|title=Source}}</ref>\n\n"
            + "== Sources ==\n* {{source|url=http://example.com}}\n[[Category:News]]")


def main(source, target, limit):
    opener = gzip.open if source.endswith(".gz") else open
    pages = 0
    with opener(source, "rt", encoding="utf-8") as lines, open(target, "w", encoding="utf-8") as out:
        out.write('<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.10/" version="0.10" xml:lang="en">\n')
        for line in lines:
            record = json.loads(line)
            text = record.get("maintext") or record.get("text")
            if not text:
                continue
            out.write("<page><title>%s</title><ns>0</ns><id>%d</id><revision><id>%d</id>"
                      "<timestamp>2017-09-16T10:25:20Z</timestamp><text xml:space=\"preserve\">%s</text>"
                      "</revision></page>\n" % (escape(record.get("title") or "untitled"), pages, pages,
                                                escape(wikitext(text))))
            pages += 1
            if pages >= limit:
                break
        out.write("</mediawiki>\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 15000)
