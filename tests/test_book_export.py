"""Each export of a book opens: the EPUB passes EPUBCheck and reads back chapter by chapter, the PDF's
text holds every chapter in order, the HTML carries its print CSS and the Markdown its chapters.
Text with markup characters, quotes and accents survives every format."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
from pypdf import PdfReader

from tests.support import Api

CHAPTERS = [
    ("Crossing to Dover", "1947-05-01", "The ferry rolled & pitched; Mum said <never again> and meant it."),
    ("Café Müller", "1951-02-01", 'I poured coffee for "Herr Direktor" every morning at seven.'),
    ("The allotment", None, "Dad grew leeks as long as my arm, and won a rosette for them in 1962."),
]
OPF = "{http://www.idpf.org/2007/opf}"
CONTAINER = "{urn:oasis:names:tc:opendocument:xmlns:container}"
XHTML = "{http://www.w3.org/1999/xhtml}"


@pytest.fixture
def book(api: Api) -> dict[str, Any]:
    pid = api.ok("POST", "/people", json={"display_name": "Joan O'Neill", "locale": "en-GB"})["id"]
    for title, start, words in CHAPTERS:
        body = {"kind": "life_event", "title": title, **({"period_start": start} if start else {})}
        tid = api.ok("POST", f"/people/{pid}/topics", json=body)["id"]
        sid = api.ok("POST", "/sessions", json={"person_id": pid, "kind": "story", "name": title, "topic_ids": [tid]})[
            "id"
        ]
        api.ok("POST", f"/sessions/{sid}/start")
        for n, text in enumerate((words, f"Second thoughts on {title}.")):
            fields = {"is_approved": True, "included_in_synthesis": True, "topic_id": tid}
            api.ok(
                "POST",
                f"/sessions/{sid}/artifacts",
                json={"artifact_type": "scene_capture" if n == 0 else "draft_paragraph", "content": text, **fields},
            )
        api.clock.advance(minutes=20)
        api.ok("POST", f"/sessions/{sid}/complete", json={})
        api.clock.advance(days=3)
    result = api.ok("GET", f"/people/{pid}/book")
    assert [c["title"] for c in result["chapters"]] == [t for t, _, _ in CHAPTERS]
    return result


def _download(api: Api, pid: str, fmt: str, media_type: str) -> bytes:
    response = api.get(f"/people/{pid}/book.{fmt}")
    assert response.status_code == 200, response.text[:500]
    assert response.headers["content-type"].startswith(media_type)
    assert f'filename="joan-o-neill-book.{fmt}"' in response.headers["content-disposition"]
    same = api.get(f"/people/{pid}/book", params={"format": fmt})  # the other spelling of the same download
    assert same.status_code == 200 and same.headers["content-type"] == response.headers["content-type"]
    if fmt in ("md", "html"):  # the binary ones carry the time they were made
        assert same.content == response.content
    return response.content


def test_epub_validates_and_reads_back(api: Api, book: dict[str, Any], tmp_path: Path) -> None:
    data = _download(api, book["person_id"], "epub", "application/epub+zip")
    archive = zipfile.ZipFile(io.BytesIO(data))
    first = archive.infolist()[0]
    assert (first.filename, first.compress_type, archive.read(first)) == (
        "mimetype",
        zipfile.ZIP_STORED,
        b"application/epub+zip",
    )
    assert archive.testzip() is None

    container = ElementTree.fromstring(archive.read("META-INF/container.xml"))
    opf_path = container.find(f"{CONTAINER}rootfiles/{CONTAINER}rootfile").attrib["full-path"]
    opf = ElementTree.fromstring(archive.read(opf_path))
    assert opf.attrib["version"] == "3.0"
    metadata = opf.find(f"{OPF}metadata")
    assert metadata.find("{http://purl.org/dc/elements/1.1/}title").text == "Joan O'Neill’s story"
    assert metadata.find("{http://purl.org/dc/elements/1.1/}language").text == "en-GB"
    manifest = {item.attrib["id"]: item.attrib["href"] for item in opf.find(f"{OPF}manifest")}
    spine = [manifest[ref.attrib["idref"]] for ref in opf.find(f"{OPF}spine")]
    base = opf_path.rsplit("/", 1)[0]
    chapters = []
    for href in spine[1:]:  # after the title page, a file per chapter, in the book's order
        page = ElementTree.fromstring(archive.read(f"{base}/{href}"))
        heading = page.find(f".//{XHTML}h2").text
        words = " ".join(p.text or "" for p in page.iter(f"{XHTML}p"))
        chapters.append((heading, words))
    assert [h for h, _ in chapters] == [t for t, _, _ in CHAPTERS]
    for (_, words), (_, _, said) in zip(chapters, CHAPTERS, strict=True):
        assert said in words

    # EPUBCheck, the W3C's validator (Debian's `epubcheck`, installed by .ci/system-packages). Its
    # /usr/bin entry is the jar itself (run through binfmt_misc, absent in containers): run it with java.
    jar, java = Path("/usr/share/java/epubcheck.jar"), shutil.which("java")
    assert jar.is_file() and java, "EPUBCheck is missing: run `bash .ci/system-packages` (apt-get install epubcheck)"
    path = tmp_path / "book.epub"
    path.write_bytes(data)
    checked = subprocess.run([java, "-jar", str(jar), str(path)], capture_output=True, text=True, timeout=300)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "No errors or warnings detected" in checked.stdout + checked.stderr


def test_pdf_holds_every_chapter_in_order(api: Api, book: dict[str, Any]) -> None:
    data = _download(api, book["person_id"], "pdf", "application/pdf")
    assert data.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(data))
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    found = [text.rfind(title) for title, _, _ in CHAPTERS]  # the chapter, after the table of contents
    assert -1 not in found and found == sorted(found), text[:2000]
    for _, _, said in CHAPTERS:
        assert " ".join(said.split()[:6]) in text, text[:2000]
    assert len(reader.pages) >= 1 + len(CHAPTERS)  # a title page, then a page per chapter at least


def test_html_and_markdown_hold_the_chapters_in_order(api: Api, book: dict[str, Any]) -> None:
    page = _download(api, book["person_id"], "html", "text/html").decode()
    assert "@media print" in page and "break-before: page" in page
    assert "&lt;never again&gt;" in page and "<never again>" not in page  # the words, escaped
    found = [page.rfind(f">{title}</h2>") for title in ("Crossing to Dover", "Café Müller", "The allotment")]
    assert -1 not in found and found == sorted(found)
    md = _download(api, book["person_id"], "md", "text/markdown").decode()
    assert md.startswith("# Joan O'Neill’s story\n")
    headings = [line for line in md.splitlines() if line.startswith("## ")]
    assert headings == [f"## {t}" for t, _, _ in CHAPTERS]
    assert "*1947*" in md and "Mum said <never again>" in md
    assert "Another time" not in md  # one conversation per chapter: no join


def test_pdfs_asked_for_at_once_are_laid_out_in_turn(api: Api, book: dict[str, Any]) -> None:
    with ThreadPoolExecutor(3) as pool:
        responses = list(pool.map(lambda _: api.get(f"/people/{book['person_id']}/book.pdf"), range(3)))
    assert [r.status_code for r in responses] == [200, 200, 200]
    assert all(PdfReader(io.BytesIO(r.content)).pages for r in responses)


def test_pdf_without_weasyprint_is_a_503_naming_what_to_install(
    api: Api, book: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The server runs in this process: a WeasyPrint that cannot be imported is one for it too.
    monkeypatch.setitem(sys.modules, "weasyprint", None)
    response = api.get(f"/people/{book['person_id']}/book.pdf")
    assert response.status_code == 503, response.text
    detail = response.json()["detail"]
    assert "pip install weasyprint" in detail and "libpango-1.0-0" in detail
    assert api.get(f"/people/{book['person_id']}/book.epub").status_code == 200  # the rest still works
