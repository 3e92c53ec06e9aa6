import{a as e,f as t,h as n,i as r,l as i,m as a,o,p as s,s as c,t as l,u,y as d}from"./light-Cq8CYraa.js";import{B as f,D as p,J as m,L as h,Ut as g,Z as _,Zn as v,_ as y,_n as b,b as x,bt as ee,ct as S,d as C,er as w,et as T,g as E,gt as D,h as O,it as k,k as A,mt as j,o as M,qt as N,r as te,rt as P,tt as ne,v as F,vn as I,wn as re,xn as ie}from"./runtime-core.esm-bundler-wlpNGAAZ.js";import{V as ae,a as oe,c as se,d as ce,f as L,m as le,p as ue,s as R}from"./index-COGwirTc.js";import{i as de,r as fe}from"./vue-i18n.runtime-BjynHToi.js";function pe(e,t){if(e===void 0)return!1;if(t){let{context:{ids:n}}=t;return n.has(e)}return d(e)!==null}function me(e={},t={defaultBordered:!0}){let n=m(L,null);return{inlineThemeDisabled:n?.inlineThemeDisabled,mergedRtlRef:n?.mergedRtlRef,mergedComponentPropsRef:n?.mergedComponentPropsRef,mergedBreakpointsRef:n?.mergedBreakpointsRef,mergedBorderedRef:E(()=>{let{bordered:r}=e;return r===void 0?n?.mergedBorderedRef.value??t.defaultBordered??!0:r}),mergedClsPrefixRef:n?n.mergedClsPrefixRef:ie(`n`),namespaceRef:E(()=>n?.mergedNamespaceRef.value)}}function he(){let e=m(L,null);return e?e.mergedClsPrefixRef:ie(`n`)}function z(t,n,r){if(!n)return;let i=e(),a=m(L,null),s=()=>{let e=r.value;n.mount({id:e===void 0?t:e+t,head:!0,anchorMetaName:c,props:{bPrefix:e?`.${e}-`:void 0},ssr:i,parent:a?.styleMountTarget}),a?.preflightStyleDisabled||o.mount({id:`n-global`,head:!0,anchorMetaName:c,ssr:i,parent:a?.styleMountTarget})};i?s():P(s)}var B=new WeakMap;function ge(e){let t=h();if(t){B.has(t)||B.set(t,{});let n=B.get(t);return n[e]||(n[e]=[])}return[]}function V(e,t=1){let n=p,r=!1;return typeof e==`function`&&(r=!0,j(),n=F,e=e()),_(e)?r?F(_e(e)):_e(e):Array.isArray(e)?r?x(M,null,e.map(e=>V(()=>e)),-2):y(M,null,e.slice()):e==null||typeof e==`boolean`?n(te):n(C,null,String(e),t)}function _e(e){return e.el===null&&e.patchFlag!==-1||e.memo?e:O(e)}var ve=e=>Array.isArray(e)?e.map(e=>V(e)):[V(e)],ye=e=>e._n?e:N((...t)=>ve(e(...t))),be=e=>typeof e==`function`||Object.prototype.toString.call(e)===`[object Object]`&&!_(e)?e:{default:N(()=>[V(()=>e)])},H=e=>v(e)||null;A((e,{slots:t})=>{let n=t.default;return()=>(j(!0),x(M,null,ee(e.in,(e,t,r)=>{let i=n(e,t,r);return Array.isArray(i)?i.length===1?i[0]:V(i):i}),128))},{props:[`in`]});function xe(t,n,r,a){r||le(`useThemeClass`,`cssVarsRef is not passed`);let o=m(L,null),s=o?.mergedThemeHashRef,c=o?.styleMountTarget,l=I(``),u=e(),d,f=`__${t}`,p=()=>{let e=f,t=n?n.value:void 0,o=s?.value;o&&(e+=`-${o}`),t&&(e+=`-${t}`);let{themeOverrides:p,builtinThemeOverrides:m}=a;p&&(e+=`-${ae(JSON.stringify(p))}`),m&&(e+=`-${ae(JSON.stringify(m))}`),l.value=e,d=()=>{let t=r.value,n=``;for(let e in t)n+=`${e}: ${t[e]};`;i(`.${e}`,n).mount({id:e,ssr:u,parent:c}),d=void 0}};return g(()=>{p()}),{themeClass:l,onRender:()=>{d?.()}}}function Se(){let e=I(!1);return S(()=>{e.value=!0}),b(e)}function Ce(e,...t){if(Array.isArray(e))e.forEach(e=>Ce(e,...t));else return e(...t)}function U(e){return e.some(e=>!_(e)||!(e.type===te||e.type===M&&!U(e.children)))?e:null}function we(e,t){return e&&U(e())||t()}function Te(e,t,n){return e&&U(e(t))||n(t)}function W(e,t){return t(e&&U(e())||null)}function Ee(e){return!(e&&U(e()))}function De(t,n,r){if(!n)return;let i=e(),a=E(()=>{let{value:e}=n;if(!e)return;let r=e[t];if(r)return r}),o=m(L,null),s=()=>{g(()=>{let{value:e}=r,n=`${e}${t}Rtl`;if(pe(n,i))return;let{value:s}=a;s&&s.style.mount({id:n,head:!0,anchorMetaName:c,props:{bPrefix:e?`.${e}-`:void 0},ssr:i,parent:o?.styleMountTarget})})};return i?s():P(s),a}function G(e){return e.replace(/#|\(|\)|,|\s|\./g,`_`)}var Oe=A({name:`FadeInExpandTransition`,props:{appear:Boolean,group:Boolean,mode:String,onLeave:Function,onAfterLeave:Function,onAfterEnter:Function,width:Boolean,reverse:Boolean},setup(e,{slots:t}){function n(t){e.width?t.style.maxWidth=`${t.offsetWidth}px`:t.style.maxHeight=`${t.offsetHeight}px`,t.offsetWidth}function r(t){e.width?t.style.maxWidth=`0`:t.style.maxHeight=`0`,t.offsetWidth;let{onLeave:n}=e;n&&n()}function i(t){e.width?t.style.maxWidth=``:t.style.maxHeight=``;let{onAfterLeave:n}=e;n&&n()}function a(t){if(t.style.transition=`none`,e.width){let e=t.offsetWidth;t.style.maxWidth=`0`,t.offsetWidth,t.style.transition=``,t.style.maxWidth=`${e}px`}else if(e.reverse)t.style.maxHeight=`${t.offsetHeight}px`,t.offsetHeight,t.style.transition=``,t.style.maxHeight=`0`;else{let e=t.offsetHeight;t.style.maxHeight=`0`,t.offsetWidth,t.style.transition=``,t.style.maxHeight=`${e}px`}t.offsetWidth}function o(t){e.width?t.style.maxWidth=``:e.reverse||(t.style.maxHeight=``),e.onAfterEnter?.()}return()=>{let{group:s,width:c,appear:l,mode:u}=e,d=s?de:fe,p={name:c?`fade-in-width-expand-transition`:`fade-in-height-expand-transition`,appear:l,onEnter:a,onAfterEnter:o,onBeforeLeave:n,onLeave:r,onAfterLeave:i};return s||(p.mode=u),f(d,p,t)}}}),K=ue(`n-form-item`);function ke(e,{defaultSize:t=`medium`,mergedSize:n,mergedDisabled:r}={}){let i=m(K,null);D(K,null);let a=E(n?()=>n(i):()=>{let{size:n}=e;if(n)return n;if(i){let{mergedSize:e}=i;if(e.value!==void 0)return e.value}return t}),o=E(r?()=>r(i):()=>{let{disabled:t}=e;return t===void 0?i?i.disabled.value:!1:t}),s=E(()=>{let{status:t}=e;return t||i?.mergedValidationStatus.value});return k(()=>{i&&i.restoreValidation()}),{mergedSizeRef:a,mergedDisabledRef:o,mergedStatusRef:s,nTriggerFormBlur(){i&&i.handleContentBlur()},nTriggerFormChange(){i&&i.handleContentChange()},nTriggerFormFocus(){i&&i.handleContentFocus()},nTriggerFormInput(){i&&i.handleContentInput()}}}var q=A({name:`BaseIconSwitchTransition`,setup(e,{slots:t}){let n=Se();return()=>(j(),F(fe,{name:`icon-switch-transition`,appear:n.value},be(t),1032,[`appear`]))}}),{cubicBezierEaseInOut:Ae}=ce;function J({originalTransform:e=``,left:t=0,top:n=0,transition:r=`all .3s ${Ae} !important`}={}){return[i(`&.icon-switch-transition-enter-from, &.icon-switch-transition-leave-to`,{transform:`${e} scale(0.75)`,left:t,top:n,opacity:0}),i(`&.icon-switch-transition-enter-to, &.icon-switch-transition-leave-from`,{transform:`scale(1) ${e}`,left:t,top:n,opacity:1}),i(`&.icon-switch-transition-enter-active, &.icon-switch-transition-leave-active`,{transformOrigin:`center`,position:`absolute`,left:t,top:n,transition:r})]}var je=i([i(`@keyframes rotator`,`
 0% {
 -webkit-transform: rotate(0deg);
 transform: rotate(0deg);
 }
 100% {
 -webkit-transform: rotate(360deg);
 transform: rotate(360deg);
 }`),u(`base-loading`,`
 position: relative;
 line-height: 0;
 width: 1em;
 height: 1em;
 `,[t(`transition-wrapper`,`
 position: absolute;
 width: 100%;
 height: 100%;
 `,[J()]),t(`placeholder`,`
 position: absolute;
 left: 50%;
 top: 50%;
 transform: translateX(-50%) translateY(-50%);
 `,[J({left:`50%`,top:`50%`,originalTransform:`translateX(-50%) translateY(-50%)`})]),t(`container`,`
 animation: rotator 3s linear infinite both;
 `,[t(`icon`,`
 height: 1em;
 width: 1em;
 `)])])]),Me=[`viewBox`],Ne=[`values`,`dur`],Pe=[`stroke-width`,`cx`,`cy`,`r`,`stroke-dasharray`,`stroke-dashoffset`],Fe=[`values`,`dur`],Ie=[`values`,`dur`],Y=`1.6s`,Le={strokeWidth:{type:Number,default:28},stroke:{type:String,default:void 0},scale:{type:Number,default:1},radius:{type:Number,default:100}},Re=A({name:`BaseLoading`,props:{clsPrefix:{type:String,required:!0},show:{type:Boolean,default:!0},...Le},setup(e){z(`-base-loading`,je,re(e,`clsPrefix`))},render(){let{clsPrefix:e,radius:t,strokeWidth:n,stroke:r,scale:i}=this,a=t/i;return j(),x(`div`,{class:H(`${e}-base-loading`),role:`img`,"aria-label":`loading`},[p(q,null,{default:()=>this.show?(j(),x(`div`,{key:`icon`,class:H(`${e}-base-loading__transition-wrapper`)},[y(`div`,{class:H(`${e}-base-loading__container`)},[(j(),x(`svg`,{class:H(`${e}-base-loading__icon`),viewBox:`0 0 ${2*a} ${2*a}`,xmlns:`http://www.w3.org/2000/svg`,style:w({color:r})},[y(`g`,null,[y(`animateTransform`,{attributeName:`transform`,type:`rotate`,values:`0 ${a} ${a};270 ${a} ${a}`,begin:`0s`,dur:Y,fill:`freeze`,repeatCount:`indefinite`},null,8,Ne),y(`circle`,{class:H(`${e}-base-loading__icon`),fill:`none`,stroke:`currentColor`,"stroke-width":n,"stroke-linecap":`round`,cx:a,cy:a,r:t-n/2,"stroke-dasharray":5.67*t,"stroke-dashoffset":18.48*t},[y(`animateTransform`,{attributeName:`transform`,type:`rotate`,values:`0 ${a} ${a};135 ${a} ${a};450 ${a} ${a}`,begin:`0s`,dur:Y,fill:`freeze`,repeatCount:`indefinite`},null,8,Fe),y(`animate`,{attributeName:`stroke-dashoffset`,values:`${5.67*t};${1.42*t};${5.67*t}`,begin:`0s`,dur:Y,fill:`freeze`,repeatCount:`indefinite`},null,8,Ie)],10,Pe)])],14,Me))],2)],2)):(j(),x(`div`,{key:`placeholder`,class:H(`${e}-base-loading__placeholder`)},[V(()=>this.$slots.default?.())],2))},1024)],2)}}),X=typeof document<`u`&&typeof window<`u`,ze=X&&`chrome`in window;X&&navigator.userAgent.includes(`Firefox`);var Be=X&&navigator.userAgent.includes(`Safari`)&&!ze,{cubicBezierEaseInOut:Z}=ce;function Ve({duration:e=`.2s`,delay:t=`.1s`}={}){return[i(`&.fade-in-width-expand-transition-leave-from, &.fade-in-width-expand-transition-enter-to`,{opacity:1}),i(`&.fade-in-width-expand-transition-leave-to, &.fade-in-width-expand-transition-enter-from`,`
 opacity: 0!important;
 margin-left: 0!important;
 margin-right: 0!important;
 `),i(`&.fade-in-width-expand-transition-leave-active`,`
 overflow: hidden;
 transition:
 opacity ${e} ${Z},
 max-width ${e} ${Z} ${t},
 margin-left ${e} ${Z} ${t},
 margin-right ${e} ${Z} ${t};
 `),i(`&.fade-in-width-expand-transition-enter-active`,`
 overflow: hidden;
 transition:
 opacity ${e} ${Z} ${t},
 max-width ${e} ${Z},
 margin-left ${e} ${Z},
 margin-right ${e} ${Z};
 `)]}var He=u(`base-wave`,`
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 border-radius: inherit;
`),Ue=A({name:`BaseWave`,props:{clsPrefix:{type:String,required:!0}},setup(e){z(`-base-wave`,He,re(e,`clsPrefix`));let t=I(null),n=I(!1),r=null;return k(()=>{r!==null&&window.clearTimeout(r)}),{active:n,selfRef:t,play(){r!==null&&(window.clearTimeout(r),n.value=!1,r=null),ne(()=>{t.value?.offsetHeight,n.value=!0,r=window.setTimeout(()=>{n.value=!1,r=null},1e3)})}}},render(){let{clsPrefix:e}=this;return j(),x(`div`,{ref:`selfRef`,"aria-hidden":!0,class:H([`${e}-base-wave`,this.active&&`${e}-base-wave--active`])},null,2)}});function Q(e){return se(e,[255,255,255,.16])}function $(e){return se(e,[0,0,0,.12])}var We=ue(`n-button-group`),Ge=i([u(`button`,`
 margin: 0;
 font-weight: var(--n-font-weight);
 line-height: 1;
 font-family: inherit;
 padding: var(--n-padding);
 height: var(--n-height);
 font-size: var(--n-font-size);
 border-radius: var(--n-border-radius);
 color: var(--n-text-color);
 background-color: var(--n-color);
 width: var(--n-width);
 white-space: nowrap;
 outline: none;
 position: relative;
 z-index: auto;
 border: none;
 display: inline-flex;
 flex-wrap: nowrap;
 flex-shrink: 0;
 align-items: center;
 justify-content: center;
 user-select: none;
 -webkit-user-select: none;
 text-align: center;
 cursor: pointer;
 text-decoration: none;
 transition:
 color .3s var(--n-bezier),
 background-color .3s var(--n-bezier),
 opacity .3s var(--n-bezier),
 border-color .3s var(--n-bezier);
 `,[s(`color`,[t(`border`,{borderColor:`var(--n-border-color)`}),s(`disabled`,[t(`border`,{borderColor:`var(--n-border-color-disabled)`})]),a(`disabled`,[i(`&:focus`,[t(`state-border`,{borderColor:`var(--n-border-color-focus)`})]),i(`&:hover`,[t(`state-border`,{borderColor:`var(--n-border-color-hover)`})]),i(`&:active`,[t(`state-border`,{borderColor:`var(--n-border-color-pressed)`})]),s(`pressed`,[t(`state-border`,{borderColor:`var(--n-border-color-pressed)`})])])]),s(`disabled`,{backgroundColor:`var(--n-color-disabled)`,color:`var(--n-text-color-disabled)`},[t(`border`,{border:`var(--n-border-disabled)`})]),a(`disabled`,[i(`&:focus`,{backgroundColor:`var(--n-color-focus)`,color:`var(--n-text-color-focus)`},[t(`state-border`,{border:`var(--n-border-focus)`})]),i(`&:hover`,{backgroundColor:`var(--n-color-hover)`,color:`var(--n-text-color-hover)`},[t(`state-border`,{border:`var(--n-border-hover)`})]),i(`&:active`,{backgroundColor:`var(--n-color-pressed)`,color:`var(--n-text-color-pressed)`},[t(`state-border`,{border:`var(--n-border-pressed)`})]),s(`pressed`,{backgroundColor:`var(--n-color-pressed)`,color:`var(--n-text-color-pressed)`},[t(`state-border`,{border:`var(--n-border-pressed)`})])]),s(`loading`,`cursor: wait;`),u(`base-wave`,`
 pointer-events: none;
 top: 0;
 right: 0;
 bottom: 0;
 left: 0;
 animation-iteration-count: 1;
 animation-duration: var(--n-ripple-duration);
 animation-timing-function: var(--n-bezier-ease-out), var(--n-bezier-ease-out);
 `,[s(`active`,{zIndex:1,animationName:`button-wave-spread, button-wave-opacity`})]),X&&`MozBoxSizing`in document.createElement(`div`).style?i(`&::moz-focus-inner`,{border:0}):null,t(`border, state-border`,`
 position: absolute;
 left: 0;
 top: 0;
 right: 0;
 bottom: 0;
 border-radius: inherit;
 transition: border-color .3s var(--n-bezier);
 pointer-events: none;
 `),t(`border`,`
 border: var(--n-border);
 `),t(`state-border`,`
 border: var(--n-border);
 border-color: #0000;
 z-index: 1;
 `),t(`icon`,`
 margin: var(--n-icon-margin);
 margin-left: 0;
 height: var(--n-icon-size);
 width: var(--n-icon-size);
 max-width: var(--n-icon-size);
 font-size: var(--n-icon-size);
 position: relative;
 flex-shrink: 0;
 `,[u(`icon-slot`,`
 height: var(--n-icon-size);
 width: var(--n-icon-size);
 position: absolute;
 left: 0;
 top: 50%;
 transform: translateY(-50%);
 display: flex;
 align-items: center;
 justify-content: center;
 `,[J({top:`50%`,originalTransform:`translateY(-50%)`})]),Ve()]),t(`content`,`
 display: flex;
 align-items: center;
 flex-wrap: nowrap;
 min-width: 0;
 `,[i(`~`,[t(`icon`,{margin:`var(--n-icon-margin)`,marginRight:0})])]),s(`block`,`
 display: flex;
 width: 100%;
 `),s(`dashed`,[t(`border, state-border`,{borderStyle:`dashed !important`})]),s(`disabled`,{cursor:`not-allowed`,opacity:`var(--n-opacity-disabled)`})]),i(`@keyframes button-wave-spread`,{from:{boxShadow:`0 0 0.5px 0 var(--n-ripple-color)`},to:{boxShadow:`0 0 0.5px 4.5px var(--n-ripple-color)`}}),i(`@keyframes button-wave-opacity`,{from:{opacity:`var(--n-wave-opacity)`},to:{opacity:0}})]),Ke={...r.props,color:String,textColor:String,text:Boolean,block:Boolean,loading:Boolean,disabled:Boolean,circle:Boolean,size:String,ghost:Boolean,round:Boolean,secondary:Boolean,tertiary:Boolean,quaternary:Boolean,strong:Boolean,focusable:{type:Boolean,default:!0},keyboard:{type:Boolean,default:!0},tag:{type:String,default:`button`},type:{type:String,default:`default`},dashed:Boolean,renderIcon:Function,iconPlacement:{type:String,default:`left`},attrType:{type:String,default:`button`},bordered:{type:Boolean,default:!0},onClick:[Function,Array],nativeFocusBehavior:{type:Boolean,default:!Be},spinProps:Object},qe=A({name:`Button`,props:Ke,slots:Object,setup(e){let t=I(null),i=I(null),a=I(!1),o=oe(()=>!e.quaternary&&!e.tertiary&&!e.secondary&&!e.text&&(!e.color||e.ghost||e.dashed)&&e.bordered),s=m(We,{}),{inlineThemeDisabled:c,mergedClsPrefixRef:u,mergedRtlRef:d,mergedComponentPropsRef:f}=me(e),{mergedSizeRef:p}=ke({},{defaultSize:`medium`,mergedSize:t=>{let{size:n}=e;if(n)return n;let{size:r}=s;if(r)return r;let{mergedSize:i}=t||{};return i?i.value:f?.value?.Button?.size||`medium`}}),h=E(()=>e.focusable&&!e.disabled),g=n=>{h.value||n.preventDefault(),e.nativeFocusBehavior||(n.preventDefault(),e.disabled||h.value&&t.value?.focus({preventScroll:!0}))},_=t=>{if(!e.disabled&&!e.loading){let{onClick:n}=e;n&&Ce(n,t),e.text||i.value?.play()}},v=t=>{if(t.key===`Enter`){if(!e.keyboard)return;a.value=!1}},y=t=>{if(t.key===`Enter`){if(!e.keyboard||e.loading){t.preventDefault();return}a.value=!0}},b=()=>{a.value=!1},x=r(`Button`,`-button`,Ge,l,e,u),ee=De(`Button`,d,u),S=E(()=>{let{common:{cubicBezierEaseInOut:t,cubicBezierEaseOut:r},self:i}=x.value,{rippleDuration:a,opacityDisabled:o,fontWeight:s,fontWeightStrong:c}=i,l=p.value,{dashed:u,type:d,ghost:f,text:m,color:h,round:g,circle:_,textColor:v,secondary:y,tertiary:b,quaternary:ee,strong:S}=e,C={"--n-font-weight":S?c:s},w={"--n-color":`initial`,"--n-color-hover":`initial`,"--n-color-pressed":`initial`,"--n-color-focus":`initial`,"--n-color-disabled":`initial`,"--n-ripple-color":`initial`,"--n-text-color":`initial`,"--n-text-color-hover":`initial`,"--n-text-color-pressed":`initial`,"--n-text-color-focus":`initial`,"--n-text-color-disabled":`initial`},T=d===`tertiary`,E=d==="default",D=T?`default`:d;if(m){let e=v||h;w={"--n-color":`#0000`,"--n-color-hover":`#0000`,"--n-color-pressed":`#0000`,"--n-color-focus":`#0000`,"--n-color-disabled":`#0000`,"--n-ripple-color":`#0000`,"--n-text-color":e||i[n(`textColorText`,D)],"--n-text-color-hover":e?Q(e):i[n(`textColorTextHover`,D)],"--n-text-color-pressed":e?$(e):i[n(`textColorTextPressed`,D)],"--n-text-color-focus":e?Q(e):i[n(`textColorTextHover`,D)],"--n-text-color-disabled":e||i[n(`textColorTextDisabled`,D)]}}else if(f||u){let e=v||h;w={"--n-color":`#0000`,"--n-color-hover":`#0000`,"--n-color-pressed":`#0000`,"--n-color-focus":`#0000`,"--n-color-disabled":`#0000`,"--n-ripple-color":h||i[n(`rippleColor`,D)],"--n-text-color":e||i[n(`textColorGhost`,D)],"--n-text-color-hover":e?Q(e):i[n(`textColorGhostHover`,D)],"--n-text-color-pressed":e?$(e):i[n(`textColorGhostPressed`,D)],"--n-text-color-focus":e?Q(e):i[n(`textColorGhostHover`,D)],"--n-text-color-disabled":e||i[n(`textColorGhostDisabled`,D)]}}else if(y){let e=E?i.textColor:T?i.textColorTertiary:i[n(`color`,D)],t=h||e,r=d!=="default"&&d!==`tertiary`;w={"--n-color":r?R(t,{alpha:Number(i.colorOpacitySecondary)}):i.colorSecondary,"--n-color-hover":r?R(t,{alpha:Number(i.colorOpacitySecondaryHover)}):i.colorSecondaryHover,"--n-color-pressed":r?R(t,{alpha:Number(i.colorOpacitySecondaryPressed)}):i.colorSecondaryPressed,"--n-color-focus":r?R(t,{alpha:Number(i.colorOpacitySecondaryHover)}):i.colorSecondaryHover,"--n-color-disabled":i.colorSecondary,"--n-ripple-color":`#0000`,"--n-text-color":t,"--n-text-color-hover":t,"--n-text-color-pressed":t,"--n-text-color-focus":t,"--n-text-color-disabled":t}}else if(b||ee){let e=E?i.textColor:T?i.textColorTertiary:i[n(`color`,D)],t=h||e;b?(w[`--n-color`]=i.colorTertiary,w[`--n-color-hover`]=i.colorTertiaryHover,w[`--n-color-pressed`]=i.colorTertiaryPressed,w[`--n-color-focus`]=i.colorSecondaryHover,w[`--n-color-disabled`]=i.colorTertiary):(w[`--n-color`]=i.colorQuaternary,w[`--n-color-hover`]=i.colorQuaternaryHover,w[`--n-color-pressed`]=i.colorQuaternaryPressed,w[`--n-color-focus`]=i.colorQuaternaryHover,w[`--n-color-disabled`]=i.colorQuaternary),w[`--n-ripple-color`]=`#0000`,w[`--n-text-color`]=t,w[`--n-text-color-hover`]=t,w[`--n-text-color-pressed`]=t,w[`--n-text-color-focus`]=t,w[`--n-text-color-disabled`]=t}else w={"--n-color":h||i[n(`color`,D)],"--n-color-hover":h?Q(h):i[n(`colorHover`,D)],"--n-color-pressed":h?$(h):i[n(`colorPressed`,D)],"--n-color-focus":h?Q(h):i[n(`colorFocus`,D)],"--n-color-disabled":h||i[n(`colorDisabled`,D)],"--n-ripple-color":h||i[n(`rippleColor`,D)],"--n-text-color":v||(h?i.textColorPrimary:T?i.textColorTertiary:i[n(`textColor`,D)]),"--n-text-color-hover":v||(h?i.textColorHoverPrimary:i[n(`textColorHover`,D)]),"--n-text-color-pressed":v||(h?i.textColorPressedPrimary:i[n(`textColorPressed`,D)]),"--n-text-color-focus":v||(h?i.textColorFocusPrimary:i[n(`textColorFocus`,D)]),"--n-text-color-disabled":v||(h?i.textColorDisabledPrimary:i[n(`textColorDisabled`,D)])};let O={"--n-border":`initial`,"--n-border-hover":`initial`,"--n-border-pressed":`initial`,"--n-border-focus":`initial`,"--n-border-disabled":`initial`};O=m?{"--n-border":`none`,"--n-border-hover":`none`,"--n-border-pressed":`none`,"--n-border-focus":`none`,"--n-border-disabled":`none`}:{"--n-border":i[n(`border`,D)],"--n-border-hover":i[n(`borderHover`,D)],"--n-border-pressed":i[n(`borderPressed`,D)],"--n-border-focus":i[n(`borderFocus`,D)],"--n-border-disabled":i[n(`borderDisabled`,D)]};let{[n(`height`,l)]:k,[n(`fontSize`,l)]:A,[n(`padding`,l)]:j,[n(`paddingRound`,l)]:M,[n(`iconSize`,l)]:N,[n(`borderRadius`,l)]:te,[n(`iconMargin`,l)]:P,waveOpacity:ne}=i,F={"--n-width":_&&!m?k:`initial`,"--n-height":m?`initial`:k,"--n-font-size":A,"--n-padding":_||m?`initial`:g?M:j,"--n-icon-size":N,"--n-icon-margin":P,"--n-border-radius":m?`initial`:_||g?k:te};return{"--n-bezier":t,"--n-bezier-ease-out":r,"--n-ripple-duration":a,"--n-opacity-disabled":o,"--n-wave-opacity":ne,...C,...w,...O,...F}}),C=c?xe(`button`,E(()=>{let t=``,{dashed:n,type:r,ghost:i,text:a,color:o,round:s,circle:c,textColor:l,secondary:u,tertiary:d,quaternary:f,strong:m}=e;n&&(t+=`a`),i&&(t+=`b`),a&&(t+=`c`),s&&(t+=`d`),c&&(t+=`e`),u&&(t+=`f`),d&&(t+=`g`),f&&(t+=`h`),m&&(t+=`i`),o&&(t+=`j${G(o)}`),l&&(t+=`k${G(l)}`);let{value:h}=p;return t+=`l${h[0]}`,t+=`m${r[0]}`,t}),S,e):void 0;return{selfElRef:t,waveElRef:i,mergedClsPrefix:u,mergedFocusable:h,mergedSize:p,showBorder:o,enterPressed:a,rtlEnabled:ee,handleMousedown:g,handleKeydown:y,handleBlur:b,handleKeyup:v,handleClick:_,customColorCssVars:E(()=>{let{color:t}=e;if(!t)return null;let n=Q(t);return{"--n-border-color":t,"--n-border-color-hover":n,"--n-border-color-pressed":$(t),"--n-border-color-focus":n,"--n-border-color-disabled":t}}),cssVars:c?void 0:S,themeClass:C?.themeClass,onRender:C?.onRender}},render(){let{mergedClsPrefix:e,tag:t,onRender:n}=this;n?.();let r=W(this.$slots.default,t=>t&&(j(),x(`span`,{class:H(`${e}-button__content`)},[V(()=>t)],2)));return j(),F(t,{ref:`selfElRef`,class:H([this.themeClass,`${e}-button`,`${e}-button--${this.type}-type`,`${e}-button--${this.mergedSize}-type`,this.rtlEnabled&&`${e}-button--rtl`,this.disabled&&`${e}-button--disabled`,this.block&&`${e}-button--block`,this.enterPressed&&`${e}-button--pressed`,!this.text&&this.dashed&&`${e}-button--dashed`,this.color&&`${e}-button--color`,this.secondary&&`${e}-button--secondary`,this.loading&&`${e}-button--loading`,this.ghost&&`${e}-button--ghost`]),tabindex:this.mergedFocusable?0:-1,type:this.attrType,style:w(this.cssVars),disabled:this.disabled,onClick:this.handleClick,onBlur:this.handleBlur,onMousedown:this.handleMousedown,onKeyup:this.handleKeyup,onKeydown:this.handleKeydown},{default:N(()=>[V(()=>this.iconPlacement===`right`&&r),p(Oe,{width:!0},{default:()=>W(this.$slots.icon,t=>(this.loading||this.renderIcon||t)&&(j(),x(`span`,{class:H(`${e}-button__icon`),style:w({margin:Ee(this.$slots.default)?`0`:``})},[p(q,null,{default:()=>this.loading?(j(),F(Re,T({clsPrefix:e,key:`loading`,class:`${e}-icon-slot`,strokeWidth:20},this.spinProps),null,16,[`clsPrefix`,`class`])):(j(),x(`div`,{key:`icon`,class:H(`${e}-icon-slot`),role:`none`},[this.renderIcon?(j(),x(M,{key:0},[V(()=>this.renderIcon())],64)):(j(),x(M,{key:1},[V(()=>t)],64))],2))},1024)],6)))},1024),V(()=>this.iconPlacement===`left`&&r),this.text?V(()=>null):(j(),F(Ue,{key:0,ref:`waveElRef`,clsPrefix:e},null,8,[`clsPrefix`])),this.showBorder?(j(),x(`div`,{key:2,"aria-hidden":!0,class:H(`${e}-button__border`),style:w(this.customColorCssVars)},null,6)):V(()=>null),this.showBorder?(j(),x(`div`,{key:4,"aria-hidden":!0,class:H(`${e}-button__state-border`),style:w(this.customColorCssVars)},null,6)):V(()=>null)]),_:2},1032,[`class`,`tabindex`,`type`,`style`,`disabled`,`onClick`,`onBlur`,`onMousedown`,`onKeyup`,`onKeydown`])}}),Je=qe;export{z as A,Se as C,ye as D,H as E,he as M,be as O,Ce as S,ge as T,U as _,Ve as a,Te as b,Re as c,q as d,K as f,De as g,G as h,Ue as i,me as j,V as k,Le as l,Oe as m,Je as n,Be as o,ke as p,We as r,X as s,qe as t,J as u,Ee as v,xe as w,W as x,we as y};