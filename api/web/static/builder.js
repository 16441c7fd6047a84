// Template builder: add, remove and reorder sections, items and study questions in the page. Without this
// file the same buttons post the form and the server redraws it (progressive enhancement).
"use strict";

(() => {
  const form = document.getElementById("builder");
  const list = document.getElementById("sections");
  if (!form || !list) return;
  const status = document.getElementById("builder-status");
  const sectionTemplate = document.getElementById("section-template");
  const itemTemplate = document.getElementById("item-template");
  const questionList = document.getElementById("questions");
  const questionTemplate = document.getElementById("question-template");

  const announce = (message) => (status.textContent = message);
  const sections = () => [...list.querySelectorAll(":scope > [data-section]")];

  /** Give every field the name, id and label its position says (section-0-item-1-name…). */
  function renumber() {
    sections().forEach((section, si) => {
      section.querySelector("[data-section-title]").textContent = `Section ${si + 1}`;
      for (const el of section.querySelectorAll(":scope > .section-grid [data-field]")) {
        setField(section, el, `s${si}-${el.dataset.field}`, `section-${si}-${el.dataset.field}`);
      }
      for (const el of section.querySelectorAll("[data-section-label]")) {
        el.textContent = el.textContent.replace(/\d+/, String(si + 1));
      }
      const ops = { "add-item": `add-item:${si}`, "up-section": `up-section:${si}`, "down-section": `down-section:${si}`, "remove-section": `remove-section:${si}` };
      for (const [op, value] of Object.entries(ops)) {
        const button = section.querySelector(`:scope > .section-actions [data-op="${op}"]`);
        if (button) button.value = value;
      }
      section.querySelectorAll("[data-item]").forEach((item, ii) => {
        item.querySelector("[data-item-title]").textContent = `Item ${ii + 1}`;
        for (const el of item.querySelectorAll("[data-item-label]")) {
          el.textContent = el.textContent.replace(/\d+(\D+)\d+/, `${ii + 1}$1${si + 1}`);
        }
        for (const op of ["up-item", "down-item", "remove-item"]) {
          const button = item.querySelector(`[data-op="${op}"]`);
          if (button) button.value = `${op}:${si}:${ii}`;
        }
        for (const el of item.querySelectorAll("[data-field]")) {
          setField(item, el, `s${si}-i${ii}-${el.dataset.field}`, `section-${si}-item-${ii}-${el.dataset.field}`);
        }
      });
    });
    questions().forEach((question, qi) => {
      question.querySelector("[data-question-title]").textContent = `Question ${qi + 1}`;
      question.querySelector("[data-question-label]").textContent = ` ${qi + 1}`;
      question.querySelector('[data-op="remove-question"]').value = `remove-question:${qi}`;
      for (const el of question.querySelectorAll("[data-field]")) {
        setField(question, el, `q${qi}-${el.dataset.field}`, `question-${qi}-${el.dataset.field}`);
      }
    });
  }

  const questions = () => (questionList ? [...questionList.querySelectorAll(":scope > [data-question]")] : []);

  function setField(scope, el, id, name) {
    const label = scope.querySelector(`label[for="${el.id}"]`);
    el.id = id;
    el.name = name;
    if (label) label.htmlFor = id;
  }

  function fromTemplate(template) {
    return template.content.firstElementChild.cloneNode(true);
  }

  form.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-op]");
    if (!button) return;
    event.preventDefault();
    const op = button.dataset.op;
    const section = button.closest("[data-section]");
    if (op === "add-section") {
      const added = fromTemplate(sectionTemplate);
      list.append(added);
      renumber();
      added.querySelector("[data-field=name]").focus();
      announce(`Section ${sections().length} added.`);
    } else if (op === "add-item") {
      const item = fromTemplate(itemTemplate);
      section.querySelector("[data-items]").append(item);
      renumber();
      item.querySelector("[data-field=name]").focus();
      announce("Item added.");
    } else if (op === "remove-item") {
      const item = button.closest("[data-item]");
      const next = item.nextElementSibling || item.previousElementSibling;
      item.remove();
      renumber();
      (next?.querySelector("[data-field=name]") || section.querySelector('[data-op="add-item"]')).focus();
      announce("Item removed.");
    } else if (op === "remove-section") {
      const next = section.nextElementSibling || section.previousElementSibling;
      section.remove();
      renumber();
      (next?.querySelector("[data-field=name]") || form.querySelector('[data-op="add-section"]')).focus();
      announce("Section removed.");
    } else if (op === "up-item" || op === "down-item") {
      const item = button.closest("[data-item]");
      const sibling = op === "up-item" ? item.previousElementSibling : item.nextElementSibling;
      if (!sibling) return announce(op === "up-item" ? "Already the first item." : "Already the last item.");
      if (op === "up-item") item.parentNode.insertBefore(item, sibling);
      else item.parentNode.insertBefore(sibling, item);
      renumber();
      button.focus();
      announce(`Moved to item ${[...item.parentNode.children].indexOf(item) + 1}.`);
    } else if (op === "add-question") {
      const added = fromTemplate(questionTemplate);
      questionList.append(added);
      renumber();
      added.querySelector("[data-field=prompt]").focus();
      announce(`Question ${questions().length} added.`);
    } else if (op === "remove-question") {
      const question = button.closest("[data-question]");
      const next = question.nextElementSibling || question.previousElementSibling;
      question.remove();
      renumber();
      (next?.querySelector("[data-field=prompt]") || form.querySelector('[data-op="add-question"]')).focus();
      announce("Question removed.");
    } else if (op === "up-section" || op === "down-section") {
      const sibling = op === "up-section" ? section.previousElementSibling : section.nextElementSibling;
      if (!sibling) return announce(op === "up-section" ? "Already the first section." : "Already the last section.");
      if (op === "up-section") list.insertBefore(section, sibling);
      else list.insertBefore(sibling, section);
      renumber();
      button.focus();
      announce(`Moved to position ${sections().indexOf(section) + 1}.`);
    }
  });
})();
