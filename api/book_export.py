"""A book as a file: Markdown, HTML with print CSS, EPUB 3 and PDF.

- HTML: one self-contained page (``book_print.html``) with a print style sheet (A5 pages, a
  chapter per page, page numbers); "Print" in a browser makes a good copy of it.
- EPUB 3 is written here with ``zipfile``: it is a zip of a few XHTML and XML files, and the
  one maintained Python library for it (EbookLib) is AGPL-3.0, a licence we do not want in a
  network service for the sake of ~60 lines. The tests check it with EPUBCheck, the W3C's validator.
- PDF: WeasyPrint (BSD) renders the same HTML with its print CSS in the process, made for paged
  media (page counters, page breaks). It needs Pango (``libpango-1.0-0``, ``libpangoft2-1.0-0``
  on Debian/Ubuntu); without it the PDF export is a 503 naming what to install, and everything
  else works. The system Chromium through Playwright would need a browser on the server and a
  test-only package at run time, and starts a browser per file.

Every function here is blocking (zip, PDF layout): the controller runs them in a thread.
"""

from __future__ import annotations

import html
import io
import re
import threading
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from agent.book import Book, Chapter, join_line, period

MEDIA_TYPES = {
    "md": "text/markdown; charset=utf-8",
    "html": "text/html; charset=utf-8",
    "epub": "application/epub+zip",
    "pdf": "application/pdf",
}
PDF_NEEDS = (
    "PDF export needs WeasyPrint and the Pango libraries: "
    "`pip install weasyprint` and `apt-get install libpango-1.0-0 libpangoft2-1.0-0` (Debian/Ubuntu)"
)
_TEMPLATES = Path(__file__).parent / "web" / "templates"
_PDF_LOCK = threading.Lock()  # one layout at a time per process (the API also queues them, per app)
_MD_BLOCK_START = re.compile(r"^(\s*)([#>+*=|-]|\d+[.)]|```|~~~)")


class PdfUnavailable(Exception):
    """WeasyPrint or the system libraries it loads are missing."""


def filename(book: Book, ext: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", book.person_name.lower()).strip("-")[:60] or "story"
    return f"{slug}-book.{ext}"


def paragraphs(chapter: Chapter) -> list[str]:
    return [p.strip() for p in chapter.text.replace("\r\n", "\n").split("\n\n") if p.strip()]


def _joins(book: Book) -> set[str]:
    return {join_line(book.person_name)}


# --- Markdown ------------------------------------------------------------------------------


def _md_paragraph(text: str) -> str:
    """The words as they are; a line that Markdown would read as a heading, list or quote is escaped."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return "  \n".join(_MD_BLOCK_START.sub(r"\1\\\2", line) for line in lines)


def markdown(book: Book) -> str:
    joins = _joins(book)
    out = [f"# {book.title}", ""]
    for chapter in book.included:
        out += [f"## {' '.join(chapter.title.split())}", ""]
        if when := period(chapter):
            out += [f"*{when}*", ""]
        for para in paragraphs(chapter):
            out += [f"*{_md_paragraph(para)}*" if para in joins else _md_paragraph(para), ""]
    return "\n".join(out).rstrip() + "\n"


# --- HTML ----------------------------------------------------------------------------------


def _environment() -> Environment:
    return Environment(loader=FileSystemLoader(_TEMPLATES), autoescape=select_autoescape(["html"]))


def html_document(book: Book) -> str:
    chapters = [
        {"id": f"chapter-{n}", "title": c.title, "period": period(c), "paragraphs": paragraphs(c)}
        for n, c in enumerate(book.included, start=1)
    ]
    template = _environment().get_template("book_print.html")
    return template.render(book=book, chapters=chapters, joins=_joins(book))


# --- EPUB 3 --------------------------------------------------------------------------------

_CONTAINER = """<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
"""
_EPUB_CSS = """body { font-family: serif; line-height: 1.5; margin: 0 5%; }
h1, h2 { font-weight: normal; text-align: center; }
h1 { margin-top: 30%; }
p { text-indent: 1.5em; margin: 0; text-align: justify; }
h2 + p, p.period + p, p.join + p { text-indent: 0; }
p.period { text-align: center; font-style: italic; text-indent: 0; margin-bottom: 1.5em; }
p.join { font-style: italic; text-indent: 0; margin-top: 1em; }
"""


def _xhtml(book: Book, title: str, body: str) -> str:
    e = html.escape
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n'
        f'<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" '
        f'lang="{e(book.language)}" xml:lang="{e(book.language)}">\n'
        f'<head><meta charset="utf-8"/><title>{e(title)}</title>'
        '<link rel="stylesheet" type="text/css" href="style.css"/></head>\n'
        f"<body>\n{body}\n</body>\n</html>\n"
    )


def _epub_chapter(book: Book, chapter: Chapter) -> str:
    e, joins = html.escape, _joins(book)
    parts = [f'<section epub:type="chapter">\n<h2>{e(chapter.title)}</h2>']
    if when := period(chapter):
        parts.append(f'<p class="period">{e(when)}</p>')
    for para in paragraphs(chapter):
        css = ' class="join"' if para in joins else ""
        parts.append(f"<p{css}>{'<br/>'.join(e(line) for line in para.splitlines())}</p>")
    parts.append("</section>")
    return _xhtml(book, chapter.title, "\n".join(parts))


def epub(book: Book, now: datetime) -> bytes:
    """An EPUB 3 package: mimetype first and stored, the container, the OPF, a nav and a file per chapter."""
    e = html.escape
    chapters = book.included
    files = [(f"chapter-{n}.xhtml", c) for n, c in enumerate(chapters, start=1)]
    title_page = _xhtml(book, book.title, f'<section epub:type="titlepage">\n<h1>{e(book.title)}</h1>\n</section>')
    nav_items = "\n".join(f'<li><a href="{name}">{e(c.title)}</a></li>' for name, c in files)
    nav = _xhtml(
        book,
        "Contents",
        f'<nav epub:type="toc" id="toc">\n<h2>Contents</h2>\n<ol>\n'
        f'<li><a href="title.xhtml">{e(book.title)}</a></li>\n{nav_items}\n</ol>\n</nav>',
    )
    manifest = [
        '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
        '<item id="css" href="style.css" media-type="text/css"/>',
        '<item id="title" href="title.xhtml" media-type="application/xhtml+xml"/>',
        *(f'<item id="c{n}" href="{name}" media-type="application/xhtml+xml"/>' for n, (name, _) in enumerate(files)),
    ]
    spine = ['<itemref idref="title"/>', *(f'<itemref idref="c{n}"/>' for n in range(len(files)))]
    modified = now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    items, refs = "\n    ".join(manifest), "\n    ".join(spine)
    opf = f"""<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="{e(book.language)}">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="book-id">urn:uuid:{book.person_id}</dc:identifier>
    <dc:title>{e(book.title)}</dc:title>
    <dc:creator>{e(book.person_name)}</dc:creator>
    <dc:language>{e(book.language)}</dc:language>
    <meta property="dcterms:modified">{modified}</meta>
  </metadata>
  <manifest>
    {items}
  </manifest>
  <spine>
    {refs}
  </spine>
</package>
"""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        # The mimetype must be the first entry, uncompressed, with no extra field (OCF 3.0, 4.3).
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        deflate = zipfile.ZIP_DEFLATED
        archive.writestr("META-INF/container.xml", _CONTAINER, compress_type=deflate)
        archive.writestr("OEBPS/content.opf", opf, compress_type=deflate)
        archive.writestr("OEBPS/nav.xhtml", nav, compress_type=deflate)
        archive.writestr("OEBPS/style.css", _EPUB_CSS, compress_type=deflate)
        archive.writestr("OEBPS/title.xhtml", title_page, compress_type=deflate)
        for name, chapter in files:
            archive.writestr(f"OEBPS/{name}", _epub_chapter(book, chapter), compress_type=deflate)
    return buffer.getvalue()


# --- PDF -----------------------------------------------------------------------------------


def pdf(book: Book) -> bytes:
    """The HTML export laid out on pages by WeasyPrint; ``PdfUnavailable`` if it cannot load."""
    try:
        from weasyprint import HTML  # imported here: it loads Pango, which the rest does not need
    except (ImportError, OSError) as exc:
        raise PdfUnavailable(f"{PDF_NEEDS} ({exc.__class__.__name__}: {exc})") from exc
    document = html_document(book)
    with _PDF_LOCK:
        return HTML(string=document).write_pdf()
