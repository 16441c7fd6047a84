// The conversation page: typed turns streamed over SSE (fetch + ReadableStream), with
// retries that cannot double a turn (Idempotency-Key) and a draft that survives reloads.
"use strict";

(() => {
  const chat = document.getElementById("chat");
  if (!chat) return;
  const { csrfToken, describe, refreshPanel } = window.Storyloom;
  const sessionId = chat.dataset.session;
  const personName = chat.dataset.person;
  const transcript = document.getElementById("transcript");
  const composer = document.getElementById("composer");
  const answer = document.getElementById("answer");
  const status = document.getElementById("chat-status");
  const draftKey = `storyloom:draft:${sessionId}`;
  const pendingKey = `storyloom:pending:${sessionId}`;
  const RETRYABLE = new Set([0, 429, 502, 503, 504]);
  // A 409 is worth retrying only while another turn (or this one's first attempt) is running.
  const retryable = (status, detail = "") =>
    RETRYABLE.has(status) || (status === 409 && /in progress|still running|send it again/.test(detail));
  let busy = false;

  // --- bubbles ------------------------------------------------------------------------

  // Stay at the newest message while the reader is there (also when the layout resizes);
  // someone who scrolled up to reread is left where they are.
  let pinned = true;
  transcript.addEventListener("scroll", () => {
    pinned = transcript.scrollHeight - transcript.scrollTop - transcript.clientHeight < 48;
  });
  function scrollDown() {
    transcript.scrollTop = transcript.scrollHeight;
    pinned = true;
  }
  if (window.ResizeObserver) new ResizeObserver(() => pinned && scrollDown()).observe(transcript);

  function addBubble(role, text, { method = null, streaming = false } = {}) {
    document.getElementById("transcript-empty")?.remove();
    const li = document.createElement("li");
    li.className = `bubble ${role}`;
    const who = document.createElement("span");
    who.className = "who";
    who.textContent = role === "agent" ? "Interviewer" : personName;
    if (method === "voice") {
      const badge = document.createElement("span");
      badge.className = "badge voice";
      badge.append(document.querySelector("#mic .icon")?.cloneNode(true) || "", " spoken");
      who.append(" ", badge);
    }
    if (method) li.dataset.method = method;
    const p = document.createElement("p");
    p.className = "text";
    p.textContent = text;
    li.append(who, p);
    if (streaming) {
      li.classList.add("streaming");
      li.dataset.state = "streaming";
      li.setAttribute("aria-busy", "true");
    }
    transcript.append(li);
    scrollDown();
    return li;
  }

  /** A bubble whose text arrives in pieces; shown word by word at a readable pace. */
  class StreamingBubble {
    constructor() {
      this.el = addBubble("agent", "", { streaming: true });
      this.text = this.el.querySelector(".text");
      this.queue = [];
      this.shown = "";
      this.deltas = 0;
      this.timer = null;
      this.drained = null;
    }
    push(piece) {
      this.deltas += 1;
      this.queue.push(piece);
      if (!this.timer) this.timer = setInterval(() => this.tick(), 30);
    }
    tick() {
      // Catch up when far behind, so the pace never lags the model by much.
      const take = Math.max(1, Math.floor(this.queue.length / 12));
      for (let i = 0; i < take && this.queue.length; i++) this.shown += this.queue.shift();
      this.text.textContent = this.shown;
      if (pinned) scrollDown();
      if (!this.queue.length) {
        clearInterval(this.timer);
        this.timer = null;
        this.drained?.();
      }
    }
    async finish(finalText) {
      if (this.timer) await new Promise((resolve) => (this.drained = resolve));
      this.text.textContent = finalText;
      this.el.classList.remove("streaming");
      this.el.dataset.state = "done";
      this.el.dataset.deltas = String(this.deltas);
      this.el.removeAttribute("aria-busy");
      scrollDown();
    }
    fail() {
      clearInterval(this.timer);
      this.el.remove();
    }
  }

  // --- server-sent events over fetch --------------------------------------------------

  async function* sseEvents(response) {
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, "\n");
      let end;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let event = "message";
        const data = [];
        for (const line of block.split("\n")) {
          if (line.startsWith(":")) continue;
          const colon = line.indexOf(":");
          const field = colon < 0 ? line : line.slice(0, colon);
          const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
          if (field === "event") event = value;
          else if (field === "data") data.push(value);
        }
        if (data.length) yield { event, data: data.join("\n") };
      }
    }
  }

  /** One attempt at a turn; resolves with the result, or throws an error with .status (0 = network). */
  async function attempt(turn, bubble) {
    let response;
    try {
      response = await fetch(`/api/v1/sessions/${sessionId}/turns`, {
        method: "POST",
        credentials: "same-origin",
        headers: {
          Accept: "text/event-stream",
          "Content-Type": "application/json",
          "X-CSRFToken": csrfToken(),
          "Idempotency-Key": turn.key,
        },
        body: JSON.stringify(turn.skip ? { skip: true } : { text: turn.text }),
      });
    } catch {
      throw Object.assign(new Error("Connection lost."), { status: 0, again: true });
    }
    if (!response.ok) {
      let data = null;
      try { data = await response.json(); } catch { /* not JSON */ }
      const again = retryable(response.status, data?.detail);
      throw Object.assign(new Error(describe(data, response.status)), { status: response.status, again, data });
    }
    try {
      for await (const { event, data } of sseEvents(response)) {
        const payload = JSON.parse(data);
        if (event === "delta") bubble.push(payload.text);
        else if (event === "result") return payload;
        else if (event === "error") {
          const again = payload.extra?.retryable || retryable(payload.status_code, payload.detail);
          throw Object.assign(new Error(describe(payload, payload.status_code)), {
            status: payload.status_code || 500,
            again,
            data: payload,
          });
        }
      }
    } catch (error) {
      if (error.status !== undefined) throw error;
      throw Object.assign(new Error("Connection lost."), { status: 0, again: true });
    }
    throw Object.assign(new Error("The reply was cut off."), { status: 0, again: true });
  }

  // --- sending, with retries ----------------------------------------------------------

  function newKey() {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    return "web-" + [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  }

  function say(message, problem = false) {
    status.textContent = message;
    status.classList.toggle("problem", problem);
  }

  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  function waitForRetry(ms) {
    return Promise.race([sleep(ms), new Promise((resolve) => window.addEventListener("online", resolve, { once: true }))]);
  }

  async function send(turn, { showAnswer = true } = {}) {
    busy = true;
    setBusy(true);
    localStorage.setItem(pendingKey, JSON.stringify(turn));
    if (showAnswer) addBubble("person", turn.skip ? "(skipped)" : turn.text, { method: turn.skip ? "skip" : "text" });
    let delay = 1000;
    for (let tries = 1; ; tries++) {
      const bubble = new StreamingBubble();
      say(tries === 1 ? "The interviewer is replying…" : "Trying again…");
      try {
        const result = await attempt(turn, bubble);
        await bubble.finish(result.reply);
        localStorage.removeItem(pendingKey);
        localStorage.removeItem(draftKey);
        say("");
        afterTurn(result);
        break;
      } catch (error) {
        bubble.fail();
        if (error.again && tries < 8) {
          say(`${error.message} Retrying in ${Math.round(delay / 1000)} s — your answer is kept.`, true);
          await waitForRetry(delay);
          delay = Math.min(delay * 2, 15000);
          continue;
        }
        // Not retryable (or too many tries): give the text back so nothing typed is lost.
        localStorage.removeItem(pendingKey);
        if (!turn.skip && !answer.value) {
          answer.value = turn.text;
          localStorage.setItem(draftKey, turn.text);
        }
        transcript.lastElementChild?.classList.add("failed");
        say(error.message, true);
        break;
      }
    }
    busy = false;
    setBusy(false);
  }

  function setBusy(on) {
    for (const id of ["send", "skip"]) {
      const button = document.getElementById(id);
      if (button) button.disabled = on;
    }
  }

  function afterTurn(result) {
    const badge = document.getElementById("status-badge");
    if (badge && result.status && chat.dataset.status !== result.status) {
      if (result.started) window.location.reload(); // the session's controls change with its state
      chat.dataset.status = result.status;
      badge.textContent = result.status.replace("_", " ");
      badge.className = `status status-${result.status}`;
    }
    placeAnswer(result);
    if (result.proposed_end) say(`The interviewer suggests finishing: ${result.proposed_end}`);
    refreshPanel();
  }

  // --- the composer -------------------------------------------------------------------

  if (composer) {
    if (!answer.value) answer.value = localStorage.getItem(draftKey) || "";
    answer.addEventListener("input", () => localStorage.setItem(draftKey, answer.value));
    // Enter sends on a keyboard; on a touch screen Enter is a new line and Send is tapped.
    const touch = window.matchMedia("(pointer: coarse)").matches;
    if (touch) document.getElementById("answer-hint").textContent = "Tap Send when you are done.";
    answer.addEventListener("keydown", (event) => {
      if (!touch && event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        composer.requestSubmit(document.getElementById("send"));
      }
    });
    composer.addEventListener("submit", (event) => {
      event.preventDefault();
      if (busy) return;
      const skip = event.submitter?.value === "skip";
      const text = answer.value.trim();
      if (!skip && !text) {
        say("Write an answer first, or skip the question.", true);
        answer.focus();
        return;
      }
      answer.value = "";
      send({ text: skip ? null : text, skip, key: newKey() });
      answer.focus();
    });

    // A turn interrupted by a reload or a closed tab: finish it (the key makes that safe).
    const pending = JSON.parse(localStorage.getItem(pendingKey) || "null");
    if (pending) {
      const people = transcript.querySelectorAll(".bubble.person");
      const last = people[people.length - 1];
      const answered = last && last.querySelector(".text").textContent === (pending.skip ? "(skipped)" : pending.text);
      if (answered && last.nextElementSibling?.classList.contains("agent")) {
        localStorage.removeItem(pendingKey); // it went through
      } else {
        send(pending, { showAnswer: !answered });
      }
    }
  }

  // --- fixing a misheard word in a spoken answer ----------------------------------------
  // PATCH …/interactions/{sequence} with the corrected text; the server keeps what was heard
  // in the answer's data.original_transcript.

  const { api } = window.Storyloom;

  function offerCorrection(li) {
    if (li.querySelector(".fix")) return;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "fix link";
    button.textContent = "Fix a word";
    button.setAttribute("aria-label", "Correct the words of this spoken answer");
    button.addEventListener("click", () => editAnswer(li, button));
    li.append(button);
  }

  function editAnswer(li, button) {
    const text = li.querySelector(".text");
    const form = document.createElement("form");
    form.className = "fix-form";
    const box = document.createElement("textarea");
    box.value = text.textContent;
    box.rows = 3;
    box.maxLength = 20000;
    box.setAttribute("aria-label", "Corrected answer");
    const save = document.createElement("button");
    save.type = "submit";
    save.className = "primary";
    save.textContent = "Save";
    const cancel = document.createElement("button");
    cancel.type = "button";
    cancel.textContent = "Cancel";
    const problem = document.createElement("p");
    problem.className = "chat-status";
    problem.setAttribute("role", "status");
    form.append(box, save, cancel, problem);
    text.hidden = true;
    button.hidden = true;
    li.append(form);
    box.focus();
    const close = () => {
      form.remove();
      text.hidden = false;
      button.hidden = false;
    };
    cancel.addEventListener("click", close);
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const corrected = box.value.trim();
      if (!corrected) {
        problem.textContent = "The answer cannot be empty.";
        return;
      }
      save.disabled = true;
      try {
        const url = `/api/v1/sessions/${sessionId}/interactions/${li.dataset.sequence}`;
        const saved = await api("PATCH", url, { person_response: corrected });
        text.textContent = saved.person_response;
        li.dataset.corrected = "true";
        close();
        say("Answer corrected; what was heard is kept with it.");
      } catch (error) {
        problem.textContent = error.message;
        save.disabled = false;
      }
    });
  }

  // Only while the session is open (the composer is there): a closed session's record is final.
  if (composer) {
    transcript.querySelectorAll('.bubble.person[data-method="voice"][data-sequence]').forEach(offerCorrection);
  }

  // --- private answers ------------------------------------------------------------------
  // "Keep private" PATCHes …/interactions/{sequence} with is_private: the answer stays in the
  // transcript (marked), and artifacts, summaries, the book and webhooks leave it out.

  const { announce } = window.Storyloom;
  const PRIVATE_HINT = "Kept in the transcript only: not in artifacts, summaries, the book or webhooks";

  function showPrivate(li, kept) {
    li.dataset.private = kept ? "true" : "false";
    li.classList.toggle("private", kept);
    const who = li.querySelector(".who");
    let badge = who.querySelector(".badge.private");
    if (kept && !badge) {
      badge = document.createElement("span");
      badge.className = "badge private";
      badge.title = PRIVATE_HINT;
      badge.textContent = "private";
      who.append(" ", badge);
    } else if (!kept && badge) {
      badge.previousSibling?.nodeType === Node.TEXT_NODE && badge.previousSibling.remove();
      badge.remove();
    }
    const form = li.querySelector(".private-form");
    if (form) {
      form.querySelector('input[name="private"]').value = kept ? "false" : "true";
      form.querySelector("button").setAttribute("aria-pressed", kept ? "true" : "false");
    }
  }

  function offerPrivacy(li) {
    if (li.querySelector(".private-form") || li.dataset.method === "skip" || !li.dataset.sequence) return;
    const form = document.createElement("form");
    form.className = "private-form";
    form.method = "post";
    form.action = `/sessions/${sessionId}/answers/${li.dataset.sequence}/private`;
    const input = document.createElement("input");
    input.type = "hidden";
    input.name = "private";
    const button = document.createElement("button");
    button.type = "submit";
    button.className = "link private-toggle";
    button.textContent = "Keep private";
    form.append(input, button);
    li.append(form);
    showPrivate(li, li.dataset.private === "true");
  }

  transcript.addEventListener("submit", async (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.classList.contains("private-form")) return;
    event.preventDefault();
    const li = form.closest(".bubble");
    const kept = li.dataset.private !== "true";
    const button = form.querySelector("button");
    button.disabled = true;
    try {
      const saved = await api("PATCH", `/api/v1/sessions/${sessionId}/interactions/${li.dataset.sequence}`, { is_private: kept });
      showPrivate(li, saved.is_private);
      announce(saved.is_private ? "This answer is private now: it stays in the transcript only." : "This answer is shared again.");
      refreshPanel();
    } catch (error) {
      announce(error.message, true);
    } finally {
      button.disabled = false;
    }
  });

  /** After a turn: the answer's bubble learns its sequence, and whether the interviewer kept it private. */
  function placeAnswer(result) {
    const answer = (result.interactions || []).find((i) => i.person_response !== null && i.response_method !== "skip");
    const people = transcript.querySelectorAll(".bubble.person");
    const li = people[people.length - 1];
    if (!answer || !li || li.dataset.sequence) return;
    li.dataset.sequence = answer.sequence;
    li.dataset.private = answer.is_private ? "true" : "false";
    offerPrivacy(li);
    if (answer.is_private) announce("The interviewer kept that answer private: it stays in the transcript only.");
  }

  transcript.querySelectorAll(".bubble.person[data-sequence]").forEach(offerPrivacy);

  window.Storyloom.chat = { addBubble, StreamingBubble, afterTurn, say, scrollDown };
  scrollDown();
})();
