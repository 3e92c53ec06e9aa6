import{a as e,p as t}from"./index-COGwirTc.js";import{E as n,S as r,T as i,d as a,g as o,j as s,k as c,p as l,u,w as d,x as f}from"./Button-vz-g20Dt.js";import{_ as p,f as m,g as h,h as g,i as _,l as v,p as y,u as b}from"./light-Cq8CYraa.js";import{t as x}from"./light-BLuBHI9a.js";import{D as S,J as C,_ as w,b as T,er as E,g as D,gt as O,k,mt as A,o as j,v as M,vn as N,wn as P}from"./runtime-core.esm-bundler-wlpNGAAZ.js";import{n as F}from"./Close-KhaQZo73.js";import{c as I}from"./Scrollbar-BnguPqn3.js";import{t as L}from"./use-merged-state-DU_o7nHw.js";var R=()=>(()=>{let e=i(`75be776d8875fa17`);return e[0]||=w(`svg`,{viewBox:`0 0 64 64`,class:`check-icon`},[w(`path`,{d:`M50.42,16.76L22.34,39.45l-8.1-11.46c-1.12-1.58-3.3-1.96-4.88-0.84c-1.58,1.12-1.95,3.3-0.84,4.88l10.26,14.51  c0.56,0.79,1.42,1.31,2.38,1.45c0.16,0.02,0.32,0.03,0.48,0.03c0.8,0,1.57-0.27,2.2-0.78l30.99-25.03c1.5-1.21,1.74-3.42,0.52-4.92  C54.13,15.78,51.93,15.55,50.42,16.76z`})],-1)})(),z=()=>(()=>{let e=i(`c6eed899356c8404`);return e[0]||=w(`svg`,{viewBox:`0 0 100 100`,class:`line-icon`},[w(`path`,{d:`M80.2,55.5H21.4c-2.8,0-5.1-2.5-5.1-5.5l0,0c0-3,2.3-5.5,5.1-5.5h58.7c2.8,0,5.1,2.5,5.1,5.5l0,0C85.2,53.1,82.9,55.5,80.2,55.5z`})],-1)})(),B=v([b(`checkbox`,`
 font-size: var(--n-font-size);
 outline: none;
 cursor: pointer;
 display: inline-flex;
 flex-wrap: nowrap;
 align-items: flex-start;
 word-break: break-word;
 line-height: var(--n-size);
 --n-merged-color-table: var(--n-color-table);
 `,[y(`show-label`,`line-height: var(--n-label-line-height);`),v(`&:hover`,[b(`checkbox-box`,[m(`border`,`border: var(--n-border-checked);`)])]),v(`&:focus:not(:active)`,[b(`checkbox-box`,[m(`border`,`
 border: var(--n-border-focus);
 box-shadow: var(--n-box-shadow-focus);
 `)])]),y(`inside-table`,[b(`checkbox-box`,`
 background-color: var(--n-merged-color-table);
 `)]),y(`checked`,[b(`checkbox-box`,`
 background-color: var(--n-color-checked);
 `,[b(`checkbox-icon`,[v(`.check-icon`,`
 opacity: 1;
 transform: scale(1);
 `)])])]),y(`indeterminate`,[b(`checkbox-box`,[b(`checkbox-icon`,[v(`.check-icon`,`
 opacity: 0;
 transform: scale(.5);
 `),v(`.line-icon`,`
 opacity: 1;
 transform: scale(1);
 `)])])]),y(`checked, indeterminate`,[v(`&:focus:not(:active)`,[b(`checkbox-box`,[m(`border`,`
 border: var(--n-border-checked);
 box-shadow: var(--n-box-shadow-focus);
 `)])]),b(`checkbox-box`,`
 background-color: var(--n-color-checked);
 border-left: 0;
 border-top: 0;
 `,[m(`border`,{border:`var(--n-border-checked)`})])]),y(`disabled`,{cursor:`not-allowed`},[y(`checked`,[b(`checkbox-box`,`
 background-color: var(--n-color-disabled-checked);
 `,[m(`border`,{border:`var(--n-border-disabled-checked)`}),b(`checkbox-icon`,[v(`.check-icon, .line-icon`,{fill:`var(--n-check-mark-color-disabled-checked)`})])])]),b(`checkbox-box`,`
 background-color: var(--n-color-disabled);
 `,[m(`border`,`
 border: var(--n-border-disabled);
 `),b(`checkbox-icon`,[v(`.check-icon, .line-icon`,`
 fill: var(--n-check-mark-color-disabled);
 `)])]),m(`label`,`
 color: var(--n-text-color-disabled);
 `)]),b(`checkbox-box-wrapper`,`
 position: relative;
 width: var(--n-size);
 flex-shrink: 0;
 flex-grow: 0;
 user-select: none;
 -webkit-user-select: none;
 `),b(`checkbox-box`,`
 position: absolute;
 left: 0;
 top: 50%;
 transform: translateY(-50%);
 height: var(--n-size);
 width: var(--n-size);
 display: inline-block;
 box-sizing: border-box;
 border-radius: var(--n-border-radius);
 background-color: var(--n-color);
 transition: background-color 0.3s var(--n-bezier);
 `,[m(`border`,`
 transition:
 border-color .3s var(--n-bezier),
 box-shadow .3s var(--n-bezier);
 border-radius: inherit;
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 border: var(--n-border);
 `),b(`checkbox-icon`,`
 display: flex;
 align-items: center;
 justify-content: center;
 position: absolute;
 left: 1px;
 right: 1px;
 top: 1px;
 bottom: 1px;
 `,[v(`.check-icon, .line-icon`,`
 width: 100%;
 fill: var(--n-check-mark-color);
 opacity: 0;
 transform: scale(0.5);
 transform-origin: center;
 transition:
 fill 0.3s var(--n-bezier),
 transform 0.3s var(--n-bezier),
 opacity 0.3s var(--n-bezier),
 border-color 0.3s var(--n-bezier);
 `),u({left:`1px`,top:`1px`})])]),m(`label`,`
 color: var(--n-text-color);
 transition: color .3s var(--n-bezier);
 user-select: none;
 -webkit-user-select: none;
 padding: var(--n-label-padding);
 font-weight: var(--n-label-font-weight);
 `,[v(`&:empty`,{display:`none`})])]),h(b(`checkbox`,`
 --n-merged-color-table: var(--n-color-table-modal);
 `)),p(b(`checkbox`,`
 --n-merged-color-table: var(--n-color-table-popover);
 `))]),V=[`id`],H=[`tabindex`,`aria-checked`,`aria-labelledby`,`onKeyup`,`onKeydown`,`onClick`],U={..._.props,size:String,checked:{type:[Boolean,String,Number],default:void 0},defaultChecked:{type:[Boolean,String,Number],default:!1},value:[String,Number],disabled:{type:Boolean,default:void 0},indeterminate:Boolean,label:String,focusable:{type:Boolean,default:!0},checkedValue:{type:[Boolean,String,Number],default:!0},uncheckedValue:{type:[Boolean,String,Number],default:!1},"onUpdate:checked":[Function,Array],onUpdateChecked:[Function,Array],privateInsideTable:Boolean,onChange:[Function,Array]},W=k({name:`Checkbox`,props:U,setup(t){let n=C(G,null),i=N(null),{mergedClsPrefixRef:a,inlineThemeDisabled:c,mergedRtlRef:u,mergedComponentPropsRef:f}=s(t),p=N(t.defaultChecked),m=P(t,`checked`),h=L(m,p),v=e(()=>{if(n){let e=n.valueSetRef.value;return e&&t.value!==void 0?e.has(t.value):!1}return h.value===t.checkedValue}),y=l(t,{mergedSize(e){let{size:r}=t;if(r!==void 0)return r;if(n){let{value:e}=n.mergedSizeRef;if(e!==void 0)return e}if(e){let{mergedSize:t}=e;if(t!==void 0)return t.value}return f?.value?.Checkbox?.size||`medium`},mergedDisabled(e){let{disabled:r}=t;if(r!==void 0)return r;if(n){if(n.disabledRef.value)return!0;let{maxRef:{value:e},checkedCountRef:t}=n;if(e!==void 0&&t.value>=e&&!v.value)return!0;let{minRef:{value:r}}=n;if(r!==void 0&&t.value<=r&&v.value)return!0}return e?e.disabled.value:!1}}),{mergedDisabledRef:b,mergedSizeRef:S}=y,w=_(`Checkbox`,`-checkbox`,B,x,t,a);function T(e){if(n&&t.value!==void 0)n.toggleCheckbox(!v.value,t.value);else{let{onChange:n,"onUpdate:checked":i,onUpdateChecked:a}=t,{nTriggerFormInput:o,nTriggerFormChange:s}=y,c=v.value?t.uncheckedValue:t.checkedValue;i&&r(i,c,e),a&&r(a,c,e),n&&r(n,c,e),o(),s(),p.value=c}}function E(e){b.value||T(e)}function O(e){if(!b.value)switch(e.key){case` `:case`Enter`:T(e)}}function k(e){e.key===` `&&e.preventDefault()}let A={focus:()=>{i.value?.focus()},blur:()=>{i.value?.blur()}},j=o(`Checkbox`,u,a),M=D(()=>{let{value:e}=S,{common:{cubicBezierEaseInOut:t},self:{borderRadius:n,color:r,colorChecked:i,colorDisabled:a,colorTableHeader:o,colorTableHeaderModal:s,colorTableHeaderPopover:c,checkMarkColor:l,checkMarkColorDisabled:u,border:d,borderFocus:f,borderDisabled:p,borderChecked:m,boxShadowFocus:h,textColor:_,textColorDisabled:v,checkMarkColorDisabledChecked:y,colorDisabledChecked:b,borderDisabledChecked:x,labelPadding:C,labelLineHeight:T,labelFontWeight:E,[g(`fontSize`,e)]:D,[g(`size`,e)]:O}}=w.value;return{"--n-label-line-height":T,"--n-label-font-weight":E,"--n-size":O,"--n-bezier":t,"--n-border-radius":n,"--n-border":d,"--n-border-checked":m,"--n-border-focus":f,"--n-border-disabled":p,"--n-border-disabled-checked":x,"--n-box-shadow-focus":h,"--n-color":r,"--n-color-checked":i,"--n-color-table":o,"--n-color-table-modal":s,"--n-color-table-popover":c,"--n-color-disabled":a,"--n-color-disabled-checked":b,"--n-text-color":_,"--n-text-color-disabled":v,"--n-check-mark-color":l,"--n-check-mark-color-disabled":u,"--n-check-mark-color-disabled-checked":y,"--n-font-size":D,"--n-label-padding":C}}),I=c?d(`checkbox`,D(()=>S.value[0]),M,t):void 0;return Object.assign(y,A,{rtlEnabled:j,selfRef:i,mergedClsPrefix:a,mergedDisabled:b,renderedChecked:v,mergedTheme:w,labelId:F(),handleClick:E,handleKeyUp:O,handleKeyDown:k,cssVars:c?void 0:M,themeClass:I?.themeClass,onRender:I?.onRender})},render(){let{$slots:e,renderedChecked:t,mergedDisabled:r,indeterminate:o,privateInsideTable:s,cssVars:l,labelId:u,label:d,mergedClsPrefix:p,focusable:m,handleKeyUp:h,handleKeyDown:g,handleClick:_}=this;this.onRender?.();let v=f(e.default,e=>d||e?(A(),T(`span`,{key:1,class:n(`${p}-checkbox__label`),id:u},[c(()=>d||e)],10,V)):null);return(()=>{let e=i(`70be6e74cd27cb50`);return A(),T(`div`,{ref:`selfRef`,class:n([`${p}-checkbox`,this.themeClass,this.rtlEnabled&&`${p}-checkbox--rtl`,t&&`${p}-checkbox--checked`,r&&`${p}-checkbox--disabled`,o&&`${p}-checkbox--indeterminate`,s&&`${p}-checkbox--inside-table`,v&&`${p}-checkbox--show-label`]),tabindex:r||!m?void 0:0,role:`checkbox`,"aria-checked":o?`mixed`:t,"aria-labelledby":u,style:E(l),onKeyup:h,onKeydown:g,onClick:_,onMousedown:e[0]||=()=>{I(`selectstart`,window,e=>{e.preventDefault()},{once:!0})}},[w(`div`,{class:n(`${p}-checkbox-box-wrapper`)},[e[1]||=c(`\xA0`,-1),w(`div`,{class:n(`${p}-checkbox-box`)},[S(a,null,{default:()=>this.indeterminate?(A(),T(`div`,{key:`indeterminate`,class:n(`${p}-checkbox-icon`)},[c(()=>z())],2)):(A(),T(`div`,{key:`check`,class:n(`${p}-checkbox-icon`)},[c(()=>R())],2))},1024),w(`div`,{class:n(`${p}-checkbox-box__border`)},null,2)],2)],2),c(()=>v)],46,H)})()}}),G=t(`n-checkbox-group`),K=k({name:`CheckboxGroup`,props:{min:Number,max:Number,size:String,options:Array,labelField:{type:String,default:`label`},valueField:{type:String,default:`value`},value:Array,defaultValue:{type:Array,default:null},disabled:{type:Boolean,default:void 0},"onUpdate:value":[Function,Array],onUpdateValue:[Function,Array],onChange:[Function,Array]},setup(e){let{mergedClsPrefixRef:t}=s(e),n=l(e),{mergedSizeRef:i,mergedDisabledRef:a}=n,o=N(e.defaultValue),c=D(()=>e.value),u=L(c,o),d=D(()=>u.value?.length||0),f=D(()=>Array.isArray(u.value)?new Set(u.value):new Set);function p(t,i){let{nTriggerFormInput:a,nTriggerFormChange:s}=n,{onChange:c,"onUpdate:value":l,onUpdateValue:d}=e;if(Array.isArray(u.value)){let e=Array.from(u.value),n=e.findIndex(e=>e===i);t?~n||(e.push(i),d&&r(d,e,{actionType:`check`,value:i}),l&&r(l,e,{actionType:`check`,value:i}),a(),s(),o.value=e,c&&r(c,e)):~n&&(e.splice(n,1),d&&r(d,e,{actionType:`uncheck`,value:i}),l&&r(l,e,{actionType:`uncheck`,value:i}),c&&r(c,e),o.value=e,a(),s())}else t?(d&&r(d,[i],{actionType:`check`,value:i}),l&&r(l,[i],{actionType:`check`,value:i}),c&&r(c,[i]),o.value=[i],a(),s()):(d&&r(d,[],{actionType:`uncheck`,value:i}),l&&r(l,[],{actionType:`uncheck`,value:i}),c&&r(c,[]),o.value=[],a(),s())}return O(G,{checkedCountRef:d,maxRef:P(e,`max`),minRef:P(e,`min`),valueSetRef:f,disabledRef:a,mergedSizeRef:i,toggleCheckbox:p}),{mergedClsPrefix:t}},render(){let{options:e,labelField:t,valueField:r}=this.$props;return A(),T(`div`,{class:n(`${this.mergedClsPrefix}-checkbox-group`),role:`group`},[e?(A(),T(j,{key:0},[c(()=>e.map(e=>{let n=e[r];return A(),M(W,{key:n,value:n,disabled:e.disabled,label:e[t]},null,8,[`value`,`disabled`,`label`])}))],64)):(A(),T(j,{key:1},[c(()=>this.$slots.default?.())],64))],2)}});export{W as n,K as t};