/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

// Giao Việc: Tasklist's plugins that lead officers nowhere are left out, with Camunda's own plugin
// exclusion (the cam-exclude-plugins attribute of <base>, read when Tasklist starts, after this file):
// "Tạo việc" (a task outside any plan, which nobody tracks), "Khởi động quy trình" (plan tasks start
// from the plan import), the search by process variable names, and the history tab, replaced by
// Giao Việc's own (names and positions, the task's whole story) in scripts/giaoviec/tasklist.js.
document.querySelector('base').setAttribute('cam-exclude-plugins', [
  'tasklist.navbar.action:create-task-action',
  'tasklist.navbar.action:start-process-action',
  'tasklist.list:task-search',
  'tasklist.task.detail:task-detail-history'
].join(','));

export default {
  // Giao Việc: Vietnamese for browsers that ask for it (vi.json beside en.json), English otherwise
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'en'
  },

  // Giao Việc: dates as Vietnamese civil servants write them (moment.js formats)
  dateFormat: {
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm',
    short: 'DD/MM/YYYY'
  },

  // Giao Việc: Vietnamese dates from the first screen, due dates as dd/mm/yyyy, lists sorted by due
  // date, Vietnamese date picker and form messages, the history tab (see the file)
  customScripts: ['scripts/giaoviec/tasklist'],

  // Giao Việc: comments also belong to the process instance, so the task page of Giao Việc shows them
  assignProcessInstanceIdToTaskComment: true,

  // change the app name and vendor
  // app: {
  //   name: 'Todos',
  //   vendor: 'Company'
  // },
  //
  // configure the date format
  // "dateFormat": {
  //   "normal": "LLL",
  //   "long":   "LLLL"
  // },
  //
  // "locales": {
  //    "availableLocales": ["en", "de"],
  //    "fallbackLocale": "en"
  //  },
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'tasklist' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  // Giao Việc: the keyboard shortcuts described in Vietnamese (Tasklist shows these texts as they are);
  // no shortcut for starting a process, whose dialog is left out above
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'nhận việc đang chọn'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'chuyển đến bộ lọc đầu tiên'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'chuyển đến việc đầu tiên trong danh sách'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'chuyển đến ô nhập đầu tiên của biểu mẫu'
    }
  }
};
