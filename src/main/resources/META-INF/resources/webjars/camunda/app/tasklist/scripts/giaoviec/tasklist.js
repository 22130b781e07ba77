/*
 * Giao Việc's additions to Camunda Tasklist 7.24, through Tasklist's own extension points: this
 * file is a "custom script" (config.js, customScripts), loaded before Tasklist starts; it registers
 * AngularJS configuration on Tasklist's module for custom code (cam.tasklist.custom) and exports
 * one frontend plugin, the history tab.
 *
 * - Dates in Vietnamese from the first screen: Tasklist loads its Vietnamese date words only after
 *   the first list is drawn, and then its English ones (the fallback), each switching the date
 *   language, so right after login the list said "in 25 days", "a minute ago" until a reload.
 * - Due dates as dd/mm/yyyy in the list and on the task ("Hạn 04/01/2027"), not "một tháng tới".
 * - Lists sorted by due date unless the user chose another order (Tasklist's default: creation).
 * - On a phone, the task a person opens is scrolled into view (Tasklist stacks its columns there).
 * - The date picker (flatpickr inside Camunda Forms) and the forms' validation messages in
 *   Vietnamese: Camunda Forms 1.13 has no translations, its words are English in its code. Dates
 *   that forms' texts take from process variables (kept as yyyy-mm-dd) are shown as dd/mm/yyyy.
 * - The history tab: what happened to the task (Giao Việc's register), who did it — name and
 *   position, never a login — and the comments; Tasklist's own tab showed logins and, at the
 *   history level this application keeps, nothing else.
 */
const angular = window.angular;
const appRoot = document.querySelector('base').getAttribute('app-root');
const language = ((navigator.languages && navigator.languages[0]) || navigator.language || '').toLowerCase();
// the same choice Tasklist makes (config.js: Vietnamese if the browser's first language is, else English)
const vietnamese = language.split('-')[0] === 'vi';

const DUE_DATE_FORMAT = 'DD/MM/YYYY';
const BY_DUE_DATE = JSON.stringify([{sortBy: 'dueDate', sortOrder: 'asc'}]);

if (vietnamese) {
  translateFormMessages();
}
const dateLocale = vietnamese ? await loadDateLocale() : null;

angular.module('cam.tasklist.custom')
  .config(['moment', function(moment) {
    if (dateLocale) {
      if (moment.locales().indexOf('vi') > -1) {
        moment.updateLocale('vi', dateLocale);
      } else {
        moment.defineLocale('vi', dateLocale);
      }
      moment.locale('vi');
    }
  }])
  .config(['$provide', function($provide) {
    $provide.decorator('amTimeAgoDirective', ['$delegate', 'moment', showDueDatesAsDates]);
  }])
  .run(['$rootScope', 'moment', 'amMoment', function($rootScope, moment, amMoment) {
    // Tasklist loads English too (its fallback) and sets moment's language to whichever file came
    // last: the user's language is put back after each, and the relative dates on screen redrawn
    const keepUsersLanguage = function() {
      if (dateLocale && moment.locale() !== 'vi') {
        amMoment.changeLocale('vi');
      }
    };
    $rootScope.$on('$translateLoadingSuccess', keepUsersLanguage);
    $rootScope.$on('$translateChangeSuccess', keepUsersLanguage);
  }])
  .run(['$rootScope', '$location', function($rootScope, $location) {
    const sortByDueDate = function() {
      if (!$location.search().sorting) {
        $location.search('sorting', BY_DUE_DATE).replace();
      }
    };
    sortByDueDate();
    $rootScope.$on('$locationChangeSuccess', sortByDueDate);
  }])
  .run(['$rootScope', '$location', '$timeout', function($rootScope, $location, $timeout) {
    // on a phone the three columns are stacked: the task a person opens is shown, not left below
    let shownTask = $location.search().task;
    $rootScope.$on('$locationChangeSuccess', function() {
      const task = $location.search().task;
      if (task && task !== shownTask && window.innerWidth < 768) {
        $timeout(function() {
          const details = document.querySelector('.task-details');
          if (details) {
            details.scrollIntoView({block: 'start'});
          }
        }, 300);
      }
      shownTask = task;
    });
  }]);

/** Tasklist's Vietnamese date words (its locales/vi.json), for moment before the first list is drawn. */
async function loadDateLocale() {
  try {
    const response = await fetch(`${appRoot}/app/tasklist/locales/vi.json`, {credentials: 'same-origin'});
    return response.ok ? (await response.json()).dateLocales : null;
  } catch (e) {
    return null;
  }
}

/**
 * "Hạn" and "Ngày theo dõi" (the am-time-ago of task.due and task.followUp) as a date: a deadline
 * is a day in the plan, "04/01/2027", not "một tháng tới". Creation dates stay relative.
 */
function showDueDatesAsDates($delegate, moment) {
  const directive = $delegate[0];
  const compile = directive.compile;
  directive.compile = function() {
    const link = compile.apply(this, arguments);
    return function(scope, element, attrs) {
      if (attrs.amTimeAgo !== 'task.due' && attrs.amTimeAgo !== 'task.followUp') {
        return link.apply(this, arguments);
      }
      scope.$watch(attrs.amTimeAgo, function(value) {
        element.text(value ? moment(value).format(DUE_DATE_FORMAT) : '');
      });
    };
  };
  return $delegate;
}

/**
 * Camunda Forms' date picker is flatpickr, bundled inside Tasklist without its translations; each
 * picker is told to speak Vietnamese (and start weeks on Monday) as soon as it appears.
 */
function localizeDatePickers(node) {
  const calendars = node.matches('.flatpickr-calendar') ? [node] : node.querySelectorAll('.flatpickr-calendar');
  calendars.forEach(function(calendar) {
    const wrapper = calendar.closest('.flatpickr-wrapper') || calendar.parentElement;
    const input = wrapper && wrapper.querySelector('input');
    const picker = input && input._flatpickr;
    if (picker && picker.config.locale !== FLATPICKR_VI) {
      picker.set('locale', FLATPICKR_VI);
    }
  });
}

const FLATPICKR_VI = {
  weekdays: {
    shorthand: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
    longhand: ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy']
  },
  months: {
    shorthand: ['Th1', 'Th2', 'Th3', 'Th4', 'Th5', 'Th6', 'Th7', 'Th8', 'Th9', 'Th10', 'Th11', 'Th12'],
    longhand: ['Tháng 1', 'Tháng 2', 'Tháng 3', 'Tháng 4', 'Tháng 5', 'Tháng 6', 'Tháng 7', 'Tháng 8',
      'Tháng 9', 'Tháng 10', 'Tháng 11', 'Tháng 12']
  },
  firstDayOfWeek: 1,
  rangeSeparator: ' đến ',
  weekAbbreviation: 'Tuần',
  scrollTitle: 'Cuộn để thay đổi',
  toggleTitle: 'Bấm để chuyển',
  amPM: ['SA', 'CH'],
  yearAriaLabel: 'Năm',
  monthAriaLabel: 'Tháng',
  hourAriaLabel: 'Giờ',
  minuteAriaLabel: 'Phút',
  time_24hr: true
};

/** Camunda Forms' English words, as its code writes them, and what a Vietnamese user reads instead. */
const FORM_WORDS = [
  [/^Field is required\.$/, 'Vui lòng nhập mục này.'],
  [/^Field must have minimum length of (\d+)\.$/, 'Cần ít nhất $1 ký tự.'],
  [/^Field must have maximum length of (\d+)\.$/, 'Tối đa $1 ký tự.'],
  [/^Field must have minimum value of (.+)\.$/, 'Giá trị nhỏ nhất là $1.'],
  [/^Field must have maximum value of (.+)\.$/, 'Giá trị lớn nhất là $1.'],
  [/^Field must match pattern .+\.$/, 'Giá trị không đúng định dạng.'],
  [/^Field must be a valid email\.$/, 'Địa chỉ thư điện tử không hợp lệ.'],
  [/^Date must be a valid date\.?$/, 'Ngày không hợp lệ.'],
  [/^Search$/, 'Tìm…'],
  [/^Select$/, 'Chọn…'],
  [/^No results$/, 'Không có kết quả'],
  [/^Nothing to show\.$/, 'Không có gì để hiển thị.']
];

/** yyyy-mm-dd, optionally with a time (and zone), as the process variables keep dates. */
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?\b/g;

function two(number) {
  return (number < 10 ? '0' : '') + number;
}

/** A date the way forms' texts should show it: dd/mm/yyyy, with HH:mm in the user's (province) time. */
function vietnameseDate(iso, year, month, day, hour, minute, zone) {
  if (hour === undefined) {
    return `${day}/${month}/${year}`;
  }
  if (zone === undefined) {
    return `${day}/${month}/${year} ${hour}:${minute}`;
  }
  const at = new Date(iso);
  return `${two(at.getDate())}/${two(at.getMonth() + 1)}/${at.getFullYear()} ${two(at.getHours())}:${two(at.getMinutes())}`;
}

/** The text as a Vietnamese reader should see it, or null when it needs no change. */
function translated(text) {
  const trimmed = text.trim();
  for (const [english, vietnamese] of FORM_WORDS) {
    if (english.test(trimmed)) {
      return text.replace(trimmed, trimmed.replace(english, vietnamese));
    }
  }
  const dated = text.replace(ISO_DATE, vietnameseDate);
  return dated === text ? null : dated;
}

/**
 * Rewrites Camunda Forms' English texts and placeholders, and ISO dates in its texts, as they appear
 * (and reappear) on screen; localizes date pickers as they are created.
 */
function translateFormMessages() {
  const inForm = function(node) {
    const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
    return element && element.closest('.fjs-container, .flatpickr-calendar');
  };
  const visit = function(node) {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = inForm(node) && translated(node.nodeValue);
      if (text !== null && text !== false && text !== node.nodeValue) {
        node.nodeValue = text;
      }
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) {
      return;
    }
    if (node.hasAttribute('placeholder') && inForm(node)) {
      const text = translated(node.getAttribute('placeholder'));
      if (text !== null) {
        node.setAttribute('placeholder', text);
      }
    }
    node.childNodes.forEach(visit);
  };
  new MutationObserver(function(mutations) {
    for (const mutation of mutations) {
      if (mutation.type === 'childList') {
        mutation.addedNodes.forEach(visit);
        mutation.addedNodes.forEach(function(node) {
          if (node.nodeType === Node.ELEMENT_NODE) {
            localizeDatePickers(node);
          }
        });
      } else {
        visit(mutation.target);
      }
    }
  }).observe(document.documentElement, {
    childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['placeholder']
  });
}

/** The history tab: Giao Việc's account of the task, drawn as text (never markup) from its JSON. */
const historyTab = {
  id: 'giaoviec-history',
  pluginPoint: 'tasklist.task.detail',
  label: 'HISTORY',
  priority: 800,
  render: function(node, context) {
    node.classList.add('gv-history');
    node.textContent = 'Đang tải…';
    fetch(`/giaoviec/tasklist/viec/${encodeURIComponent(context.taskId)}/lich-su`, {
      credentials: 'same-origin',
      headers: {Accept: 'application/json'}
    })
      .then(function(response) {
        return response.ok ? response.json() : Promise.reject(response.status);
      })
      .then(function(story) {
        drawHistory(node, story);
      })
      .catch(function() {
        node.textContent = 'Không tải được lịch sử của việc này.';
      });
  }
};

function element(tag, className, text) {
  const created = document.createElement(tag);
  if (className) {
    created.className = className;
  }
  if (text) {
    created.textContent = text;
  }
  return created;
}

function drawHistory(node, story) {
  node.textContent = '';
  if (story.taskPage) {
    const link = element('a', null, 'Mở trang nhiệm vụ ' + story.taskCode);
    link.href = story.taskPage;
    node.appendChild(element('p')).appendChild(link);
  }
  drawSection(node, 'Diễn biến', story.events, 'Chưa có diễn biến nào.');
  drawSection(node, 'Ý kiến', story.comments, 'Chưa có ý kiến nào.');
}

function drawSection(node, title, entries, empty) {
  node.appendChild(element('h4', null, title));
  if (!entries || !entries.length) {
    node.appendChild(element('p', 'gv-when', empty));
    return;
  }
  const list = node.appendChild(element('ol'));
  for (const entry of entries) {
    const item = list.appendChild(element('li'));
    item.appendChild(element('span', 'gv-when', entry.at));
    if (entry.what) {
      item.appendChild(document.createTextNode(' '));
      item.appendChild(element('strong', null, entry.what));
    }
    item.appendChild(element('div', 'gv-who', entry.who));
    if (entry.note) {
      item.appendChild(element('div', 'gv-note', entry.note));
    }
  }
}

export default [historyTab];
