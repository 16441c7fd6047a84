"""The template builder for study and practice users (issue 14's web gaps).

Study questions (question, answer, subject) are written in the builder and reach the
template's ``structure.questions`` (a topic level set through the API survives an edit);
items within a section can be moved up and down. Over plain HTTP forms on every engine,
and with the page's script in the system Chromium.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.support import Api
from tests.web_support import (
    browser,
    csrf_of,
    logged_in_page,
    playwright_driver,
    shoot,
    web_client,
)

__all__ = ["browser", "playwright_driver"]  # fixtures


def _study_form(csrf: str, **extra: str) -> dict[str, str]:
    return {
        "_csrf_token": csrf,
        "name": "Times tables",
        "kind": "study",
        "description": "",
        "section-0-name": "Warm-up",
        "section-0-minutes": "5",
        "section-0-item-0-name": "Count in twos",
        "section-0-item-0-description": "",
        "section-0-item-0-minutes": "",
        "section-0-item-1-name": "Count in fives",
        "section-0-item-1-description": "",
        "section-0-item-1-minutes": "",
        "question-0-prompt": "What is 7 × 8?",
        "question-0-answer": "56",
        "question-0-subject": "Math",
        "question-1-prompt": "",
        "question-1-answer": "",
        "question-1-subject": "",
        "question-2-prompt": "What is 6 × 7?",
        "question-2-answer": "42",
        "question-2-subject": "Math",
        "intention": "Know the 6, 7 and 8 times tables",
        "success_indicators": "",
        "completion_indicators": "",
        "constraints": "",
        "procedure_notes": "",
        "duration_minutes": "",
        "tags": "",
        **extra,
    }


def test_questions_and_item_order_without_javascript(api: Api) -> None:
    client = web_client(api)
    csrf = csrf_of(client, "/templates/new")
    form = _study_form(csrf)
    assert 'id="questions"' in client.get("/templates/new").text

    added = client.post("/templates/new", data={**form, "op": "add-question"})
    assert added.status_code == 200 and added.text.count('name="question-3-prompt"') == 1
    removed = client.post("/templates/new", data={**form, "op": "remove-question:0"})
    assert "What is 7 × 8?" not in removed.text and "What is 6 × 7?" in removed.text
    moved = client.post("/templates/new", data={**form, "op": "down-item:0:0"})
    assert moved.text.index('value="Count in fives"') < moved.text.index('value="Count in twos"')
    top = client.post("/templates/new", data={**form, "op": "up-item:0:0"})  # already first: unchanged
    assert top.text.index('value="Count in twos"') < top.text.index('value="Count in fives"')
    assert api.ok("GET", "/templates")["total"] == 0

    orphan = client.post("/templates/new", data={**form, "question-1-answer": "12", "op": "save"})
    assert orphan.status_code == 422 and "Question 2: write the question" in orphan.text

    saved = client.post(
        "/templates/new",
        data={
            **form,
            "section-0-item-0-name": "Count in fives",
            "section-0-item-1-name": "Count in twos",
            "op": "save",
        },
    )
    assert saved.status_code == 303, saved.text
    template_id = saved.headers["location"].split("/")[2].split("?")[0]
    template = api.ok("GET", f"/templates/{template_id}")
    assert template["kind"] == "study"
    assert [(q["prompt"], q["answer"], q["subject"]) for q in template["structure"]["questions"]] == [
        ("What is 7 × 8?", "56", "Math"),
        ("What is 6 × 7?", "42", "Math"),
    ]
    assert [i["name"] for i in template["structure"]["sections"][0]["items"]] == ["Count in fives", "Count in twos"]

    # A topic level set through the API rides along when the page edits the template.
    api.ok(
        "PATCH",
        f"/templates/{template_id}",
        json={
            "structure": {
                **template["structure"],
                "questions": [{"prompt": "What is 9 × 9?", "answer": "81", "subject": "Math", "topic": "Squares"}],
            }
        },
    )
    page = client.get(f"/templates/{template_id}").text
    assert "What is 9 × 9?" in page and 'value="Squares"' in page
    fields = {k: v for k, v in form.items() if not k.startswith("question-")}
    edited = client.post(
        f"/templates/{template_id}",
        data={**fields, "question-0-prompt": "What is 9 × 9?", "question-0-answer": "81",
              "question-0-subject": "Math", "question-0-topic": "Squares", "op": "save"},
    )  # fmt: skip
    assert edited.status_code == 303
    (question,) = api.ok("GET", f"/templates/{template_id}")["structure"]["questions"]
    assert (question["prompt"], question["answer"], question["topic"]) == ("What is 9 × 9?", "81", "Squares")

    # A study session from the template carries the questions the interviewer will ask.
    person = api.ok("POST", "/people", json={"display_name": "Ada"})
    session = api.ok("POST", "/sessions", json={"person_id": person["id"], "template_id": template_id})
    assert [q["prompt"] for q in session["data"]["questions"]] == ["What is 9 × 9?"]


@pytest.mark.parametrize("engine_name", ["sqlite"])  # the script in a browser; the HTTP test covers both engines
def test_questions_and_item_order_in_the_page(api: Api, browser: Any, artifacts_dir: Path) -> None:
    context, page, errors = logged_in_page(browser, api)
    page.goto(f"{api.base_url}/templates/new")
    page.get_by_label("Name", exact=True).fill("Times tables")
    page.get_by_label("Kind").select_option("study")
    section = page.locator("#sections > [data-section]").first
    section.get_by_label("Section name").fill("Warm-up")
    section.locator("[data-item]").first.get_by_label("Item name").fill("Count in twos")
    section.get_by_role("button", name="Add item").click()
    section.locator("[data-item]").nth(1).get_by_label("Item name").fill("Count in fives")
    section.get_by_role("button", name="Up item 2 of section 1").click()
    expect(section.locator("[data-item]").first.get_by_label("Item name")).to_have_value("Count in fives")

    for n, (prompt, answer) in enumerate((("What is 7 × 8?", "56"), ("Spare", ""), ("What is 6 × 7?", "42"))):
        page.get_by_role("button", name="Add question").click()
        row = page.locator("#questions > [data-question]").nth(n)
        row.get_by_label("Question").fill(prompt)
        row.get_by_label("Answer").fill(answer)
        row.get_by_label("Subject").fill("Math")
    page.get_by_role("button", name="Remove question 2").click()
    expect(page.locator("#questions > [data-question]")).to_have_count(2)
    shoot(page, artifacts_dir, "template-builder-study-desktop")
    page.get_by_role("button", name="Save template").click()
    expect(page.get_by_text("Saved.")).to_be_visible()

    template_id = page.url.split("/templates/")[1].split("?")[0]
    template = api.ok("GET", f"/templates/{template_id}")
    assert [(q["prompt"], q["answer"], q["subject"]) for q in template["structure"]["questions"]] == [
        ("What is 7 × 8?", "56", "Math"),
        ("What is 6 × 7?", "42", "Math"),
    ]
    assert [i["name"] for i in template["structure"]["sections"][0]["items"]] == ["Count in fives", "Count in twos"]
    assert errors == []
    context.close()
