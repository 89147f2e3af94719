// The preview's main page: the emulated classeur (tabs as tables, Sheets-like) beside the real
// sidebar in a 300 px iframe. Rendering uses textContent only; tables redraw after each RPC.

/** The whole page as static HTML (data comes from GET /api/classeur). */
export const PREVIEW_PAGE = `<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Boussole — aperçu local</title>
<style>
*{box-sizing:border-box}body{margin:0;font:13px Roboto,Arial,sans-serif;color:#202124;display:flex;flex-direction:column;height:100vh}
header{display:flex;align-items:center;gap:12px;padding:8px 16px;border-bottom:1px solid #dadce0}
header h1{font-size:18px;font-weight:400;margin:0}header .muted{color:#5f6368}
.corps{flex:1;display:flex;min-height:0}.classeur{flex:1;display:flex;flex-direction:column;min-width:0}
.grille{flex:1;overflow:auto}table{border-collapse:collapse;font-size:12px}
th,td{border:1px solid #e2e3e3;padding:2px 6px;white-space:nowrap;max-width:260px;overflow:hidden;text-overflow:ellipsis;height:21px}
thead th,tbody th{background:#f8f9fa;color:#5f6368;font-weight:400;text-align:center;position:sticky}
thead th{top:0;z-index:1}tbody th{left:0;min-width:40px}tbody tr:first-child td{font-weight:700;background:#f1f3f4}
td.selection{background:#e8f0fe;outline:2px solid #1a73e8;outline-offset:-2px}
nav.onglets{display:flex;gap:2px;padding:4px 8px;background:#f8f9fa;border-top:1px solid #dadce0;overflow-x:auto}
nav.onglets button{border:0;background:none;padding:6px 12px;font:inherit;color:#444;cursor:pointer;border-radius:4px;white-space:nowrap}
nav.onglets button[aria-selected=true]{background:#e8f0fe;color:#1967d2;font-weight:500}
aside{width:301px;border-left:1px solid #dadce0;display:flex;flex-direction:column}
aside .titre{display:flex;justify-content:space-between;align-items:center;padding:10px 12px;border-bottom:1px solid #dadce0;font-size:16px}
aside select{font:inherit}iframe{border:0;width:300px;flex:1}
#journal{font-size:12px;color:#5f6368;max-height:70px;overflow:auto;padding:4px 12px;border-top:1px solid #dadce0}
</style></head><body>
<header><h1>Boussole</h1><span class="muted">Aperçu local : classeur émulé, panneau réel, aucun compte Google</span></header>
<div class="corps">
  <section class="classeur" aria-label="Classeur émulé"><div class="grille" id="grille"></div><nav class="onglets" id="onglets" aria-label="Onglets"></nav><div id="journal" aria-live="polite"></div></section>
  <aside><div class="titre"><span>Boussole</span><select id="vue" aria-label="Barre latérale"><option value="/panneau">Panneau de pilotage</option><option value="/aide">Aide et mini-formation</option></select></div>
  <iframe id="panneau" title="Barre latérale Boussole" src="/panneau"></iframe></aside>
</div>
<script>
var etat = { actif: null, classeur: null };
function el(tag, text, cls) { var n = document.createElement(tag); if (text !== undefined) n.textContent = text; if (cls) n.className = cls; return n; }
function lettre(i) { var s = ''; for (var n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + (n - 1) % 26) + s; return s; }
function draw() {
  var c = etat.classeur; if (!c) return;
  var nav = document.getElementById('onglets'); nav.replaceChildren();
  c.onglets.forEach(function (o) {
    var b = el('button', o.nom); b.setAttribute('role', 'tab'); b.setAttribute('aria-selected', String(o.nom === etat.actif));
    b.onclick = function () { etat.actif = o.nom; draw(); }; nav.append(b);
  });
  var onglet = c.onglets.find(function (o) { return o.nom === etat.actif; }) || c.onglets[0];
  var grille = document.getElementById('grille'); grille.replaceChildren(); if (!onglet) return;
  var largeur = onglet.valeurs.reduce(function (m, r) { return Math.max(m, r.length); }, 0);
  var table = el('table'); table.setAttribute('data-onglet', onglet.nom);
  var tete = el('thead'), ligne = el('tr'); ligne.append(el('th', ''));
  for (var j = 0; j < largeur; j++) ligne.append(el('th', lettre(j)));
  tete.append(ligne); table.append(tete);
  var corps = el('tbody'), sel = new Set(onglet.selection || []);
  onglet.valeurs.forEach(function (r, i) {
    var tr = el('tr'); tr.append(el('th', String(i + 1)));
    for (var j = 0; j < largeur; j++) { var td = el('td', r[j] === undefined ? '' : r[j]); td.title = td.textContent; if (sel.has(lettre(j) + (i + 1))) td.className = 'selection'; tr.append(td); }
    corps.append(tr);
  });
  table.append(corps); grille.append(table);
  document.getElementById('journal').textContent = c.journal.join(' · ');
}
function load() {
  return fetch('/api/classeur').then(function (r) { return r.json(); }).then(function (c) {
    etat.classeur = c; if (c.actif && c.actif !== etat.dernierActif) { etat.actif = c.actif; etat.dernierActif = c.actif; }
    if (!etat.actif && c.onglets[0]) etat.actif = c.onglets[0].nom; draw();
  });
}
window.addEventListener('message', function (e) { if (e.origin === location.origin && e.data && e.data.type === 'boussole-rpc') load(); });
document.getElementById('vue').onchange = function (e) { document.getElementById('panneau').src = e.target.value; };
load();
</script></body></html>`;
