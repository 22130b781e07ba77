// Giao Việc: small progressive enhancements. Every page works without this file: without it every
// field of a form is shown, and the server ignores what a field hidden by the form's condition holds.
(function () {
  'use strict';

  // A field shown only for some value of another field of the form (data-show-field / -value / -equal).
  function followConditions(form) {
    var dependents = form.querySelectorAll('[data-show-field]');
    function current(name) {
      var inputs = form.querySelectorAll('[name="' + name.replace(/"/g, '\\"') + '"]');
      for (var i = 0; i < inputs.length; i++) {
        var input = inputs[i];
        if ((input.type === 'radio' || input.type === 'checkbox')) {
          if (input.checked) { return input.value; }
        } else {
          return input.value;
        }
      }
      return '';
    }
    function update() {
      for (var i = 0; i < dependents.length; i++) {
        var el = dependents[i];
        var equal = current(el.getAttribute('data-show-field')) === el.getAttribute('data-show-value');
        el.hidden = el.getAttribute('data-show-equal') === 'true' ? !equal : equal;
      }
    }
    if (dependents.length) {
      form.addEventListener('change', update);
      form.addEventListener('input', update);
      update();
    }
  }

  // A list the person may add rows to: its empty row stays folded until "Thêm một dòng"; further rows
  // are copies of the last with the next row number; "Bỏ dòng này" empties a row (an empty row is not sent).
  function addableLists(form) {
    var lists = form.querySelectorAll('fieldset[data-addable="true"]');
    for (var l = 0; l < lists.length; l++) { addableList(lists[l]); }
  }

  function addableList(list) {
    var add = list.querySelector('.add-row');
    function rows() { return list.querySelectorAll(':scope > .panel'); }
    function empty(row) {
      var inputs = row.querySelectorAll('input, select, textarea');
      for (var i = 0; i < inputs.length; i++) {
        if (inputs[i].tagName === 'SELECT') { inputs[i].selectedIndex = 0; } else { inputs[i].value = ''; }
      }
      var problems = row.querySelectorAll('.problem');
      for (var p = 0; p < problems.length; p++) { problems[p].remove(); }
    }
    function setUp(row) {
      var remove = row.querySelector('.remove-row');
      remove.hidden = false;
      remove.addEventListener('click', function () { empty(row); row.hidden = true; add.focus(); });
    }
    var all = rows();
    for (var r = 0; r < all.length; r++) {
      setUp(all[r]);
      if (all[r].getAttribute('data-blank') === 'true') { all[r].hidden = true; }
    }
    add.hidden = false;
    add.addEventListener('click', function () {
      var current = rows();
      var row = null;
      for (var i = 0; i < current.length; i++) { if (current[i].hidden) { row = current[i]; break; } }
      if (!row) {
        var last = current[current.length - 1];
        var next = current.length;
        row = last.cloneNode(true);
        var named = row.querySelectorAll('[name], [id], [for]');
        for (var n = 0; n < named.length; n++) {
          ['name', 'id', 'for'].forEach(function (attribute) {
            var value = named[n].getAttribute(attribute);
            if (value) { named[n].setAttribute(attribute, value.replace(/\[\d+\]/, '[' + next + ']').replace(/-\d+--/, '-' + next + '--')); }
          });
        }
        empty(row);
        last.parentNode.insertBefore(row, last.nextSibling);
        setUp(row);
      }
      row.hidden = false;
      var first = row.querySelector('input, select, textarea');
      if (first) { first.focus(); }
    });
  }

  // Files larger than the limit are refused before the form leaves the browser (what was typed stays).
  function checkFileSizes(form) {
    form.addEventListener('submit', function (event) {
      var inputs = form.querySelectorAll('input[type=file][data-max-bytes]');
      for (var i = 0; i < inputs.length; i++) {
        var max = parseInt(inputs[i].getAttribute('data-max-bytes'), 10);
        for (var j = 0; j < inputs[i].files.length; j++) {
          var file = inputs[i].files[j];
          if (file.size > max) {
            event.preventDefault();
            window.alert('Tệp "' + file.name + '" quá lớn: tối đa ' + Math.round(max / 1048576) + ' MB. Hãy chọn tệp nhỏ hơn.');
            return;
          }
        }
      }
    });
  }

  // "Chọn" in a bulk list's header selects every row of the page.
  function pickAll() {
    var all = document.querySelector('input.pick-all');
    if (!all) { return; }
    all.hidden = false;
    all.addEventListener('change', function () {
      var boxes = document.querySelectorAll('input[name=viec][type=checkbox]');
      for (var i = 0; i < boxes.length; i++) { boxes[i].checked = all.checked; }
    });
  }

  // After a refused submission, the list of problems is read first.
  function focusProblems() {
    var problems = document.getElementById('loi');
    if (problems) { problems.focus(); }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var forms = document.querySelectorAll('form.work');
    for (var i = 0; i < forms.length; i++) {
      followConditions(forms[i]);
      addableLists(forms[i]);
      checkFileSizes(forms[i]);
    }
    var uploads = document.querySelectorAll('form.upload');
    for (var u = 0; u < uploads.length; u++) { checkFileSizes(uploads[u]); }
    focusProblems();
    pickAll();
    // on a desk the history is open at once; on a phone it stays one tap away
    var history = document.getElementById('lich-su');
    if (history && window.innerWidth > 760) { history.open = true; }
  });
})();
