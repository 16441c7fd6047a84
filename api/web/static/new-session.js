// New session: a chosen template fills the form (still editable); a chosen person shows
// their topics. Both read the JSON API. Without this file, "Apply" redraws the form.
"use strict";

(() => {
  const form = document.getElementById("new-session");
  if (!form) return;
  const { api, announce } = window.Storyloom;
  const person = document.getElementById("person_id");
  const template = document.getElementById("template_id");
  const topics = document.getElementById("topic-list");
  const field = (name) => form.elements.namedItem(name);

  template.addEventListener("change", async () => {
    if (!template.value) return;
    try {
      const t = await api("GET", `/api/v1/templates/${template.value}`);
      field("name").value = t.name;
      field("kind").value = t.kind;
      field("intention").value = t.intention || "";
      field("success_indicators").value = (t.success_indicators || []).join("\n");
      field("completion_indicators").value = (t.completion_indicators || []).join("\n");
      field("constraints").value = t.constraints || "";
      field("procedure_notes").value = t.procedure_notes || "";
      field("duration").value = t.duration_minutes ?? "";
      field("prefilled_from").value = template.value;
    } catch (error) {
      announce(error.message, true);
    }
  });

  person.addEventListener("change", async () => {
    try {
      const page = await api("GET", `/api/v1/people/${person.value}/topics?limit=200`);
      topics.replaceChildren();
      if (!page.items.length) {
        const p = document.createElement("p");
        p.className = "muted";
        p.textContent = "No topics for this person yet.";
        topics.append(p);
      }
      for (const topic of page.items) {
        const label = document.createElement("label");
        label.className = "check";
        const box = document.createElement("input");
        box.type = "checkbox";
        box.name = "topic_ids";
        box.value = topic.id;
        const extra = document.createElement("span");
        extra.className = "muted";
        extra.textContent = topic.kind.replace("_", " ") + (topic.period_start ? ` · ${topic.period_start.slice(0, 4)}` : "");
        label.append(box, ` ${topic.title} `, extra);
        topics.append(label);
      }
    } catch (error) {
      announce(error.message, true);
    }
  });
})();
