// The meeting dialog's browser script and style (plain ES5 as text): the ritual selector shows its
// agenda and pre-fills date, participants and blocages (unless typed over); saving sends one
// payload to `boussoleEnregistrerPointHebdo` and shows the French message or the field errors.

/** Dialog-only style on top of the shared dialog CSS (ui.ts). */
export const MEETING_STYLE = `<style>
.selecteur select{font-weight:700}fieldset{border:1px solid #dadce0;border-radius:4px;margin:12px 0;padding:4px 10px}
legend{font-weight:700;color:#3c4043;padding:0 4px}label.case{display:flex;gap:6px;align-items:flex-start;font-weight:400}
input[type=checkbox]{width:auto;margin:3px 0 0}.points{padding-left:22px}.points li{margin:6px 0}.point-reponse{margin-top:2px}
.erreur{display:block;color:#c5221f;font-size:12px;margin-top:2px}[aria-invalid=true]{border-color:#c5221f}
</style>`;

/** The script: element ids and data attributes come from meeting-html.ts and meeting-form.ts. */
export const MEETING_SCRIPT = `<script>
(function(){
var f=document.getElementById('f'),choix=document.getElementById('rituel'),note=document.getElementById('note-date');
var champs=['date','meteo','decisions','blocages','participants','moral','marche','coince','manque'];
function section(){return document.getElementById('agenda-'+choix.value);}
function prefill(name,value,old){var c=f.elements[name];if(c.value===old){c.value=value;}}
var courante=section();
function montrer(){var s=section();var secs=document.querySelectorAll('section.agenda');
for(var i=0;i<secs.length;i++){secs[i].hidden=secs[i]!==s;}
prefill('date',s.dataset.date,courante.dataset.date);prefill('participants',s.dataset.participants,courante.dataset.participants);
prefill('blocages',s.dataset.blocages,courante.dataset.blocages);courante=s;noteDate();}
function noteDate(){var s=section();note.textContent=f.elements.date.value===s.dataset.date?s.dataset.note:s.dataset.noteAutre;}
function erreurs(e){for(var i=0;i<champs.length;i++){var z=document.getElementById('e-'+champs[i]);var m=e&&e[champs[i]];
z.textContent=m||'';z.hidden=!m;if(m){f.elements[champs[i]].setAttribute('aria-invalid','true');}else{f.elements[champs[i]].removeAttribute('aria-invalid');}}}
function collect(){var s=section(),p={rituel:s.dataset.rituel};
for(var i=0;i<champs.length;i++){p[champs[i]]=f.elements[champs[i]].value;}
p.moral=p.moral===''?null:Number(p.moral);p.ajouterAuBacklog=f.elements.ajouterAuBacklog.checked;
if(s.dataset.kind==='revue'){p.points=[];var li=s.querySelectorAll('.point');for(var k=0;k<li.length;k++){
p.points.push({question:li[k].dataset.question,reponse:li[k].querySelector('.point-reponse').value,traitee:li[k].querySelector('.point-fait').checked});}}
if(s.dataset.kind==='adoption'){var a=s.querySelector('.actifs');p.utilisateursActifs=a.value===''?(a.validity.badInput?-1:null):Number(a.value);}
return p;}
function save(ev){ev.preventDefault();var b=document.getElementById('ok'),st=document.getElementById('statut');
b.disabled=true;st.className='statut muted';st.textContent='Enregistrement…';var payload=collect();
google.script.run.withSuccessHandler(function(r){st.textContent=r.message;st.className='statut '+(r.ok?'succes':'erreur');erreurs(r.erreurs);
if(r.ok){b.textContent='Enregistré';choix.disabled=true;}else{b.disabled=false;}})
.withFailureHandler(function(e){st.className='statut erreur';st.textContent=boussoleErreur(e);b.disabled=false;})
.boussoleEnregistrerPointHebdo(payload);}
choix.addEventListener('change',montrer);f.elements.date.addEventListener('change',noteDate);f.addEventListener('submit',save);
})();
</script>`;
