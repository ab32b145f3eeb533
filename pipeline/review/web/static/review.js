// newsclaims review: keyboard shortcuts, decisions posted as JSON with the session's CSRF token,
// and text selection in the article mapped back to character offsets. No library, no network
// beyond this page's own server.
"use strict";

(function () {
  const token = document.querySelector('meta[name="csrf-token"]').content;
  const claimBox = document.getElementById("claim");
  const UNDO_KEY = "newsclaims-undo";

  function flash(message, bad) {
    const box = document.getElementById("flash");
    box.textContent = message;
    box.className = bad ? "flash bad" : "flash";
    box.hidden = false;
  }

  function newId() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    return Date.now().toString(36) + Math.random().toString(36).slice(2);
  }

  async function post(decision) {
    // The id lets the server recognise a repeated request: one decision, one line.
    const body = Object.assign({ id: newId() }, decision);
    const response = await fetch("/api/decisions", {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": token },
      body: JSON.stringify(body),
      credentials: "same-origin",
    });
    const answer = await response.json().catch(() => ({ error: response.statusText }));
    if (!response.ok) {
      flash("Not saved: " + (answer.error || response.status), true);
      throw new Error(answer.error || String(response.status));
    }
    if (decision.decision !== "undo") {
      const stack = JSON.parse(sessionStorage.getItem(UNDO_KEY) || "[]");
      stack.push(answer.line);
      sessionStorage.setItem(UNDO_KEY, JSON.stringify(stack));
    }
    return answer;
  }

  function go(url) {
    if (url) window.location.assign(url);
    else window.location.reload();
  }

  function claimId() {
    return claimBox ? claimBox.dataset.claimId : null;
  }

  async function decide(kind) {
    if (!claimId()) return;
    const decision = { decision: kind, claim_id: claimId() };
    const reason = document.getElementById("reason");
    if (kind === "reject" && reason && reason.value.trim()) decision.note = reason.value.trim();
    await post(decision);
    go(claimBox.dataset.next);
  }

  async function undo() {
    const stack = JSON.parse(sessionStorage.getItem(UNDO_KEY) || "[]");
    if (!stack.length) {
      flash("Nothing to undo in this tab.");
      return;
    }
    const line = stack.pop();
    await post({ decision: "undo", line: line });
    sessionStorage.setItem(UNDO_KEY, JSON.stringify(stack));
    flash("Undid line " + line + ".");
    window.setTimeout(() => go(null), 300);
  }

  document.addEventListener("keydown", (event) => {
    const target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    const actions = {
      a: () => decide("accept"),
      r: () => decide("reject"),
      u: () => undo(),
      j: () => claimBox && claimBox.dataset.next && go(claimBox.dataset.next),
      k: () => claimBox && claimBox.dataset.prev && go(claimBox.dataset.prev),
    };
    if (actions[event.key]) {
      event.preventDefault();
      actions[event.key]();
    }
  });

  document.querySelectorAll("button[data-action]").forEach((button) => {
    button.addEventListener("click", () => (button.dataset.action === "undo" ? undo() : decide(button.dataset.action)));
  });

  // --- selection in the article -> [start, end] character offsets of the article text ---------
  const article = document.getElementById("article-text");

  // Offsets in the output count Unicode code points (Python's str); the DOM counts UTF-16 units.
  function codePoints(text) {
    return Array.from(text).length;
  }

  function offsetOf(node, offset) {
    const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
    const segment = element && element.closest("[data-start]");
    if (!segment || !article.contains(segment)) return null;
    const within = node.nodeType === Node.TEXT_NODE ? codePoints(node.data.slice(0, offset)) : 0;
    return Number(segment.dataset.start) + within;
  }

  function selectedSpan() {
    const selection = window.getSelection();
    if (!article || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    const range = selection.getRangeAt(0);
    let start = offsetOf(range.startContainer, range.startOffset);
    let end = offsetOf(range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) return null;
    let text = selection.toString();
    const lead = text.length - text.trimStart().length;
    const trail = text.length - text.trimEnd().length;
    return { start: start + lead, end: end - trail, text: text.trim() };
  }

  function articleChars() {
    // The shown window of the article: the offset of its first character, and its characters.
    const parts = Array.from(article.querySelectorAll("[data-start]"));
    return [Number(parts[0].dataset.start), Array.from(parts.map((p) => p.textContent).join(""))];
  }

  function sentenceAround(start, end) {
    // Widen [start, end) to the sentence holding it: back to a line break or to the space after
    // a full stop (closing quote allowed), forward past the next full stop and closing quotes.
    const [base, chars] = articleChars();
    const ends = (c) => c === "." || c === "!" || c === "?";
    const closes = (c) => "\"”’)".includes(c);
    const space = (c) => c !== undefined && /\s/.test(c);
    let from = start - base;
    while (from > 0 && chars[from - 1] !== "\n" && !(space(chars[from - 1]) &&
           (ends(chars[from - 2]) || (closes(chars[from - 2]) && ends(chars[from - 3]))))) from--;
    let to = end - base;
    while (to < chars.length && chars[to] !== "\n" &&
           !(ends(chars[to]) && (to + 1 >= chars.length || space(chars[to + 1]) || closes(chars[to + 1])))) to++;
    if (to < chars.length && chars[to] !== "\n") to++;
    while (to < chars.length && closes(chars[to])) to++;
    return [base + from, base + to];
  }

  if (article) {
    // Bring the evidence sentence into view inside the article box.
    const sentence = article.querySelector(".sentence");
    if (sentence) article.scrollTop = Math.max(0, sentence.offsetTop - article.offsetTop - 60);
  }

  const list = document.querySelector("aside.list");
  const current = list && list.querySelector("li.current");
  if (current) list.scrollTop = Math.max(0, current.offsetTop - list.offsetTop - list.clientHeight / 3);

  const addForm = document.getElementById("add-form");
  if (addForm) {
    addForm.querySelectorAll("button[data-take]").forEach((button) => {
      button.addEventListener("mousedown", (event) => event.preventDefault()); // keep the selection
      button.addEventListener("click", () => {
        const span = selectedSpan();
        if (!span) {
          flash("Select some words in the article first.", true);
          return;
        }
        const role = button.dataset.take;
        addForm.elements[role].value = span.text;
        if (role !== "value") addForm.elements[role + "_span"].value = span.start + "," + span.end;
        else addForm.dataset.valueSpan = span.start + "," + span.end;
      });
    });
  }

  function spanOf(value) {
    return value ? value.split(",").map(Number) : null;
  }

  function entityRef(name, type) {
    const ref = { name: name.trim() };
    if (type) ref.type = type;
    return ref;
  }

  const builders = {
    add(form) {
      const f = form.elements;
      const spans = [spanOf(f.subject_span.value), spanOf(f.object_span.value), spanOf(form.dataset.valueSpan)]
        .filter(Boolean);
      if (!spans.length) throw new Error("Select the subject in the article so the claim has its evidence.");
      const [start, end] = sentenceAround(Math.min(...spans.map((s) => s[0])), Math.max(...spans.map((s) => s[1])));
      const claim = {
        subject: entityRef(f.subject.value, f.subject_type.value),
        predicate: f.open_predicate.value.trim() || f.predicate.value,
        evidence: { article_id: article.dataset.article, start: start, end: end,
                    subject_span: spanOf(f.subject_span.value), object_span: spanOf(f.object_span.value) },
      };
      if (f.object.value.trim()) claim.object = entityRef(f.object.value, f.object_type.value);
      else claim.value = f.value.value.trim();
      const qualifiers = {};
      if (f.role.value.trim()) qualifiers.role = f.role.value.trim();
      if (f.date.value.trim()) qualifiers.date = f.date.value.trim();
      if (Object.keys(qualifiers).length) claim.qualifiers = qualifiers;
      return { decision: "add", claim: claim };
    },
    correct(form) {
      const f = form.elements;
      const set = {};
      const original = JSON.parse(f.qualifiers.value || "{}");
      if (f.predicate.value !== f.predicate.querySelector("[selected]")?.value) set.predicate = f.predicate.value;
      if (f.swap && f.swap.checked) {
        set.subject = { entity_id: form.dataset.object };
        set.object = { entity_id: form.dataset.subject };
      }
      if (f.object.value.trim() !== f.object.dataset.initial) set.object = f.object.value.trim() ? { name: f.object.value.trim() } : null;
      if (f.value.value.trim() !== f.value.dataset.initial) set.value = f.value.value.trim() || null;
      const qualifiers = Object.assign({}, original);
      for (const key of ["role", "date"]) {
        if (f[key].value.trim()) qualifiers[key] = f[key].value.trim();
        else delete qualifiers[key];
      }
      if (JSON.stringify(qualifiers) !== JSON.stringify(original)) set.qualifiers = qualifiers;
      if (f.polarity.value !== f.polarity.querySelector("[selected]")?.value) set.polarity = f.polarity.value;
      if (f.modality.value !== f.modality.querySelector("[selected]")?.value) set.modality = f.modality.value;
      if (!Object.keys(set).length) throw new Error("Nothing changed.");
      return { decision: "correct", claim_id: claimId(), set: set };
    },
    merge(form) {
      let other = form.elements.other.value.trim();
      const option = Array.from(document.querySelectorAll("#entity-choices option"))
        .find((o) => o.value === other || o.textContent.startsWith(other + " ("));
      if (option) other = option.value;
      return { decision: "merge", entity_ids: [entityId(), other] };
    },
    split(form) {
      const aliases = Array.from(form.querySelectorAll("input[name=alias]:checked")).map((i) => i.value);
      if (!aliases.length) throw new Error("Tick the aliases to split out.");
      const decision = { decision: "split", entity_id: entityId(), aliases: aliases };
      if (form.elements.name.value.trim()) decision.name = form.elements.name.value.trim();
      return decision;
    },
    rename(form) {
      return { decision: "rename", entity_id: entityId(), name: form.elements.name.value.trim() };
    },
    not_entity() {
      return { decision: "not_entity", entity_id: entityId() };
    },
  };

  function entityId() {
    return document.getElementById("entity").dataset.entityId;
  }

  document.querySelectorAll("form[data-kind]").forEach((form) => {
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      let decision;
      try {
        decision = builders[form.dataset.kind](form);
      } catch (error) {
        flash(error.message, true);
        return;
      }
      const answer = await post(decision);
      flash("Saved as line " + answer.line + " of review.jsonl; the next run applies it.");
      form.dataset.saved = String(answer.line);
    });
  });
})();
