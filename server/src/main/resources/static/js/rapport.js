// Rapport's only script: keyboard shortcuts and small conveniences. Every form works without it.
(function () {
  'use strict';

  function typing(target) {
    return target.closest('input, textarea, select, [contenteditable="true"]') !== null;
  }

  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) {
      return;
    }
    if (e.key === '/') {
      var search = document.getElementById('people-search') || document.getElementById('site-search');
      if (search) {
        e.preventDefault();
        search.focus();
      }
    } else if (e.key === 'l' || e.key === 'L') {
      e.preventDefault();
      window.location.href = '/encounters/new';
    }
  });

  // "Add another" buttons copy the last row of a repeatable group, emptied.
  document.addEventListener('click', function (e) {
    var add = e.target.closest('[data-add-row]');
    if (!add) {
      return;
    }
    var group = document.getElementById(add.getAttribute('data-add-row'));
    var rows = group.querySelectorAll('[data-row]');
    var copy = rows[rows.length - 1].cloneNode(true);
    var next = rows.length;
    copy.querySelectorAll('input, select').forEach(function (field) {
      if (field.tagName === 'SELECT') {
        field.selectedIndex = 0;
      } else {
        field.value = '';
      }
      if (field.id) {
        field.id = field.id.replace(/\d+$/, String(next));
      }
    });
    copy.querySelectorAll('label[for]').forEach(function (label) {
      label.htmlFor = label.htmlFor.replace(/\d+$/, String(next));
    });
    group.appendChild(copy);
    var first = copy.querySelector('input, select');
    if (first) {
      first.focus();
    }
  });

  // "Select all" for bulk actions.
  document.addEventListener('change', function (e) {
    if (e.target.matches('[data-select-all]')) {
      document.querySelectorAll('input[name="ids"]').forEach(function (box) {
        box.checked = e.target.checked;
      });
    }
  });
  // The header search's typeahead: arrow keys move through the results, Escape closes them.
  document.addEventListener('keydown', function (e) {
    var box = document.getElementById('site-search-results');
    if (!box || !(e.target.id === 'site-search' || box.contains(e.target))) {
      return;
    }
    var items = Array.prototype.slice.call(box.querySelectorAll('.suggest-item'));
    var at = items.indexOf(e.target);
    if (e.key === 'ArrowDown' && items.length) {
      e.preventDefault();
      items[Math.min(at + 1, items.length - 1)].focus();
    } else if (e.key === 'ArrowUp' && at >= 0) {
      e.preventDefault();
      if (at === 0) {
        document.getElementById('site-search').focus();
      } else {
        items[at - 1].focus();
      }
    } else if (e.key === 'Escape') {
      box.innerHTML = '';
      document.getElementById('site-search').focus();
    }
  });

  document.addEventListener('click', function (e) {
    var box = document.getElementById('site-search-results');
    if (box && !e.target.closest('header.top .search')) {
      box.innerHTML = '';
    }
  });
})();

// Copy buttons (data-copy names the field to copy); hidden until this script shows them.
(function () {
  'use strict';
  document.querySelectorAll('[data-copy]').forEach(function (button) {
    if (navigator.clipboard) {
      button.hidden = false;
    }
  });
  document.addEventListener('click', function (e) {
    var button = e.target.closest('[data-copy]');
    if (!button) {
      return;
    }
    var field = document.getElementById(button.getAttribute('data-copy'));
    navigator.clipboard.writeText(field.value).then(function () {
      button.textContent = 'Copied';
    });
  });
})();

// Import progress: server-sent events update the count; the page reloads when the import ends.
(function () {
  var box = document.querySelector('[data-import-events]');
  if (!box || !window.EventSource) {
    return;
  }
  var source = new EventSource(box.getAttribute('data-import-events'));
  var count = box.querySelector('[data-import-processed]');
  source.addEventListener('progress', function (e) {
    if (count) {
      count.textContent = Number(e.data).toLocaleString() + ' records read';
    }
  });
  source.addEventListener('done', function () {
    source.close();
    window.location.reload();
  });
})();
