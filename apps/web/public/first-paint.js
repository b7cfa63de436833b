// Runs before the bundle, so the first paint already has the person's colour scheme and
// language (an external classic script: the CSP allows no inline one). Mantine and i18next take
// over once the app starts; the keys are the ones they use (app/provider.tsx, lib/i18n).
(function () {
  var root = document.documentElement;
  try {
    var scheme = localStorage.getItem('portico-color-scheme');
    if (scheme !== 'light' && scheme !== 'dark') scheme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    root.setAttribute('data-mantine-color-scheme', scheme);
    var locale = localStorage.getItem('portico-locale');
    if (locale !== 'en' && locale !== 'zh-CN') {
      // As lib/i18n's detectLocale: the first of the browser's languages the console has.
      locale = 'en';
      var languages = navigator.languages || [navigator.language || ''];
      for (var i = 0; i < languages.length; i++) {
        var tag = String(languages[i]).toLowerCase();
        if (tag === 'zh' || tag.indexOf('zh-') === 0) {
          locale = 'zh-CN';
          break;
        }
        if (tag === 'en' || tag.indexOf('en-') === 0) break;
      }
    }
    root.lang = locale;
  } catch (e) {
    // Storage refused (privacy settings): the app decides once it runs.
  }
})();
