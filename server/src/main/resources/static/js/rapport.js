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
