/// The page's one script, served from `/profile.js` (the page's policy runs scripts from its own origin
/// only, none inline). It keeps the person's session date and avoid list in this browser's
/// `localStorage`, never on the server: it fills the form from them and saves them on submit. A link may
/// carry them after `#` (`#session=2026-11-30&avoid=coconut,lanolin`), which browsers never send. The
/// page works without it; the fields are then simply not remembered.
enum ProfileScript {
    static let source = """
        // smpcheck: your session date and avoid list stay in this browser (localStorage), never on the server.
        (function () {
          var form = document.getElementById("form");
          var store;
          try { store = window.localStorage; } catch (e) { return; }
          if (!form || !store) { return; }
          var session = document.getElementById("session");
          var avoid = document.getElementById("avoid");
          var days = document.getElementById("days");
          var hash = new URLSearchParams(window.location.hash.slice(1));
          if (hash.has("session")) { store.setItem("smpcheck.session", hash.get("session")); }
          if (hash.has("avoid")) { store.setItem("smpcheck.avoid", hash.get("avoid")); }
          function daysSince(value) {
            var parts = value.split("-").map(Number);
            if (parts.length !== 3 || parts.some(isNaN)) { return null; }
            var start = new Date(parts[0], parts[1] - 1, parts[2]);
            var today = new Date();
            today.setHours(0, 0, 0, 0);
            var count = Math.round((today - start) / 86400000);
            return count >= 0 ? count : null;
          }
          // Filled as the fields' defaults (their value attributes), as if the page had been sent with them.
          function fillDays() {
            var count = daysSince(session.value);
            if (count !== null) { days.defaultValue = String(count); days.value = String(count); }
          }
          if (!session.value) { session.defaultValue = store.getItem("smpcheck.session") || ""; }
          if (!avoid.value) { avoid.defaultValue = store.getItem("smpcheck.avoid") || ""; }
          if (!days.value) { fillDays(); }
          session.addEventListener("change", fillDays);
          form.addEventListener("submit", function () {
            if (session.value) { store.setItem("smpcheck.session", session.value); } else { store.removeItem("smpcheck.session"); }
            var list = avoid.value.trim();
            if (list) { store.setItem("smpcheck.avoid", list); } else { store.removeItem("smpcheck.avoid"); }
          });
        })();

        """
}
