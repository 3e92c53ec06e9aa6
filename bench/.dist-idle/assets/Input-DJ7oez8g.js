import{f as e,h as t,i as n,l as r,m as i,p as a,u as o}from"./light-Cq8CYraa.js";import{A as s,E as c,S as l,T as u,b as d,g as ee,j as te,k as f,o as ne,p as re,w as ie,x as p,y as m}from"./Button-vz-g20Dt.js";import{t as ae}from"./use-locale-B1BAPRTR.js";import{n as h}from"./replaceable-5SreTV8h.js";import{Ht as g,J as _,L as oe,Ut as v,_ as y,b,ct as se,er as x,et as S,g as C,gt as ce,k as w,mt as T,o as E,tt as D,v as O,vn as k,wn as A}from"./runtime-core.esm-bundler-wlpNGAAZ.js";import{r as j,t as M}from"./Suffix-CXhDz-JM.js";import{c as N,r as P,s as F,t as I}from"./Scrollbar-BnguPqn3.js";import{t as le}from"./light-BmvV1u2M.js";import{a as L,p as R}from"./index-COGwirTc.js";import{o as ue}from"./Close-KhaQZo73.js";import{t as de}from"./use-merged-state-DU_o7nHw.js";var z=w({name:`Eye`,render(){return(()=>{let e=u(`ae479a1970012861`);return e[0]||=y(`svg`,{xmlns:`http://www.w3.org/2000/svg`,viewBox:`0 0 512 512`},[y(`path`,{d:`M255.66 112c-77.94 0-157.89 45.11-220.83 135.33a16 16 0 0 0-.27 17.77C82.92 340.8 161.8 400 255.66 400c92.84 0 173.34-59.38 221.79-135.25a16.14 16.14 0 0 0 0-17.47C428.89 172.28 347.8 112 255.66 112z`,fill:`none`,stroke:`currentColor`,"stroke-linecap":`round`,"stroke-linejoin":`round`,"stroke-width":`32`}),y(`circle`,{cx:`256`,cy:`256`,r:`80`,fill:`none`,stroke:`currentColor`,"stroke-miterlimit":`10`,"stroke-width":`32`})],-1)})()}}),B=w({name:`EyeOff`,render(){return(()=>{let e=u(`2c06203b450ce879`);return e[0]||=y(`svg`,{xmlns:`http://www.w3.org/2000/svg`,viewBox:`0 0 512 512`},[y(`path`,{d:`M432 448a15.92 15.92 0 0 1-11.31-4.69l-352-352a16 16 0 0 1 22.62-22.62l352 352A16 16 0 0 1 432 448z`,fill:`currentColor`}),y(`path`,{d:`M255.66 384c-41.49 0-81.5-12.28-118.92-36.5c-34.07-22-64.74-53.51-88.7-91v-.08c19.94-28.57 41.78-52.73 65.24-72.21a2 2 0 0 0 .14-2.94L93.5 161.38a2 2 0 0 0-2.71-.12c-24.92 21-48.05 46.76-69.08 76.92a31.92 31.92 0 0 0-.64 35.54c26.41 41.33 60.4 76.14 98.28 100.65C162 402 207.9 416 255.66 416a239.13 239.13 0 0 0 75.8-12.58a2 2 0 0 0 .77-3.31l-21.58-21.58a4 4 0 0 0-3.83-1a204.8 204.8 0 0 1-51.16 6.47z`,fill:`currentColor`}),y(`path`,{d:`M490.84 238.6c-26.46-40.92-60.79-75.68-99.27-100.53C349 110.55 302 96 255.66 96a227.34 227.34 0 0 0-74.89 12.83a2 2 0 0 0-.75 3.31l21.55 21.55a4 4 0 0 0 3.88 1a192.82 192.82 0 0 1 50.21-6.69c40.69 0 80.58 12.43 118.55 37c34.71 22.4 65.74 53.88 89.76 91a.13.13 0 0 1 0 .16a310.72 310.72 0 0 1-64.12 72.73a2 2 0 0 0-.15 2.95l19.9 19.89a2 2 0 0 0 2.7.13a343.49 343.49 0 0 0 68.64-78.48a32.2 32.2 0 0 0-.1-34.78z`,fill:`currentColor`}),y(`path`,{d:`M256 160a95.88 95.88 0 0 0-21.37 2.4a2 2 0 0 0-1 3.38l112.59 112.56a2 2 0 0 0 3.38-1A96 96 0 0 0 256 160z`,fill:`currentColor`}),y(`path`,{d:`M165.78 233.66a2 2 0 0 0-3.38 1a96 96 0 0 0 115 115a2 2 0 0 0 1-3.38z`,fill:`currentColor`})],-1)})()}}),V=R(`n-input`),fe=o(`input`,`
 max-width: 100%;
 cursor: text;
 line-height: 1.5;
 z-index: auto;
 outline: none;
 box-sizing: border-box;
 position: relative;
 display: inline-flex;
 border-radius: var(--n-border-radius);
 background-color: var(--n-color);
 transition: background-color .3s var(--n-bezier);
 font-size: var(--n-font-size);
 font-weight: var(--n-font-weight);
 --n-padding-vertical: calc((var(--n-height) - 1.5 * var(--n-font-size)) / 2);
`,[e(`input, textarea`,`
 overflow: hidden;
 flex-grow: 1;
 position: relative;
 `),e(`input-el, textarea-el, input-mirror, textarea-mirror, separator, placeholder`,`
 box-sizing: border-box;
 font-size: inherit;
 line-height: 1.5;
 font-family: inherit;
 border: none;
 outline: none;
 background-color: #0000;
 text-align: inherit;
 transition:
 -webkit-text-fill-color .3s var(--n-bezier),
 caret-color .3s var(--n-bezier),
 color .3s var(--n-bezier),
 text-decoration-color .3s var(--n-bezier);
 `),e(`input-el, textarea-el`,`
 -webkit-appearance: none;
 scrollbar-width: none;
 width: 100%;
 min-width: 0;
 text-decoration-color: var(--n-text-decoration-color);
 color: var(--n-text-color);
 caret-color: var(--n-caret-color);
 background-color: transparent;
 `,[r(`&::-webkit-scrollbar, &::-webkit-scrollbar-track-piece, &::-webkit-scrollbar-thumb`,`
 width: 0;
 height: 0;
 display: none;
 `),r(`&::placeholder`,`
 color: #0000;
 -webkit-text-fill-color: transparent !important;
 `),r(`&:-webkit-autofill ~`,[e(`placeholder`,`display: none;`)])]),a(`round`,[i(`textarea`,`border-radius: calc(var(--n-height) / 2);`)]),e(`placeholder`,`
 pointer-events: none;
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 overflow: hidden;
 color: var(--n-placeholder-color);
 `,[r(`span`,`
 width: 100%;
 display: inline-block;
 `)]),a(`textarea`,[e(`placeholder`,`overflow: visible;`)]),i(`autosize`,`width: 100%;`),a(`autosize`,[e(`textarea-el, input-el`,`
 position: absolute;
 top: 0;
 left: 0;
 height: 100%;
 `)]),o(`input-wrapper`,`
 overflow: hidden;
 display: inline-flex;
 flex-grow: 1;
 position: relative;
 padding-left: var(--n-padding-left);
 padding-right: var(--n-padding-right);
 `),e(`input-mirror`,`
 padding: 0;
 height: var(--n-height);
 line-height: var(--n-height);
 overflow: hidden;
 visibility: hidden;
 position: static;
 white-space: pre;
 pointer-events: none;
 `),e(`input-el`,`
 padding: 0;
 height: var(--n-height);
 line-height: var(--n-height);
 `,[r(`&[type=password]::-ms-reveal`,`display: none;`),r(`+`,[e(`placeholder`,`
 display: flex;
 align-items: center; 
 `)])]),i(`textarea`,[e(`placeholder`,`white-space: nowrap;`)]),e(`eye`,`
 display: flex;
 align-items: center;
 justify-content: center;
 transition: color .3s var(--n-bezier);
 `),a(`textarea`,`width: 100%;`,[o(`input-word-count`,`
 position: absolute;
 right: var(--n-padding-right);
 bottom: var(--n-padding-vertical);
 `),a(`resizable`,[o(`input-wrapper`,`
 resize: vertical;
 min-height: var(--n-height);
 `)]),e(`textarea-el, textarea-mirror, placeholder`,`
 height: 100%;
 padding-left: 0;
 padding-right: 0;
 padding-top: var(--n-padding-vertical);
 padding-bottom: var(--n-padding-vertical);
 word-break: break-word;
 display: inline-block;
 vertical-align: bottom;
 box-sizing: border-box;
 line-height: var(--n-line-height-textarea);
 margin: 0;
 resize: none;
 white-space: pre-wrap;
 scroll-padding-block-end: var(--n-padding-vertical);
 `),e(`textarea-mirror`,`
 width: 100%;
 pointer-events: none;
 overflow: hidden;
 visibility: hidden;
 position: static;
 white-space: pre-wrap;
 overflow-wrap: break-word;
 `)]),a(`pair`,[e(`input-el, placeholder`,`text-align: center;`),e(`separator`,`
 display: flex;
 align-items: center;
 transition: color .3s var(--n-bezier);
 color: var(--n-text-color);
 white-space: nowrap;
 `,[o(`icon`,`
 color: var(--n-icon-color);
 `),o(`base-icon`,`
 color: var(--n-icon-color);
 `)])]),a(`disabled`,`
 cursor: not-allowed;
 background-color: var(--n-color-disabled);
 `,[e(`border`,`border: var(--n-border-disabled);`),e(`input-el, textarea-el`,`
 cursor: not-allowed;
 color: var(--n-text-color-disabled);
 text-decoration-color: var(--n-text-color-disabled);
 `),e(`placeholder`,`color: var(--n-placeholder-color-disabled);`),e(`separator`,`color: var(--n-text-color-disabled);`,[o(`icon`,`
 color: var(--n-icon-color-disabled);
 `),o(`base-icon`,`
 color: var(--n-icon-color-disabled);
 `)]),o(`input-word-count`,`
 color: var(--n-count-text-color-disabled);
 `),e(`suffix, prefix`,`color: var(--n-text-color-disabled);`,[o(`icon`,`
 color: var(--n-icon-color-disabled);
 `),o(`internal-icon`,`
 color: var(--n-icon-color-disabled);
 `)])]),i(`disabled`,[e(`eye`,`
 color: var(--n-icon-color);
 cursor: pointer;
 `,[r(`&:hover`,`
 color: var(--n-icon-color-hover);
 `),r(`&:active`,`
 color: var(--n-icon-color-pressed);
 `)]),r(`&:hover`,`background-color: var(--n-color-hover);`,[e(`state-border`,`border: var(--n-border-hover);`)]),a(`focus`,`background-color: var(--n-color-focus);`,[e(`state-border`,`
 border: var(--n-border-focus);
 box-shadow: var(--n-box-shadow-focus);
 `)])]),e(`border, state-border`,`
 box-sizing: border-box;
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 pointer-events: none;
 border-radius: inherit;
 border: var(--n-border);
 transition:
 box-shadow .3s var(--n-bezier),
 border-color .3s var(--n-bezier);
 `),e(`state-border`,`
 border-color: #0000;
 z-index: 1;
 `),e(`prefix`,`margin-right: 4px;`),e(`suffix`,`
 margin-left: 4px;
 `),e(`suffix, prefix`,`
 transition: color .3s var(--n-bezier);
 flex-wrap: nowrap;
 flex-shrink: 0;
 line-height: var(--n-height);
 white-space: nowrap;
 display: inline-flex;
 align-items: center;
 justify-content: center;
 color: var(--n-suffix-text-color);
 `,[o(`base-loading`,`
 font-size: var(--n-icon-size);
 margin: 0 2px;
 color: var(--n-loading-color);
 `),o(`base-clear`,`
 font-size: var(--n-icon-size);
 `,[e(`placeholder`,[o(`base-icon`,`
 transition: color .3s var(--n-bezier);
 color: var(--n-icon-color);
 font-size: var(--n-icon-size);
 `)])]),r(`>`,[o(`icon`,`
 transition: color .3s var(--n-bezier);
 color: var(--n-icon-color);
 font-size: var(--n-icon-size);
 `)]),o(`base-icon`,`
 font-size: var(--n-icon-size);
 `)]),o(`input-word-count`,`
 pointer-events: none;
 line-height: 1.5;
 font-size: .85em;
 color: var(--n-count-text-color);
 transition: color .3s var(--n-bezier);
 margin-left: 4px;
 font-variant: tabular-nums;
 `),[`warning`,`error`].map(t=>a(`${t}-status`,[i(`disabled`,[o(`base-loading`,`
 color: var(--n-loading-color-${t})
 `),e(`input-el, textarea-el`,`
 caret-color: var(--n-caret-color-${t});
 `),e(`state-border`,`
 border: var(--n-border-${t});
 `),r(`&:hover`,[e(`state-border`,`
 border: var(--n-border-hover-${t});
 `)]),r(`&:focus`,`
 background-color: var(--n-color-focus-${t});
 `,[e(`state-border`,`
 box-shadow: var(--n-box-shadow-focus-${t});
 border: var(--n-border-focus-${t});
 `)]),a(`focus`,`
 background-color: var(--n-color-focus-${t});
 `,[e(`state-border`,`
 box-shadow: var(--n-box-shadow-focus-${t});
 border: var(--n-border-focus-${t});
 `)])])]))]),pe=o(`input`,[a(`disabled`,[e(`input-el, textarea-el`,`
 -webkit-text-fill-color: var(--n-text-color-disabled);
 `)])]);function H(e){let t=0;for(let n of e)t++;return t}function U(e){return e===``||e==null}function me(e){let t=k(null);function n(){let{value:n}=e;if(!n?.focus){i();return}let{selectionStart:r,selectionEnd:a,value:o}=n;r==null||a==null?i():t.value={start:r,end:a,beforeText:o.slice(0,r),afterText:o.slice(a)}}function r(){let{value:n}=t,{value:r}=e;if(!n||!r)return;let{value:i}=r,{start:a,beforeText:o,afterText:s}=n,c=i.length;if(i.endsWith(s))c=i.length-s.length;else if(i.startsWith(o))c=o.length;else{let e=o[a-1],t=i.indexOf(e,a-1);t!==-1&&(c=t+1)}r.setSelectionRange?.(c,c)}function i(){t.value=null}return g(e,i),{recordCursor:n,restoreCursor:r}}var W=w({name:`InputWordCount`,setup(e,{slots:t}){let{mergedValueRef:n,maxlengthRef:r,mergedClsPrefixRef:i,countGraphemesRef:a}=_(V),o=C(()=>{let{value:e}=n;return e===null||Array.isArray(e)?0:(a.value||H)(e)});return()=>{let{value:e}=r,{value:a}=n;return T(),b(`span`,{class:c(`${i.value}-input-word-count`)},[f(()=>d(t.default,{value:a===null||Array.isArray(a)?``:a},()=>[e===void 0?o.value:`${o.value} / ${e}`]))],2)}}}),he=[`autofocus`,`rows`,`placeholder`,`value`,`disabled`,`maxlength`,`minlength`,`readonly`,`tabindex`,`onBlur`,`onFocus`,`onInput`,`onChange`,`onScroll`],ge=[`type`,`tabindex`,`placeholder`,`disabled`,`maxlength`,`minlength`,`value`,`readonly`,`autofocus`,`size`,`onBlur`,`onFocus`,`onInput`,`onChange`],G=[`onMousedown`,`onClick`],_e=[`type`,`tabindex`,`placeholder`,`disabled`,`maxlength`,`minlength`,`value`,`readonly`,`onBlur`,`onFocus`,`onInput`,`onChange`],K=[`tabindex`,`onFocus`,`onBlur`,`onClick`,`onMousedown`,`onMouseenter`,`onMouseleave`,`onCompositionstart`,`onCompositionend`,`onKeyup`,`onKeydown`],q={...n.props,bordered:{type:Boolean,default:void 0},type:{type:String,default:`text`},placeholder:[Array,String],defaultValue:{type:[String,Array],default:null},value:[String,Array],disabled:{type:Boolean,default:void 0},size:String,rows:{type:[Number,String],default:3},round:Boolean,minlength:[String,Number],maxlength:[String,Number],clearable:Boolean,autosize:{type:[Boolean,Object],default:!1},pair:Boolean,separator:String,readonly:{type:[String,Boolean],default:!1},passivelyActivated:Boolean,showPasswordOn:String,stateful:{type:Boolean,default:!0},autofocus:Boolean,inputProps:Object,resizable:{type:Boolean,default:!0},showCount:Boolean,loading:{type:Boolean,default:void 0},allowInput:Function,renderCount:Function,onMousedown:Function,onKeydown:Function,onKeyup:[Function,Array],onInput:[Function,Array],onFocus:[Function,Array],onBlur:[Function,Array],onClick:[Function,Array],onChange:[Function,Array],onClear:[Function,Array],countGraphemes:Function,status:String,"onUpdate:value":[Function,Array],onUpdateValue:[Function,Array],textDecoration:[String,Array],attrSize:{type:Number,default:20},onInputBlur:[Function,Array],onInputFocus:[Function,Array],onDeactivate:[Function,Array],onActivate:[Function,Array],onWrapperFocus:[Function,Array],onWrapperBlur:[Function,Array],internalDeactivateOnEnter:Boolean,internalForceFocus:Boolean,internalLoadingBeforeSuffix:{type:Boolean,default:!0},showPasswordToggle:Boolean},ve=w({name:`Input`,props:q,slots:Object,setup(e){let{mergedClsPrefixRef:r,mergedBorderedRef:i,inlineThemeDisabled:a,mergedRtlRef:o,mergedComponentPropsRef:c}=te(e),u=n(`Input`,`-input`,fe,le,e,r);ne&&s(`-input-safari`,pe,r);let d=k(null),f=k(null),p=k(null),m=k(null),h=k(null),_=k(null),y=k(null),b=me(y),x=k(null),{localeRef:S}=ae(`Input`),w=k(e.defaultValue),T=A(e,`value`),E=de(T,w),O=re(e,{mergedSize:t=>{let{size:n}=e;if(n)return n;let{mergedSize:r}=t||{};return r?.value?r.value:c?.value?.Input?.size||`medium`}}),{mergedSizeRef:j,mergedDisabledRef:M,mergedStatusRef:P}=O,I=k(!1),R=k(!1),z=k(!1),B=k(!1),H=null,W=C(()=>{let{placeholder:t,pair:n}=e;return n?Array.isArray(t)?t:t===void 0?[``,``]:[t,t]:t===void 0?[S.value.placeholder]:[t]}),he=C(()=>{let{value:e}=z,{value:t}=E,{value:n}=W;return!e&&(U(t)||Array.isArray(t)&&U(t[0]))&&n[0]}),ge=C(()=>{let{value:e}=z,{value:t}=E,{value:n}=W;return!e&&n[1]&&(U(t)||Array.isArray(t)&&U(t[1]))}),G=L(()=>e.internalForceFocus||I.value),_e=L(()=>{if(M.value||e.readonly||!e.clearable||!G.value&&!R.value)return!1;let{value:t}=E,{value:n}=G;return e.pair?!!(Array.isArray(t)&&(t[0]||t[1]))&&(R.value||n):!!t&&(R.value||n)}),K=C(()=>{let{showPasswordOn:t}=e;if(t)return t;if(e.showPasswordToggle)return`click`}),q=k(!1),ve=C(()=>{let{textDecoration:t}=e;return t?Array.isArray(t)?t.map(e=>({textDecoration:e})):[{textDecoration:t}]:[``,``]}),ye=k(void 0),be=()=>{if(e.type===`textarea`){let{autosize:t}=e;if(t&&(ye.value=x.value?.$el?.offsetWidth),!f.value||typeof t==`boolean`)return;let{paddingTop:n,paddingBottom:r,lineHeight:i}=window.getComputedStyle(f.value),a=Number(n.slice(0,-2)),o=Number(r.slice(0,-2)),s=Number(i.slice(0,-2)),{value:c}=p;if(!c)return;if(t.minRows){let e=Math.max(t.minRows,1),n=`${a+o+s*e}px`;c.style.minHeight=n}if(t.maxRows){let e=`${a+o+s*t.maxRows}px`;c.style.maxHeight=e}}},xe=C(()=>{let{maxlength:t}=e;return t===void 0?void 0:Number(t)});se(()=>{let{value:e}=E;Array.isArray(e)||$(e)});let Se=oe().proxy;function J(t,n){let{onUpdateValue:r,"onUpdate:value":i,onInput:a}=e,{nTriggerFormInput:o}=O;r&&l(r,t,n),i&&l(i,t,n),a&&l(a,t,n),w.value=t,o()}function Y(t,n){let{onChange:r}=e,{nTriggerFormChange:i}=O;r&&l(r,t,n),w.value=t,i()}function Ce(t){let{onBlur:n}=e,{nTriggerFormBlur:r}=O;n&&l(n,t),r()}function we(t){let{onFocus:n}=e,{nTriggerFormFocus:r}=O;n&&l(n,t),r()}function Te(t){let{onClear:n}=e;n&&l(n,t)}function Ee(t){let{onInputBlur:n}=e;n&&l(n,t)}function De(t){let{onInputFocus:n}=e;n&&l(n,t)}function Oe(){let{onDeactivate:t}=e;t&&l(t)}function ke(){let{onActivate:t}=e;t&&l(t)}function Ae(t){let{onClick:n}=e;n&&l(n,t)}function je(t){let{onWrapperFocus:n}=e;n&&l(n,t)}function Me(t){let{onWrapperBlur:n}=e;n&&l(n,t)}function Ne(){z.value=!0}function Pe(e){z.value=!1,e.target===_.value?X(e,1):X(e,0)}function X(t,n=0,r=`input`){let i=t.target.value;if($(i),t instanceof InputEvent&&!t.isComposing&&(z.value=!1),e.type===`textarea`){let{value:e}=x;e&&e.syncUnifiedContainer()}if(H=i,z.value)return;b.recordCursor();let a=Fe(i);if(a){if(!e.pair)r===`input`?J(i,{source:n}):Y(i,{source:n});else{let{value:e}=E;e=Array.isArray(e)?[e[0],e[1]]:[``,``],e[n]=i,r===`input`?J(e,{source:n}):Y(e,{source:n})}}Se.$forceUpdate(),a||D(b.restoreCursor)}function Fe(t){let{countGraphemes:n,maxlength:r,minlength:i}=e;if(n){let e;if(r!==void 0&&(e===void 0&&(e=n(t)),e>Number(r))||i!==void 0&&(e===void 0&&(e=n(t)),e<Number(r)))return!1}let{allowInput:a}=e;return typeof a!=`function`||a(t)}function Ie(e){Ee(e),e.relatedTarget===d.value&&Oe(),(e.relatedTarget===null||e.relatedTarget!==h.value&&e.relatedTarget!==_.value&&e.relatedTarget!==f.value)&&(B.value=!1),Z(e,`blur`),y.value=null}function Le(e,t){De(e),I.value=!0,B.value=!0,ke(),Z(e,`focus`),t===0?y.value=h.value:t===1?y.value=_.value:t===2&&(y.value=f.value)}function Re(t){e.passivelyActivated&&(Me(t),Z(t,`blur`))}function ze(t){e.passivelyActivated&&(I.value=!0,je(t),Z(t,`focus`))}function Z(e,t){e.relatedTarget!==null&&(e.relatedTarget===h.value||e.relatedTarget===_.value||e.relatedTarget===f.value||e.relatedTarget===d.value)||(t===`focus`?(we(e),I.value=!0):t===`blur`&&(Ce(e),I.value=!1))}function Be(e,t){X(e,t,`change`)}function Ve(e){Ae(e)}function He(e){Te(e),Ue()}function Ue(){e.pair?(J([``,``],{source:`clear`}),Y([``,``],{source:`clear`})):(J(``,{source:`clear`}),Y(``,{source:`clear`}))}function We(t){let{onMousedown:n}=e;n&&n(t);let{tagName:r}=t.target;if(r!==`INPUT`&&r!==`TEXTAREA`){if(e.resizable){let{value:e}=d;if(e){let{left:n,top:r,width:i,height:a}=e.getBoundingClientRect();if(n+i-14<t.clientX&&t.clientX<n+i&&r+a-14<t.clientY&&t.clientY<r+a)return}}t.preventDefault(),I.value||Qe()}}function Ge(){R.value=!0,e.type===`textarea`&&x.value?.handleMouseEnterWrapper()}function Ke(){R.value=!1,e.type===`textarea`&&x.value?.handleMouseLeaveWrapper()}function qe(){M.value||K.value===`click`&&(q.value=!q.value)}function Je(e){if(M.value)return;e.preventDefault();let t=e=>{e.preventDefault(),F(`mouseup`,document,t)};if(N(`mouseup`,document,t),K.value!==`mousedown`)return;q.value=!0;let n=()=>{q.value=!1,F(`mouseup`,document,n)};N(`mouseup`,document,n)}function Ye(t){e.onKeyup&&l(e.onKeyup,t)}function Xe(t){switch(e.onKeydown&&l(e.onKeydown,t),t.key){case`Escape`:Q();break;case`Enter`:Ze(t)}}function Ze(t){if(e.passivelyActivated){let{value:n}=B;if(n){e.internalDeactivateOnEnter&&Q();return}t.preventDefault(),e.type===`textarea`?f.value?.focus():h.value?.focus()}}function Q(){e.passivelyActivated&&(B.value=!1,D(()=>{d.value?.focus()}))}function Qe(){M.value||(e.passivelyActivated?d.value?.focus():(f.value?.focus(),h.value?.focus()))}function $e(){d.value?.contains(document.activeElement)&&document.activeElement.blur()}function et(){f.value?.select(),h.value?.select()}function tt(){M.value||(f.value?f.value.focus():h.value&&h.value.focus())}function nt(){let{value:e}=d;e?.contains(document.activeElement)&&e!==document.activeElement&&Q()}function rt(t){if(e.type===`textarea`){let{value:e}=f;e?.scrollTo(t)}else{let{value:e}=h;e?.scrollTo(t)}}function $(t){let{type:n,pair:r,autosize:i}=e;if(!r&&i){if(n===`textarea`){let{value:e}=p;e&&(e.textContent=`${t??``}\r\n`)}else{let{value:e}=m;e&&(t?e.textContent=t:e.innerHTML=`&nbsp;`)}}}function it(){be()}let at=k({top:`0`});function ot(e){let{scrollTop:t}=e.target;at.value.top=`${-t}px`,x.value?.syncUnifiedContainer()}let st=null;v(()=>{let{autosize:t,type:n}=e;t&&n===`textarea`?st=g(E,e=>{!Array.isArray(e)&&e!==H&&$(e)}):st?.()});let ct=null;v(()=>{e.type===`textarea`?ct=g(E,e=>{!Array.isArray(e)&&e!==H&&x.value?.syncUnifiedContainer()}):ct?.()}),ce(V,{mergedValueRef:E,maxlengthRef:xe,mergedClsPrefixRef:r,countGraphemesRef:A(e,`countGraphemes`)});let lt={wrapperElRef:d,inputElRef:h,textareaElRef:f,isCompositing:z,clear:Ue,focus:Qe,blur:$e,select:et,deactivate:nt,activate:tt,scrollTo:rt},ut=ee(`Input`,o,r),dt=C(()=>{let{value:e}=j,{common:{cubicBezierEaseInOut:n},self:{color:r,colorHover:i,borderRadius:a,textColor:o,caretColor:s,caretColorError:c,caretColorWarning:l,textDecorationColor:d,border:ee,borderDisabled:te,borderHover:f,borderFocus:ne,placeholderColor:re,placeholderColorDisabled:ie,lineHeightTextarea:p,colorDisabled:m,colorFocus:ae,textColorDisabled:h,boxShadowFocus:g,iconSize:_,colorFocusWarning:oe,boxShadowFocusWarning:v,borderWarning:y,borderFocusWarning:b,borderHoverWarning:se,colorFocusError:x,boxShadowFocusError:S,borderError:C,borderFocusError:ce,borderHoverError:w,clearSize:T,clearColor:E,clearColorHover:D,clearColorPressed:O,iconColor:k,iconColorDisabled:A,suffixTextColor:M,countTextColor:N,countTextColorDisabled:P,iconColorHover:F,iconColorPressed:I,loadingColor:le,loadingColorError:L,loadingColorWarning:R,fontWeight:de,[t(`padding`,e)]:z,[t(`fontSize`,e)]:B,[t(`height`,e)]:V}}=u.value,{left:fe,right:pe}=ue(z);return{"--n-bezier":n,"--n-count-text-color":N,"--n-count-text-color-disabled":P,"--n-color":r,"--n-color-hover":i,"--n-font-size":B,"--n-font-weight":de,"--n-border-radius":a,"--n-height":V,"--n-padding-left":fe,"--n-padding-right":pe,"--n-text-color":o,"--n-caret-color":s,"--n-text-decoration-color":d,"--n-border":ee,"--n-border-disabled":te,"--n-border-hover":f,"--n-border-focus":ne,"--n-placeholder-color":re,"--n-placeholder-color-disabled":ie,"--n-icon-size":_,"--n-line-height-textarea":p,"--n-color-disabled":m,"--n-color-focus":ae,"--n-text-color-disabled":h,"--n-box-shadow-focus":g,"--n-loading-color":le,"--n-caret-color-warning":l,"--n-color-focus-warning":oe,"--n-box-shadow-focus-warning":v,"--n-border-warning":y,"--n-border-focus-warning":b,"--n-border-hover-warning":se,"--n-loading-color-warning":R,"--n-caret-color-error":c,"--n-color-focus-error":x,"--n-box-shadow-focus-error":S,"--n-border-error":C,"--n-border-focus-error":ce,"--n-border-hover-error":w,"--n-loading-color-error":L,"--n-clear-color":E,"--n-clear-size":T,"--n-clear-color-hover":D,"--n-clear-color-pressed":O,"--n-icon-color":k,"--n-icon-color-hover":F,"--n-icon-color-pressed":I,"--n-icon-color-disabled":A,"--n-suffix-text-color":M}}),ft=a?ie(`input`,C(()=>{let{value:e}=j;return e[0]}),dt,e):void 0;return{...lt,wrapperElRef:d,inputElRef:h,inputMirrorElRef:m,inputEl2Ref:_,textareaElRef:f,textareaMirrorElRef:p,textareaScrollbarInstRef:x,rtlEnabled:ut,uncontrolledValue:w,mergedValue:E,passwordVisible:q,mergedPlaceholder:W,showPlaceholder1:he,showPlaceholder2:ge,mergedFocus:G,isComposing:z,activated:B,showClearButton:_e,mergedSize:j,mergedDisabled:M,textDecorationStyle:ve,mergedClsPrefix:r,mergedBordered:i,mergedShowPasswordOn:K,placeholderStyle:at,mergedStatus:P,textAreaScrollContainerWidth:ye,handleTextAreaScroll:ot,handleCompositionStart:Ne,handleCompositionEnd:Pe,handleInput:X,handleInputBlur:Ie,handleInputFocus:Le,handleWrapperBlur:Re,handleWrapperFocus:ze,handleMouseEnter:Ge,handleMouseLeave:Ke,handleMouseDown:We,handleChange:Be,handleClick:Ve,handleClear:He,handlePasswordToggleClick:qe,handlePasswordToggleMousedown:Je,handleWrapperKeydown:Xe,handleWrapperKeyup:Ye,handleTextAreaMirrorResize:it,getTextareaScrollContainer:()=>f.value,mergedTheme:u,cssVars:a?void 0:dt,themeClass:ft?.themeClass,onRender:ft?.onRender}},render(){let{mergedClsPrefix:e,mergedStatus:t,themeClass:n,type:r,countGraphemes:i,onRender:a}=this,o=this.$slots;return a?.(),T(),b(`div`,{ref:`wrapperElRef`,class:c([`${e}-input`,`${e}-input--${this.mergedSize}-size`,n,t&&`${e}-input--${t}-status`,{[`${e}-input--rtl`]:this.rtlEnabled,[`${e}-input--disabled`]:this.mergedDisabled,[`${e}-input--textarea`]:r===`textarea`,[`${e}-input--resizable`]:this.resizable&&!this.autosize,[`${e}-input--autosize`]:this.autosize,[`${e}-input--round`]:this.round&&r!==`textarea`,[`${e}-input--pair`]:this.pair,[`${e}-input--focus`]:this.mergedFocus,[`${e}-input--stateful`]:this.stateful}]),style:x(this.cssVars),tabindex:!this.mergedDisabled&&this.passivelyActivated&&!this.activated?0:void 0,onFocus:this.handleWrapperFocus,onBlur:this.handleWrapperBlur,onClick:this.handleClick,onMousedown:this.handleMouseDown,onMouseenter:this.handleMouseEnter,onMouseleave:this.handleMouseLeave,onCompositionstart:this.handleCompositionStart,onCompositionend:this.handleCompositionEnd,onKeyup:this.handleWrapperKeyup,onKeydown:this.handleWrapperKeydown},[y(`div`,{class:c(`${e}-input-wrapper`)},[f(()=>p(o.prefix,t=>t&&(T(),b(`div`,{class:c(`${e}-input__prefix`)},[f(()=>t)],2)))),r===`textarea`?(T(),O(I,{key:0,ref:`textareaScrollbarInstRef`,class:c(`${e}-input__textarea`),container:this.getTextareaScrollContainer,theme:this.theme?.peers?.Scrollbar,themeOverrides:this.themeOverrides?.peers?.Scrollbar,triggerDisplayManually:!0,useUnifiedContainer:!0,internalHoistYRail:!0},{default:()=>{let{textAreaScrollContainerWidth:t}=this,n={width:this.autosize&&t&&`${t}px`};return T(),b(E,null,[y(`textarea`,S(this.inputProps,{ref:`textareaElRef`,class:[`${e}-input__textarea-el`,this.inputProps?.class],autofocus:this.autofocus,rows:Number(this.rows),placeholder:this.placeholder,value:this.mergedValue,disabled:this.mergedDisabled,maxlength:i?void 0:this.maxlength,minlength:i?void 0:this.minlength,readonly:this.readonly,tabindex:this.passivelyActivated&&!this.activated?-1:void 0,style:[this.textDecorationStyle[0],this.inputProps?.style,n],onBlur:this.handleInputBlur,onFocus:e=>{this.handleInputFocus(e,2)},onInput:this.handleInput,onChange:this.handleChange,onScroll:this.handleTextAreaScroll}),null,16,he),this.showPlaceholder1?(T(),b(`div`,{class:c(`${e}-input__placeholder`),style:x([this.placeholderStyle,n]),key:`placeholder`},[f(()=>this.mergedPlaceholder[0])],6)):f(()=>null),this.autosize?(T(),O(P,{key:2,onResize:this.handleTextAreaMirrorResize},{default:()=>(T(),b(`div`,{ref:`textareaMirrorElRef`,class:c(`${e}-input__textarea-mirror`),key:`mirror`},null,2))},1032,[`onResize`])):f(()=>null)],64)}},1032,[`class`,`container`,`theme`,`themeOverrides`])):(T(),b(`div`,{key:1,class:c(`${e}-input__input`)},[y(`input`,S({type:r===`password`&&this.mergedShowPasswordOn&&this.passwordVisible?`text`:r},this.inputProps,{ref:`inputElRef`,class:[`${e}-input__input-el`,this.inputProps?.class],style:[this.textDecorationStyle[0],this.inputProps?.style],tabindex:this.passivelyActivated&&!this.activated?-1:this.inputProps?.tabindex,placeholder:this.mergedPlaceholder[0],disabled:this.mergedDisabled,maxlength:i?void 0:this.maxlength,minlength:i?void 0:this.minlength,value:Array.isArray(this.mergedValue)?this.mergedValue[0]:this.mergedValue,readonly:this.readonly,autofocus:this.autofocus,size:this.attrSize,onBlur:this.handleInputBlur,onFocus:e=>{this.handleInputFocus(e,0)},onInput:e=>{this.handleInput(e,0)},onChange:e=>{this.handleChange(e,0)}}),null,16,ge),this.showPlaceholder1?(T(),b(`div`,{key:0,class:c(`${e}-input__placeholder`)},[y(`span`,null,[f(()=>this.mergedPlaceholder[0])])],2)):f(()=>null),this.autosize?(T(),b(`div`,{class:c(`${e}-input__input-mirror`),key:`mirror`,ref:`inputMirrorElRef`},`\xA0`,2)):f(()=>null)],2)),f(()=>!this.pair&&p(o.suffix,t=>t||this.clearable||this.showCount||this.mergedShowPasswordOn||this.loading!==void 0?(T(),b(`div`,{key:1,class:c(`${e}-input__suffix`)},[f(()=>[p(o[`clear-icon-placeholder`],t=>(this.clearable||t)&&(T(),O(j,{clsPrefix:e,show:this.showClearButton,onClear:this.handleClear},{placeholder:()=>t,icon:()=>this.$slots[`clear-icon`]?.()},1032,[`clsPrefix`,`show`,`onClear`]))),this.internalLoadingBeforeSuffix?null:t,this.loading===void 0?null:(T(),O(M,{key:2,clsPrefix:e,loading:this.loading,showArrow:!1,showClear:!1,style:x(this.cssVars)},null,8,[`clsPrefix`,`loading`,`style`])),this.internalLoadingBeforeSuffix?t:null,this.showCount&&this.type!==`textarea`?(T(),O(W,{key:3},{default:e=>{let{renderCount:t}=this;return t?t(e):o.count?.(e)}},1024)):null,this.mergedShowPasswordOn&&this.type===`password`?(T(),b(`div`,{key:4,class:c(`${e}-input__eye`),onMousedown:this.handlePasswordToggleMousedown,onClick:this.handlePasswordToggleClick},[this.passwordVisible?(T(),b(E,{key:0},[f(()=>m(o[`password-visible-icon`],()=>[(T(),O(h,{clsPrefix:e},{default:()=>(T(),O(z))},1032,[`clsPrefix`]))]))],64)):(T(),b(E,{key:1},[f(()=>m(o[`password-invisible-icon`],()=>[(T(),O(h,{clsPrefix:e},{default:()=>(T(),O(B))},1032,[`clsPrefix`]))]))],64))],42,G)):null])],2)):null))],2),this.pair?(T(),b(`span`,{key:0,class:c(`${e}-input__separator`)},[f(()=>m(o.separator,()=>[this.separator]))],2)):f(()=>null),this.pair?(T(),b(`div`,{key:2,class:c(`${e}-input-wrapper`)},[y(`div`,{class:c(`${e}-input__input`)},[y(`input`,{ref:`inputEl2Ref`,type:this.type,class:c(`${e}-input__input-el`),tabindex:this.passivelyActivated&&!this.activated?-1:void 0,placeholder:this.mergedPlaceholder[1],disabled:this.mergedDisabled,maxlength:i?void 0:this.maxlength,minlength:i?void 0:this.minlength,value:Array.isArray(this.mergedValue)?this.mergedValue[1]:void 0,readonly:this.readonly,style:x(this.textDecorationStyle[1]),onBlur:this.handleInputBlur,onFocus:e=>{this.handleInputFocus(e,1)},onInput:e=>{this.handleInput(e,1)},onChange:e=>{this.handleChange(e,1)}},null,46,_e),this.showPlaceholder2?(T(),b(`div`,{key:0,class:c(`${e}-input__placeholder`)},[y(`span`,null,[f(()=>this.mergedPlaceholder[1])])],2)):f(()=>null)],2),f(()=>p(o.suffix,t=>(this.clearable||t)&&(T(),b(`div`,{class:c(`${e}-input__suffix`)},[f(()=>[this.clearable&&(T(),O(j,{clsPrefix:e,show:this.showClearButton,onClear:this.handleClear},{icon:()=>o[`clear-icon`]?.(),placeholder:()=>o[`clear-icon-placeholder`]?.()},1032,[`clsPrefix`,`show`,`onClear`])),t])],2))))],2)):f(()=>null),this.mergedBordered?(T(),b(`div`,{key:4,class:c(`${e}-input__border`)},null,2)):f(()=>null),this.mergedBordered?(T(),b(`div`,{key:6,class:c(`${e}-input__state-border`)},null,2)):f(()=>null),this.showCount&&r===`textarea`?(T(),O(W,{key:8},{default:e=>{let{renderCount:t}=this;return t?t(e):o.count?.(e)}},1024)):f(()=>null)],46,K)}});export{ve as t};