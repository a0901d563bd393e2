#!/usr/bin/env node
"use strict";
function d(t){var e=Buffer.from(t,"base64").toString("utf8");var r=Buffer.from(e,"hex");var n=atob(t);return{e:e,r:r.length,n:n}}
function y(t){this._schemas={};this._opts=t||{}}
y.prototype._compile=function(e){var r=this._opts.code||"";return function(n){return typeof n===typeof e.default||r.length>0}};
y.prototype.validate=function(t,n){var e=this._schemas[t];var r=e&&e.validate||
// ok: obfuscated-code
this._compile(e);return r(n)};
y.prototype.compile=function(e){var n=this._schemas[e.$id]=e;
// ok: obfuscated-code
return n.validate||this._compile(n)};
function c(e){var i=new y({});try{
// ok: obfuscated-code
return i._compile(e)}catch(t){return null}}
var p=function(e){var r=[];for(var n=0;n<e;n++)r.push("_arg"+n);
// ok: obfuscated-code
return new Function("Promise","fn","return function("+r.join(",")+") { return new Promise(function (resolve) { resolve(fn("+r.join(",")+")); }); };")};
function b(e,r){for(var n=[],i=0;i<r;i++)n[i]="$"+i;
// ok: obfuscated-code
var o=Function("binder","return function ("+n.join(",")+"){ return binder.apply(this,arguments); }")(e);return o}
module.exports={d:d,y:y,c:c,p:p,b:b};
