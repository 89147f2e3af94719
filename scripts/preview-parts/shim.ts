// The google.script.run bridge injected into the sidebars served by the preview: any server
// function call becomes POST /rpc {name, args}; the answer goes to the success or failure handler,
// then the parent page is told to redraw the classeur.

/** Browser-side script (plain ES5, as text) defining window.google.script. */
export const GOOGLE_SCRIPT_SHIM = `<script>
(function () {
  function runner(success, failure) {
    return new Proxy({}, {
      get: function (_target, name) {
        if (name === 'withSuccessHandler') return function (fn) { return runner(fn, failure); };
        if (name === 'withFailureHandler') return function (fn) { return runner(success, fn); };
        if (name === 'withUserObject') return function () { return runner(success, failure); };
        if (typeof name !== 'string') return undefined;
        return function () {
          var args = Array.prototype.slice.call(arguments);
          fetch('/rpc', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: name, args: args }) })
            .then(function (response) { return response.json(); })
            .then(function (answer) {
              try { window.parent.postMessage({ type: 'boussole-rpc', name: name }, window.location.origin); } catch (e) { /* no parent */ }
              if (answer.ok) { if (success) success(answer.value); }
              else if (failure) failure(new Error(answer.error));
            })
            .catch(function (error) { if (failure) failure(error); });
        };
      }
    });
  }
  window.google = { script: { run: runner(null, null), host: { close: function () {}, editor: { focus: function () {} } } } };
})();
</script>`;

/** The sidebar HTML with the shim as the first thing in <head>, before the bundled script. */
export function withShim(html: string): string {
  return html.replace(/<head>/i, (head) => `${head}\n${GOOGLE_SCRIPT_SHIM}`);
}
