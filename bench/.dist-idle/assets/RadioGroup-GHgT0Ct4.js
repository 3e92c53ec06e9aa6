import{J as e,_ as t,b as n,er as r,g as i,gt as a,k as o,mt as s,v as c,vn as l,wn as u}from"./runtime-core.esm-bundler-wlpNGAAZ.js";import{f as d,h as f,i as p,l as m,m as h,p as g,u as _}from"./light-Cq8CYraa.js";import{E as v,S as y,T as b,g as x,j as S,k as C,p as w,w as T,x as E}from"./Button-vz-g20Dt.js";import{t as D}from"./use-merged-state-DU_o7nHw.js";import{t as O}from"./flatten-B8vdoof0.js";import{t as k}from"./light-BkQyF2Yj.js";import{t as A}from"./get-slot-6kXJmSMP.js";import{a as j,p as M}from"./index-COGwirTc.js";var N=_(`radio`,`
 line-height: var(--n-label-line-height);
 outline: none;
 position: relative;
 user-select: none;
 -webkit-user-select: none;
 display: inline-flex;
 align-items: flex-start;
 flex-wrap: nowrap;
 font-size: var(--n-font-size);
 word-break: break-word;
`,[g(`checked`,[d(`dot`,`
 background-color: var(--n-color-active);
 `)]),d(`dot-wrapper`,`
 position: relative;
 flex-shrink: 0;
 flex-grow: 0;
 width: var(--n-radio-size);
 `),_(`radio-input`,`
 position: absolute;
 border: 0;
 width: 0;
 height: 0;
 opacity: 0;
 margin: 0;
 `),d(`dot`,`
 position: absolute;
 top: 50%;
 left: 0;
 transform: translateY(-50%);
 height: var(--n-radio-size);
 width: var(--n-radio-size);
 background: var(--n-color);
 box-shadow: var(--n-box-shadow);
 border-radius: 50%;
 transition:
 background-color .3s var(--n-bezier),
 box-shadow .3s var(--n-bezier);
 `,[m(`&::before`,`
 content: "";
 opacity: 0;
 position: absolute;
 left: 4px;
 top: 4px;
 height: calc(100% - 8px);
 width: calc(100% - 8px);
 border-radius: 50%;
 transform: scale(.8);
 background: var(--n-dot-color-active);
 transition: 
 opacity .3s var(--n-bezier),
 background-color .3s var(--n-bezier),
 transform .3s var(--n-bezier);
 `),g(`checked`,{boxShadow:`var(--n-box-shadow-active)`},[m(`&::before`,`
 opacity: 1;
 transform: scale(1);
 `)])]),d(`label`,`
 color: var(--n-text-color);
 padding: var(--n-label-padding);
 font-weight: var(--n-label-font-weight);
 display: inline-block;
 transition: color .3s var(--n-bezier);
 `),h(`disabled`,`
 cursor: pointer;
 `,[m(`&:hover`,[d(`dot`,{boxShadow:`var(--n-box-shadow-hover)`})]),g(`focus`,[m(`&:not(:active)`,[d(`dot`,{boxShadow:`var(--n-box-shadow-focus)`})])])]),g(`disabled`,`
 cursor: not-allowed;
 `,[d(`dot`,{boxShadow:`var(--n-box-shadow-disabled)`,backgroundColor:`var(--n-color-disabled)`},[m(`&::before`,{backgroundColor:`var(--n-dot-color-disabled)`}),g(`checked`,`
 opacity: 1;
 `)]),d(`label`,{color:`var(--n-text-color-disabled)`}),_(`radio-input`,`
 cursor: not-allowed;
 `)])]),P={name:String,value:{type:[String,Number,Boolean],default:`on`},checked:{type:Boolean,default:void 0},defaultChecked:Boolean,disabled:{type:Boolean,default:void 0},label:String,size:String,onUpdateChecked:[Function,Array],"onUpdate:checked":[Function,Array],checkedValue:{type:Boolean,default:void 0}},F=M(`n-radio-group`);function I(t){let n=e(F,null),{mergedClsPrefixRef:r,mergedComponentPropsRef:i}=S(t),a=w(t,{mergedSize(e){let{size:r}=t;if(r!==void 0)return r;if(n){let{mergedSizeRef:{value:e}}=n;if(e!==void 0)return e}return e?e.mergedSize.value:i?.value?.Radio?.size||`medium`},mergedDisabled(e){return!!(t.disabled||n?.disabledRef.value||e?.disabled.value)}}),{mergedSizeRef:o,mergedDisabledRef:s}=a,c=l(null),d=l(null),f=l(t.defaultChecked),p=u(t,`checked`),m=D(p,f),h=j(()=>n?n.valueRef.value===t.value:m.value),g=j(()=>{let{name:e}=t;if(e!==void 0)return e;if(n)return n.nameRef.value}),_=l(!1);function v(){if(n){let{doUpdateValue:e}=n,{value:r}=t;y(e,r)}else{let{onUpdateChecked:e,"onUpdate:checked":n}=t,{nTriggerFormInput:r,nTriggerFormChange:i}=a;e&&y(e,!0),n&&y(n,!0),r(),i(),f.value=!0}}function b(){s.value||h.value||v()}function x(){b(),c.value&&(c.value.checked=h.value)}function C(){_.value=!1}function T(){_.value=!0}return{mergedClsPrefix:n?n.mergedClsPrefixRef:r,inputRef:c,labelRef:d,mergedName:g,mergedDisabled:s,renderSafeChecked:h,focus:_,mergedSize:o,handleRadioInputChange:x,handleRadioInputBlur:C,handleRadioInputFocus:T}}var L=[`value`,`name`,`checked`,`disabled`,`onChange`,`onFocus`,`onBlur`],R={...p.props,...P},z=o({name:`Radio`,props:R,setup(e){let t=I(e),n=p(`Radio`,`-radio`,N,k,e,t.mergedClsPrefix),r=i(()=>{let{mergedSize:{value:e}}=t,{common:{cubicBezierEaseInOut:r},self:{boxShadow:i,boxShadowActive:a,boxShadowDisabled:o,boxShadowFocus:s,boxShadowHover:c,color:l,colorDisabled:u,colorActive:d,textColor:p,textColorDisabled:m,dotColorActive:h,dotColorDisabled:g,labelPadding:_,labelLineHeight:v,labelFontWeight:y,[f(`fontSize`,e)]:b,[f(`radioSize`,e)]:x}}=n.value;return{"--n-bezier":r,"--n-label-line-height":v,"--n-label-font-weight":y,"--n-box-shadow":i,"--n-box-shadow-active":a,"--n-box-shadow-disabled":o,"--n-box-shadow-focus":s,"--n-box-shadow-hover":c,"--n-color":l,"--n-color-active":d,"--n-color-disabled":u,"--n-dot-color-active":h,"--n-dot-color-disabled":g,"--n-font-size":b,"--n-radio-size":x,"--n-text-color":p,"--n-text-color-disabled":m,"--n-label-padding":_}}),{inlineThemeDisabled:a,mergedClsPrefixRef:o,mergedRtlRef:s}=S(e),c=x(`Radio`,s,o),l=a?T(`radio`,i(()=>t.mergedSize.value[0]),r,e):void 0;return Object.assign(t,{rtlEnabled:c,cssVars:a?void 0:r,themeClass:l?.themeClass,onRender:l?.onRender})},render(){let{$slots:e,mergedClsPrefix:i,onRender:a,label:o}=this;return a?.(),(()=>{let a=b(`f8c6901d8cd45c02`);return s(),n(`label`,{class:v([`${i}-radio`,this.themeClass,this.rtlEnabled&&`${i}-radio--rtl`,this.mergedDisabled&&`${i}-radio--disabled`,this.renderSafeChecked&&`${i}-radio--checked`,this.focus&&`${i}-radio--focus`]),style:r(this.cssVars)},[t(`div`,{class:v(`${i}-radio__dot-wrapper`)},[a[0]||=C(`\xA0`,-1),t(`div`,{class:v([`${i}-radio__dot`,this.renderSafeChecked&&`${i}-radio__dot--checked`])},null,2),t(`input`,{ref:`inputRef`,type:`radio`,class:v(`${i}-radio-input`),value:this.value,name:this.mergedName,checked:this.renderSafeChecked,disabled:this.mergedDisabled,onChange:this.handleRadioInputChange,onFocus:this.handleRadioInputFocus,onBlur:this.handleRadioInputBlur},null,42,L)],2),C(()=>E(e.default,e=>!e&&!o?null:(s(),n(`div`,{ref:`labelRef`,class:v(`${i}-radio__label`)},[C(()=>e||o)],2))))],6)})()}}),B=[`value`,`name`,`checked`,`disabled`,`onChange`,`onFocus`,`onBlur`],V=o({name:`RadioButton`,props:P,setup:I,render(){let{mergedClsPrefix:e}=this;return s(),n(`label`,{class:v([`${e}-radio-button`,this.mergedDisabled&&`${e}-radio-button--disabled`,this.renderSafeChecked&&`${e}-radio-button--checked`,this.focus&&[`${e}-radio-button--focus`]])},[t(`input`,{ref:`inputRef`,type:`radio`,class:v(`${e}-radio-input`),value:this.value,name:this.mergedName,checked:this.renderSafeChecked,disabled:this.mergedDisabled,onChange:this.handleRadioInputChange,onFocus:this.handleRadioInputFocus,onBlur:this.handleRadioInputBlur},null,42,B),t(`div`,{class:v(`${e}-radio-button__state-border`)},null,2),C(()=>E(this.$slots.default,t=>!t&&!this.label?null:(s(),n(`div`,{ref:`labelRef`,class:v(`${e}-radio__label`)},[C(()=>t||this.label)],2))))],2)}}),H=_(`radio-group`,`
 display: inline-block;
 font-size: var(--n-font-size);
`,[d(`splitor`,`
 display: inline-block;
 vertical-align: bottom;
 width: 1px;
 transition:
 background-color .3s var(--n-bezier),
 opacity .3s var(--n-bezier);
 background: var(--n-button-border-color);
 `,[g(`checked`,{backgroundColor:`var(--n-button-border-color-active)`}),g(`disabled`,{opacity:`var(--n-opacity-disabled)`})]),g(`button-group`,`
 white-space: nowrap;
 height: var(--n-height);
 line-height: var(--n-height);
 `,[_(`radio-button`,{height:`var(--n-height)`,lineHeight:`var(--n-height)`}),d(`splitor`,{height:`var(--n-height)`})]),_(`radio-button`,`
 vertical-align: bottom;
 outline: none;
 position: relative;
 user-select: none;
 -webkit-user-select: none;
 display: inline-block;
 box-sizing: border-box;
 padding-left: 14px;
 padding-right: 14px;
 white-space: nowrap;
 transition:
 background-color .3s var(--n-bezier),
 opacity .3s var(--n-bezier),
 border-color .3s var(--n-bezier),
 color .3s var(--n-bezier);
 background: var(--n-button-color);
 color: var(--n-button-text-color);
 border-top: 1px solid var(--n-button-border-color);
 border-bottom: 1px solid var(--n-button-border-color);
 `,[_(`radio-input`,`
 pointer-events: none;
 position: absolute;
 border: 0;
 border-radius: inherit;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 opacity: 0;
 z-index: 1;
 `),d(`state-border`,`
 z-index: 1;
 pointer-events: none;
 position: absolute;
 box-shadow: var(--n-button-box-shadow);
 transition: box-shadow .3s var(--n-bezier);
 left: -1px;
 bottom: -1px;
 right: -1px;
 top: -1px;
 `),m(`&:first-child`,`
 border-top-left-radius: var(--n-button-border-radius);
 border-bottom-left-radius: var(--n-button-border-radius);
 border-left: 1px solid var(--n-button-border-color);
 `,[d(`state-border`,`
 border-top-left-radius: var(--n-button-border-radius);
 border-bottom-left-radius: var(--n-button-border-radius);
 `)]),m(`&:last-child`,`
 border-top-right-radius: var(--n-button-border-radius);
 border-bottom-right-radius: var(--n-button-border-radius);
 border-right: 1px solid var(--n-button-border-color);
 `,[d(`state-border`,`
 border-top-right-radius: var(--n-button-border-radius);
 border-bottom-right-radius: var(--n-button-border-radius);
 `)]),h(`disabled`,`
 cursor: pointer;
 `,[m(`&:hover`,[d(`state-border`,`
 transition: box-shadow .3s var(--n-bezier);
 box-shadow: var(--n-button-box-shadow-hover);
 `),h(`checked`,{color:`var(--n-button-text-color-hover)`})]),g(`focus`,[m(`&:not(:active)`,[d(`state-border`,{boxShadow:`var(--n-button-box-shadow-focus)`})])])]),g(`checked`,`
 background: var(--n-button-color-active);
 color: var(--n-button-text-color-active);
 border-color: var(--n-button-border-color-active);
 `),g(`disabled`,`
 cursor: not-allowed;
 opacity: var(--n-opacity-disabled);
 `)])]),U=[`onFocusin`,`onFocusout`];function W(e,t,r){let i=[],a=!1;for(let o=0;o<e.length;++o){let c=e[o],l=c.type?.name;l===`RadioButton`&&(a=!0);let u=c.props;if(l!==`RadioButton`)i.push(c);else if(o===0)i.push(c);else{let e=i[i.length-1].props,a=t===e.value,o=e.disabled,l=t===u.value,d=u.disabled,f=(a?2:0)+ +!o,p=(l?2:0)+ +!d,m={[`${r}-radio-group__splitor--disabled`]:o,[`${r}-radio-group__splitor--checked`]:a},h={[`${r}-radio-group__splitor--disabled`]:d,[`${r}-radio-group__splitor--checked`]:l},g=f<p?h:m;i.push((s(),n(`div`,{key:1,class:v([`${r}-radio-group__splitor`,g])},null,2)),c)}}return{children:i,isButtonGroup:a}}var G={...p.props,name:String,options:Array,labelField:{type:String,default:`label`},valueField:{type:String,default:`value`},value:[String,Number,Boolean],defaultValue:{type:[String,Number,Boolean],default:null},size:String,disabled:{type:Boolean,default:void 0},"onUpdate:value":[Function,Array],onUpdateValue:[Function,Array]},K=o({name:`RadioGroup`,props:G,setup(e){let t=l(null),{mergedSizeRef:n,mergedDisabledRef:r,nTriggerFormChange:o,nTriggerFormInput:s,nTriggerFormBlur:c,nTriggerFormFocus:d}=w(e),{mergedClsPrefixRef:m,inlineThemeDisabled:h,mergedRtlRef:g}=S(e),_=p(`Radio`,`-radio-group`,H,k,e,m),v=l(e.defaultValue),b=u(e,`value`),C=D(b,v);function E(t){let{onUpdateValue:n,"onUpdate:value":r}=e;n&&y(n,t),r&&y(r,t),v.value=t,o(),s()}function O(e){let{value:n}=t;n&&(n.contains(e.relatedTarget)||d())}function A(e){let{value:n}=t;n&&(n.contains(e.relatedTarget)||c())}a(F,{mergedClsPrefixRef:m,nameRef:u(e,`name`),valueRef:C,disabledRef:r,mergedSizeRef:n,doUpdateValue:E});let j=x(`Radio`,g,m),M=i(()=>{let{value:e}=n,{common:{cubicBezierEaseInOut:t},self:{buttonBorderColor:r,buttonBorderColorActive:i,buttonBorderRadius:a,buttonBoxShadow:o,buttonBoxShadowFocus:s,buttonBoxShadowHover:c,buttonColor:l,buttonColorActive:u,buttonTextColor:d,buttonTextColorActive:p,buttonTextColorHover:m,opacityDisabled:h,[f(`buttonHeight`,e)]:g,[f(`fontSize`,e)]:v}}=_.value;return{"--n-font-size":v,"--n-bezier":t,"--n-button-border-color":r,"--n-button-border-color-active":i,"--n-button-border-radius":a,"--n-button-box-shadow":o,"--n-button-box-shadow-focus":s,"--n-button-box-shadow-hover":c,"--n-button-color":l,"--n-button-color-active":u,"--n-button-text-color":d,"--n-button-text-color-hover":m,"--n-button-text-color-active":p,"--n-height":g,"--n-opacity-disabled":h}}),N=h?T(`radio-group`,i(()=>n.value[0]),M,e):void 0;return{selfElRef:t,rtlEnabled:j,mergedClsPrefix:m,mergedValue:C,handleFocusout:A,handleFocusin:O,cssVars:h?void 0:M,themeClass:N?.themeClass,onRender:N?.onRender}},render(){let{mergedValue:e,mergedClsPrefix:t,handleFocusin:i,handleFocusout:a}=this,{options:o,labelField:l,valueField:u}=this.$props,{children:d,isButtonGroup:f}=W(o?o.map(e=>{let t=e[u];return s(),c(z,{key:typeof t==`boolean`?`__n_${t}`:t,value:t,disabled:e.disabled,label:e[l]},null,8,[`value`,`disabled`,`label`])}):O(A(this)),e,t);return this.onRender?.(),s(),n(`div`,{onFocusin:i,onFocusout:a,ref:`selfElRef`,class:v([`${t}-radio-group`,this.rtlEnabled&&`${t}-radio-group--rtl`,this.themeClass,f&&`${t}-radio-group--button-group`]),style:r(this.cssVars)},[C(()=>d)],46,U)}});export{V as n,z as r,K as t};