/**
 * The page's only script: it shows the filter form and applies it. Choosing a source hides the
 * other sources' articles; choosing a category hides the articles without a finding of that
 * category and fades the other highlights. It reads values and data attributes only and never
 * writes HTML, so nothing from the corpus can run through it. Without JavaScript the form stays
 * hidden and every article is shown.
 * @example
 * html.includes(`<script>${FILTER_SCRIPT}</script>`); //=> true
 */
export const FILTER_SCRIPT = `(function(){
"use strict";
var form=document.getElementById("filter");
if(!form)return;
var source=document.getElementById("f-source"),category=document.getElementById("f-category"),status=document.getElementById("f-status");
var docs=Array.prototype.slice.call(document.querySelectorAll("article.doc"));
function cats(el){try{return JSON.parse(el.getAttribute("data-cats")||"[]");}catch(e){return [];}}
function apply(){
var s=source.value,c=category.value,shown=0;
docs.forEach(function(d){
var show=(s===""||d.getAttribute("data-source")===s)&&(c===""||cats(d).indexOf(c)>=0);
d.hidden=!show;
if(show)shown++;
Array.prototype.forEach.call(d.querySelectorAll("mark.hl"),function(m){m.classList.toggle("off",c!==""&&cats(m).indexOf(c)<0);});
});
status.textContent="Showing "+shown+" of "+docs.length+" articles";
}
source.addEventListener("change",apply);
category.addEventListener("change",apply);
form.addEventListener("submit",function(e){e.preventDefault();});
form.hidden=false;
apply();
})();`;
