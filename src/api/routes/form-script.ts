/**
 * The answering page's small script (plain ES2017, no build step). It keeps what is typed in
 * localStorage, sends the answer with the page's submission id, and keeps it until the server
 * confirms it: when the connection drops it says so and retries when the connection returns
 * (and every few seconds), so nothing typed is lost and a resent answer is stored once. Without
 * it the page is a plain form POST.
 */
export const FORM_SCRIPT = `"use strict";
(function () {
  var form = document.getElementById("answer-form");
  if (!form || !window.fetch || !window.localStorage) return;
  var status = document.getElementById("answer-status");
  var url = form.getAttribute("data-answers");
  var key = "partnerscope-answers:" + form.getAttribute("action");
  var skip = { lang: true, easy: true, website: true };
  var sending = false;
  var timer = null;

  function load() {
    try { return JSON.parse(localStorage.getItem(key) || "null"); } catch (e) { return null; }
  }
  function save(state) {
    try { localStorage.setItem(key, JSON.stringify(state)); } catch (e) { /* full or blocked */ }
  }
  function values() {
    var out = {};
    for (var i = 0; i < form.elements.length; i++) {
      var el = form.elements[i];
      if (!el.name || el.type === "submit") continue;
      if ((el.type === "radio" || el.type === "checkbox") && !el.checked) continue;
      out[el.name] = el.value;
    }
    return out;
  }
  function restore(saved) {
    for (var i = 0; i < form.elements.length; i++) {
      var el = form.elements[i];
      if (!el.name || skip[el.name] || el.type === "submit") continue;
      if (el.type === "radio" || el.type === "checkbox") el.checked = saved[el.name] === el.value;
      else if (Object.prototype.hasOwnProperty.call(saved, el.name)) el.value = saved[el.name];
    }
  }
  function say(text) { status.textContent = text; }
  function later() {
    if (timer) return;
    timer = setInterval(send, 5000);
  }
  function done(body) {
    localStorage.removeItem(key);
    if (timer) clearInterval(timer);
    timer = null;
    var main = document.getElementById("main");
    main.innerHTML = body.thanks;
    var heading = main.querySelector("h1");
    if (heading) { heading.setAttribute("tabindex", "-1"); heading.focus(); }
  }
  function send() {
    var state = load();
    if (sending || !state || !state.pending) return;
    sending = true;
    say(form.getAttribute("data-sending"));
    fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ values: state.values }),
      credentials: "same-origin",
    }).then(function (response) {
      var refused = response.status >= 400 && response.status < 500 && response.status !== 400 &&
        response.status !== 408 && response.status !== 429;
      if (refused && (response.headers.get("content-type") || "").indexOf("json") < 0) {
        // Not ours to retry (too large, say): keep the answers typed, stop sending, say so.
        sending = false;
        save({ values: state.values, pending: false });
        return say(response.status + " " + response.statusText);
      }
      return response.json().then(function (body) {
        sending = false;
        if (response.ok) return done(body);
        if (response.status === 400) {
          save({ values: state.values, pending: false });
          return form.submit();
        }
        if (response.status === 404 || response.status === 410) {
          localStorage.removeItem(key);
          return say(body.message);
        }
        say(body.message || form.getAttribute("data-offline"));
        later();
      });
    }).catch(function () {
      sending = false;
      say(form.getAttribute("data-offline"));
      later();
    });
  }

  var saved = load();
  if (saved) restore(saved.values || {});
  if (saved && saved.pending) { say(form.getAttribute("data-offline")); send(); }
  form.addEventListener("input", function () {
    var state = load();
    if (!state || !state.pending) save({ values: values(), pending: false });
  });
  form.addEventListener("change", function () {
    var state = load();
    if (!state || !state.pending) save({ values: values(), pending: false });
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    save({ values: values(), pending: true });
    send();
  });
  window.addEventListener("online", send);
})();
`;
