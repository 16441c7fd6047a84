// Hold-to-talk (or tap to toggle): microphone → AudioWorklet (16 kHz PCM16, 20 ms frames)
// → the voice WebSocket, which answers with the live partial transcript, the final
// transcript (a spoken turn) and the interviewer's streamed reply.
"use strict";

(() => {
  const button = document.getElementById("mic");
  const chat = document.getElementById("chat");
  if (!button || !chat) return;
  const supported = navigator.mediaDevices?.getUserMedia && window.AudioWorkletNode && window.WebSocket;
  if (!supported) return; // stays hidden: typing still works (microphones need https or localhost)
  button.hidden = false;

  const sessionId = chat.dataset.session;
  const partial = document.getElementById("partial");
  const label = button.querySelector(".mic-label");
  const HOLD_MS = 400; // pressed longer than this: release stops (hold-to-talk); shorter: toggles
  let socket = null;
  let ready = null;
  let audio = null; // { context, stream, node }
  let on = false;
  let pressedAt = 0;
  let pressStarted = false;
  const replies = new Map(); // turn number → StreamingBubble
  // The last spoken turn's bubbles: speech resumed after a cut turn is joined to it by the server (the reply
  // says "replaces": that turn), and the page merges the two answers and swaps the withdrawn reply.
  let lastSpoken = null; // { turn, person: <li>, reply: <li> | null }
  const pendingSpoken = new Map(); // turn number → its transcript's bubble, until the reply

  const chatApi = () => window.Storyloom.chat;
  const say = (message, problem = false) => chatApi().say(message, problem);

  function showPartial(text) {
    partial.hidden = !text;
    partial.textContent = text ? `“${text}”` : "";
  }

  // --- the socket -----------------------------------------------------------------------

  function connect() {
    if (socket && socket.readyState <= WebSocket.OPEN) return ready;
    const scheme = location.protocol === "https:" ? "wss" : "ws";
    socket = new WebSocket(`${scheme}://${location.host}/api/v1/sessions/${sessionId}/voice`);
    socket.binaryType = "arraybuffer";
    ready = new Promise((resolve, reject) => {
      socket.addEventListener("message", function first(event) {
        const message = JSON.parse(event.data);
        if (message.type === "ready") {
          socket.removeEventListener("message", first);
          resolve(socket);
        } else if (message.type === "error") reject(new Error(message.detail));
      });
      socket.addEventListener("close", () => reject(new Error("The voice connection closed.")), { once: true });
    });
    socket.addEventListener("message", (event) => handle(JSON.parse(event.data)));
    socket.addEventListener("close", (event) => {
      socket = null;
      if (on) stop(false);
      if (event.code >= 4000) say(event.reason || "The voice connection was refused.", true);
    });
    return ready;
  }

  function handle(message) {
    const chatUi = chatApi();
    switch (message.type) {
      case "speech_started":
        say("Hearing you…");
        break;
      case "partial":
        showPartial(message.text);
        break;
      case "transcript":
        showPartial("");
        if (message.text) {
          const person = chatUi.addBubble("person", message.text, { method: "voice" });
          replies.set(message.turn, new chatUi.StreamingBubble());
          pendingSpoken.set(message.turn, person);
          say("The interviewer is replying…");
        } else say("Sorry, I did not catch that. Try again a little louder.", true);
        break;
      case "reply_delta":
        replies.get(message.turn)?.push(message.text);
        break;
      case "reply": {
        const bubble = replies.get(message.turn) || new chatUi.StreamingBubble();
        replies.delete(message.turn);
        const person = pendingSpoken.get(message.turn) || null;
        pendingSpoken.delete(message.turn);
        if (message.replaces !== undefined && lastSpoken && lastSpoken.turn === message.replaces) {
          // One answer, one reply: the earlier bubble shows the whole answer, the withdrawn reply goes.
          const answer = (message.result?.interactions || []).find((i) => i.response_method === "voice");
          if (answer) {
            const li = lastSpoken.person;
            li.querySelector(".text").textContent = answer.person_response;
            // Placed again after the turn (chat.js placeAnswer), private or not as the reply to all of it left it.
            li.querySelector(".private-form")?.remove();
            delete li.dataset.sequence;
          }
          person?.remove();
          lastSpoken.reply?.remove();
          lastSpoken = { turn: message.turn, person: lastSpoken.person, reply: bubble.el };
          say("Joined to your answer above.");
        } else {
          lastSpoken = person ? { turn: message.turn, person, reply: bubble.el } : null;
        }
        bubble.finish(message.text).then(() => {
          say(on ? "Listening…" : "");
          chatUi.afterTurn(message.result);
        });
        break;
      }
      case "error":
        if (message.turn !== undefined) {
          replies.get(message.turn)?.fail();
          pendingSpoken.delete(message.turn);
        }
        say(message.detail || "Something went wrong with the voice connection.", true);
        break;
      default:
        break;
    }
  }

  // --- the microphone -------------------------------------------------------------------

  async function start() {
    if (on) return;
    on = true;
    render();
    try {
      const ws = await connect();
      const stream = await navigator.mediaDevices.getUserMedia({
        audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true, autoGainControl: true },
      });
      const context = new AudioContext();
      await context.audioWorklet.addModule("/static/pcm-worklet.js");
      const source = context.createMediaStreamSource(stream);
      const node = new AudioWorkletNode(context, "pcm16-downsampler", {
        processorOptions: { targetRate: 16000, frameSamples: 320 },
      });
      node.port.onmessage = (event) => {
        if (ws.readyState === WebSocket.OPEN) ws.send(event.data);
      };
      const mute = context.createGain(); // keeps the graph pulling audio without playing it back
      mute.gain.value = 0;
      source.connect(node).connect(mute).connect(context.destination);
      audio = { context, stream, node };
      if (!on) stop(); // released while we were setting up
      else say("Listening… speak now.");
    } catch (error) {
      on = false;
      render();
      release();
      say(error.name === "NotAllowedError" ? "The microphone is blocked for this page." : error.message, true);
    }
  }

  function stop(sendEnd = true) {
    on = false;
    render();
    if (sendEnd && socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ type: "end" }));
    release();
  }

  function release() {
    if (!audio) return;
    audio.node.port.onmessage = null;
    audio.stream.getTracks().forEach((track) => track.stop());
    audio.context.close();
    audio = null;
  }

  function render() {
    button.setAttribute("aria-pressed", String(on));
    label.textContent = on ? "Stop" : "Hold to talk";
  }

  // Press: start. Release after a hold: stop (hold-to-talk). Release after a tap: stay on
  // until the next press (toggle). Keyboard: Space or Enter behave like the pointer.
  function press() {
    pressStarted = !on;
    pressedAt = performance.now();
    if (!on) start();
  }
  function lift() {
    if (!pressStarted || performance.now() - pressedAt > HOLD_MS) {
      if (on) stop();
    }
    pressStarted = false;
  }

  button.addEventListener("pointerdown", (event) => {
    if (event.button !== 0) return;
    event.preventDefault();
    button.setPointerCapture?.(event.pointerId);
    press();
  });
  button.addEventListener("pointerup", lift);
  button.addEventListener("pointercancel", lift);
  button.addEventListener("contextmenu", (event) => event.preventDefault());
  button.addEventListener("keydown", (event) => {
    if ((event.key === " " || event.key === "Enter") && !event.repeat) {
      event.preventDefault();
      press();
    }
  });
  button.addEventListener("keyup", (event) => {
    if (event.key === " " || event.key === "Enter") {
      event.preventDefault();
      lift();
    }
  });
  window.addEventListener("pagehide", () => {
    if (on) stop();
    socket?.close();
  });
})();
