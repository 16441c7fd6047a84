// Storyloom pages: shared helpers. Plain JavaScript, no build step.
// Forms work without this file; with it, forms marked data-api-url call the JSON API instead.
"use strict";

(() => {
  document.documentElement.classList.add("js");

  const csrfToken = () => document.querySelector('meta[name="csrf-token"]')?.content || "";

  /** fetch() against our JSON API with the page's session cookie and CSRF token. */
  async function api(method, url, body, extraHeaders = {}) {
    const headers = { Accept: "application/json", "X-CSRFToken": csrfToken(), ...extraHeaders };
    const init = { method, headers, credentials: "same-origin" };
    if (body !== undefined && body !== null) {
      headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    const response = await fetch(url, init);
    const text = await response.text();
    let data = null;
    try { data = text ? JSON.parse(text) : null; } catch { data = { detail: text }; }
    if (!response.ok) {
      const error = new Error(describe(data, response.status));
      error.status = response.status;
      error.data = data;
      throw error;
    }
    return data;
  }

  /** A readable message from an API error body. */
  function describe(data, status) {
    if (!data) return `The server answered ${status}.`;
    let message = data.detail || `The server answered ${status}.`;
    if (Array.isArray(data.extra) && data.extra.length) {
      message += ": " + data.extra.map((e) => (e.key ? `${e.key} ${e.message}` : e.message)).join("; ");
    }
    if (status === 401) message = "Your session has ended. Log in again (your text is kept).";
    return message;
  }

  /** The form's fields as a JSON body: "a.b" names nest, checkboxes are booleans, data-type="number" is numeric. */
  function formBody(form) {
    const body = {};
    for (const el of form.elements) {
      if (!el.name || el.disabled || el.type === "submit" || el.type === "button") continue;
      if (el.name === "_csrf_token" || el.type === "hidden") continue;
      let value;
      if (el.type === "checkbox") value = el.checked;
      else if (el.type === "radio") { if (!el.checked) continue; value = el.value; }
      else value = el.value.trim();
      if (value === "") continue;
      if (el.dataset.type === "number" || el.type === "number") value = Number(value);
      const path = el.name.split(".");
      let node = body;
      for (const key of path.slice(0, -1)) node = node[key] = node[key] || {};
      node[path[path.length - 1]] = value;
    }
    return body;
  }

  /** Replace the conversation page's side panel with a fresh server rendering. */
  async function refreshPanel() {
    const panel = document.getElementById("panel");
    const chat = document.getElementById("chat");
    if (!panel || !chat) return;
    const response = await fetch(`/sessions/${chat.dataset.session}/panel`, { credentials: "same-origin" });
    if (response.redirected) return announce("Your session has ended. Log in again (your text is kept).", true);
    if (!response.ok) return;
    const open = [...panel.querySelectorAll("details[open]")].map((d) => d.closest("[data-artifact]")?.dataset.artifact);
    const focused = panel.contains(document.activeElement) ? document.activeElement : null;
    const focusedId = focused?.id;
    const focusedArtifact = focused?.closest("[data-artifact]")?.dataset.artifact;
    panel.innerHTML = await response.text();
    for (const id of open) panel.querySelector(`[data-artifact="${id}"] details`)?.setAttribute("open", "");
    // Keep keyboard users where they were: the same field, or the artifact they acted on.
    if (focusedId && document.getElementById(focusedId)) document.getElementById(focusedId).focus();
    else if (focusedArtifact) panel.querySelector(`[data-artifact="${focusedArtifact}"] button, [data-artifact="${focusedArtifact}"] summary`)?.focus();
  }

  function announce(message, problem = false) {
    const status = document.getElementById("chat-status") || document.getElementById("page-status");
    if (!status) { if (problem) alert(message); return; }
    status.textContent = message;
    status.classList.toggle("problem", problem);
  }

  // Forms that call the JSON API (data-api-url), falling back to their plain action without JS.
  document.addEventListener("submit", async (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.dataset.apiUrl) return;
    event.preventDefault();
    const buttons = [...form.querySelectorAll("button")];
    buttons.forEach((b) => (b.disabled = true));
    try {
      const fixed = form.dataset.apiBody;
      const body = fixed !== undefined ? JSON.parse(fixed) : formBody(form);
      const result = await api(form.dataset.apiMethod || "POST", form.dataset.apiUrl, body);
      const after = form.dataset.after;
      if (after === "reload") window.location.reload();
      else if (after === "summary") window.location.assign(`/sessions/${document.getElementById("chat").dataset.session}/summary`);
      else if (after === "panel") {
        await refreshPanel();
        announce(form.dataset.done || "Saved.");
      }
      return result;
    } catch (error) {
      announce(error.message, true);
    } finally {
      buttons.forEach((b) => (b.disabled = false));
    }
  });

  document.addEventListener("DOMContentLoaded", () => {
    // A new person's time zone defaults to the browser's.
    for (const input of document.querySelectorAll("input[data-default-timezone]")) {
      if (!input.value) {
        try { input.value = Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch { /* keep empty */ }
      }
    }
    document.querySelector("#form-error, .error[role=alert]")?.focus?.();
  });

  window.Storyloom = { api, describe, formBody, refreshPanel, announce, csrfToken };
})();
