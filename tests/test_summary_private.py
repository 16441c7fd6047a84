"""The summary page never shows a private answer's words (issue 9: nothing private shown).

A graded study answer can be private: the tutor keeps an answer that tells of a loss beside the
attempt private and still grades it, and a person can mark any answer private. The summary
page's "To practise again" list printed a wrong answer word for word without looking at
``is_private``. Now such an answer is listed by its question and right answer only, said to be
kept private, over HTTP on every engine with the built-in interviewer, as a person sees it.
"""

from __future__ import annotations

import re
from typing import Any

from tests.support import Api
from tests.turns_support import transcript
from tests.web_support import web_client

CAPITALS = {
    "name": "Capitals of the Baltic",
    "kind": "study",
    "structure": {
        "questions": [
            {"prompt": "What is the capital of Latvia?", "answer": "Riga", "subject": "Geography"},
            {"prompt": "What is the capital of Estonia?", "answer": "Tallinn", "subject": "Geography"},
            {"prompt": "What is the capital of Lithuania?", "answer": "Vilnius", "subject": "Geography"},
        ]
    },
}
# A wrong answer with a death told beside it (the tutor grades it and keeps it private).
GRIEVING = "Kaunas? Sorry, I can't think straight, my godmother Ilse died on Thursday and the burial is in Tartu."
GRIEF_WORDS = ("ilse", "godmother", "burial", "tartu", "kaunas")
# A wrong answer the person marks private by hand afterwards (no loss in it).
MARKED = "Narva, where my cousin Oskar keeps his sailing boat."
MARKED_WORDS = ("narva", "oskar", "sailing boat")


def _turn(api: Api, sid: str, text: str) -> dict[str, Any]:
    api.clock.advance(seconds=30)
    return api.ok("POST", f"/sessions/{sid}/turns", json={"text": text})


def _missed(page: str) -> str:
    found = re.search(r'<ul class="plain missed">.*?</ul>', page, re.S)
    assert found, page[:3000]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", found.group(0)))


def test_a_private_wrong_answer_is_listed_without_its_words(api: Api) -> None:
    person = api.ok("POST", "/people", json={"display_name": "Liesel"})
    template = api.ok("POST", "/templates", json=CAPITALS)
    body = {"person_id": person["id"], "template_id": template["id"], "start": True}
    sid = api.ok("POST", "/sessions", json=body)["id"]
    _turn(api, sid, GRIEVING)  # question 1, wrong, a loss beside it: care, kept private
    _turn(api, sid, "Let's carry on, it helps.")
    _turn(api, sid, "Parnu")  # question 2, wrong, nothing private
    _turn(api, sid, MARKED)  # question 3, wrong; kept private by the person below
    said = {i["person_response"]: i for i in transcript(api, sid)}
    assert said[GRIEVING]["is_private"] is True and said[GRIEVING]["is_correct"] is False, said[GRIEVING]
    assert said[MARKED]["is_correct"] is False and said["Parnu"]["is_correct"] is False
    api.ok("PATCH", f"/sessions/{sid}/interactions/{said[MARKED]['sequence']}", json={"is_private": True})

    page = web_client(api).get(f"/sessions/{sid}/summary").text
    missed = _missed(page)
    # Every wrong answer is still one to practise again, with its right answer; a private one's words are not there.
    assert "What is the capital of Latvia? — answer kept private; the right answer is Riga" in missed, missed
    assert "What is the capital of Estonia? — answered Parnu; the right answer is Tallinn" in missed, missed
    assert "What is the capital of Lithuania? — answer kept private; the right answer is Vilnius" in missed, missed
    low = page.lower()
    assert not [w for w in GRIEF_WORDS + MARKED_WORDS if w in low], missed
    # The transcript still holds them, marked private.
    entries = api.ok("GET", f"/sessions/{sid}/transcript")["entries"]
    assert {e["person_response"] for e in entries if e["is_private"]} == {GRIEVING, MARKED}
