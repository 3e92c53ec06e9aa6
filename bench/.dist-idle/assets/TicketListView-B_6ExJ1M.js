import{B as e,D as t,E as n,Ht as r,J as i,On as a,Pt as o,Rt as s,Ut as c,Yt as l,Zn as u,_ as d,b as f,bt as p,ct as m,er as h,et as g,ft as _,g as v,gt as y,it as b,k as x,mt as S,o as C,ot as w,qt as T,tr as E,tt as D,v as O,vn as k,wn as A,xn as j,y as M}from"./runtime-core.esm-bundler-wlpNGAAZ.js";import{g as ee,h as te}from"./useApi-BPuI6ZR9-BP-hyLkp.js";import{c as N,i as P,n as F,r as I,u as L}from"./vue-i18n.runtime-BjynHToi.js";import{A as ne,C as R,D as z,E as B,M as V,O as re,S as H,T as U,a as ie,c as ae,d as oe,g as se,h as ce,i as le,j as W,k as G,m as ue,t as K,u as de,v as fe,w as pe,y as me}from"./Button-vz-g20Dt.js";import{_ as he,f as q,g as ge,h as J,i as Y,l as X,m as _e,p as Z,s as ve,u as Q}from"./light-Cq8CYraa.js";import{_ as ye,a as be,b as xe,d as Se,f as Ce,g as we,h as Te,i as Ee,m as De,p as Oe,r as ke,t as Ae,u as je,v as Me}from"./Select-BHZBaie3.js";import{Q as Ne,V as Pe,Y as Fe,a as Ie,d as Le,et as Re,f as ze,h as Be,i as Ve,it as He,m as Ue,nt as We,o as Ge,p as Ke,q as qe,tt as Je}from"./index-COGwirTc.js";import{a as Ye,c as Xe,d as Ze,h as Qe,i as $e,m as et,o as tt,r as nt,s as rt,t as it,v as at,y as ot}from"./event-BkG6mSSR.js";import{t as st}from"./use-locale-B1BAPRTR.js";import{n as ct}from"./replaceable-5SreTV8h.js";import{a as lt,i as ut,n as dt,o as ft,r as pt,t as mt}from"./TreeSelect-CowC9vc0.js";import{t as ht}from"./Input-DJ7oez8g.js";import{t as gt}from"./merge-handlers-Cv3lUiiX.js";import{t as _t}from"./omit-C4pE9leG.js";import{a as vt,f as yt,l as bt,m as xt,r as St,s as Ct,t as wt,u as Tt}from"./light-C44vNWhf.js";import{a as Et,c as Dt,n as Ot,s as kt,t as At,u as jt}from"./Scrollbar-BnguPqn3.js";import{t as Mt}from"./use-merged-state-DU_o7nHw.js";import{a as Nt,i as $,n as Pt}from"./Suffix-CXhDz-JM.js";import{i as Ft,n as It,r as Lt,s as Rt,t as zt}from"./Close-KhaQZo73.js";import{n as Bt,t as Vt}from"./CheckboxGroup-BeiQt6bg.js";import{c as Ht,l as Ut,o as Wt,r as Gt,s as Kt}from"./PriorityTag-DsehF64h.js";import{n as qt,r as Jt,t as Yt}from"./RadioGroup-GHgT0Ct4.js";import{t as Xt}from"./Empty-BbJ3qd_1.js";import{t as Zt}from"./next-frame-once-D0Lry4hJ.js";import{t as Qt}from"./Switch-2hBjFuk-.js";import{t as $t}from"./EmptyState-C8uDWnuE.js";import{t as en}from"./ErrorState-BU3RZBWB.js";import{n as tn,t as nn}from"./useKeyboardShortcuts-DNSIE7Rv.js";import{a as rn,c as an,d as on,f as sn,i as cn,l as ln,o as un,p as dn,r as fn,s as pn,t as mn,u as hn}from"./useTicketPrefetch-TukKU5lf.js";import{_ as gn,b as _n,c as vn,g as yn,h as bn,m as xn,p as Sn,s as Cn,u as wn,v as Tn}from"./tickets-CsxZXJnH.js";import{i as En,n as Dn}from"./customers-9KmXIgBJ.js";import{s as On}from"./errorMessages-q3PSATiZ.js";import{n as kn,r as An}from"./reference-Baa5xfue.js";import{t as jn}from"./viewLabels-DO8gR8TR.js";import{t as Mn}from"./describeError-B2aCKOkA.js";import{l as Nn,n as Pn,t as Fn}from"./Modal-qQeY3wOA.js";import{i as In,n as Ln,r as Rn,t as zn}from"./Warning-CF_sSgo-.js";import{t as Bn}from"./Tag-a7tel2E3.js";import{t as Vn}from"./FormItem-BhIzJL4p.js";import{t as Hn}from"./Form-B_0ep0Uy.js";import{n as Un,r as Wn}from"./StateTag-CYvsL8KM.js";import{i as Gn,n as Kn,t as qn}from"./time-DfHoOdWu.js";function Jn(e,t){if(!e)return;let n=document.createElement(`a`);n.href=e,t!==void 0&&(n.download=t),document.body.appendChild(n),n.click(),document.body.removeChild(n)}var Yn=x({name:`SlotMachineNumber`,props:{clsPrefix:{type:String,required:!0},value:{type:[Number,String],required:!0},oldOriginalNumber:{type:Number,default:void 0},newOriginalNumber:{type:Number,default:void 0}},setup(e){let t=k(null),n=k(e.value),i=k(e.value),a=k(`up`),o=k(!1),s=v(()=>o.value?`${e.clsPrefix}-base-slot-machine-current-number--${a.value}-scroll`:null),c=v(()=>o.value?`${e.clsPrefix}-base-slot-machine-old-number--${a.value}-scroll`:null);r(A(e,`value`),(e,t)=>{n.value=t,i.value=e,D(l)});function l(){let t=e.newOriginalNumber,n=e.oldOriginalNumber;n!==void 0&&t!==void 0&&(t>n?u(`up`):n>t&&u(`down`))}function u(e){a.value=e,o.value=!1,D(()=>{t.value?.offsetWidth,o.value=!0})}return()=>{let{clsPrefix:r}=e;return S(),f(`span`,{ref:t,class:B(`${r}-base-slot-machine-number`)},[n.value===null?G(()=>null):(S(),f(`span`,{key:0,class:B([`${r}-base-slot-machine-old-number ${r}-base-slot-machine-old-number--top`,c.value])},[G(()=>n.value)],2)),d(`span`,{class:B([`${r}-base-slot-machine-current-number`,s.value])},[d(`span`,{ref:`numberWrapper`,class:B([`${r}-base-slot-machine-current-number__inner`,typeof e.value!=`number`&&`${r}-base-slot-machine-current-number__inner--not-number`])},[G(()=>i.value)],2)],2),n.value===null?G(()=>null):(S(),f(`span`,{key:2,class:B([`${r}-base-slot-machine-old-number ${r}-base-slot-machine-old-number--bottom`,c.value])},[G(()=>n.value)],2))],2)}}}),{cubicBezierEaseOut:Xn}=Le;function Zn({duration:e=`.2s`}={}){return[X(`&.fade-up-width-expand-transition-leave-active`,{transition:`
 opacity ${e} ${Xn},
 max-width ${e} ${Xn},
 transform ${e} ${Xn}
 `}),X(`&.fade-up-width-expand-transition-enter-active`,{transition:`
 opacity ${e} ${Xn},
 max-width ${e} ${Xn},
 transform ${e} ${Xn}
 `}),X(`&.fade-up-width-expand-transition-enter-to`,{opacity:1,transform:`translateX(0) translateY(0)`}),X(`&.fade-up-width-expand-transition-enter-from`,{maxWidth:`0 !important`,opacity:0,transform:`translateY(60%)`}),X(`&.fade-up-width-expand-transition-leave-from`,{opacity:1,transform:`translateY(0)`}),X(`&.fade-up-width-expand-transition-leave-to`,{maxWidth:`0 !important`,opacity:0,transform:`translateY(60%)`})]}var Qn=X([X(`@keyframes n-base-slot-machine-fade-up-in`,`
 from {
 transform: translateY(60%);
 opacity: 0;
 }
 to {
 transform: translateY(0);
 opacity: 1;
 }
 `),X(`@keyframes n-base-slot-machine-fade-down-in`,`
 from {
 transform: translateY(-60%);
 opacity: 0;
 }
 to {
 transform: translateY(0);
 opacity: 1;
 }
 `),X(`@keyframes n-base-slot-machine-fade-up-out`,`
 from {
 transform: translateY(0%);
 opacity: 1;
 }
 to {
 transform: translateY(-60%);
 opacity: 0;
 }
 `),X(`@keyframes n-base-slot-machine-fade-down-out`,`
 from {
 transform: translateY(0%);
 opacity: 1;
 }
 to {
 transform: translateY(60%);
 opacity: 0;
 }
 `),Q(`base-slot-machine`,`
 overflow: hidden;
 white-space: nowrap;
 display: inline-block;
 height: 18px;
 line-height: 18px;
 `,[Q(`base-slot-machine-number`,`
 display: inline-block;
 position: relative;
 height: 18px;
 width: .6em;
 max-width: .6em;
 `,[Zn({duration:`.2s`}),ie({duration:`.2s`,delay:`0s`}),Q(`base-slot-machine-old-number`,`
 display: inline-block;
 opacity: 0;
 position: absolute;
 left: 0;
 right: 0;
 `,[Z(`top`,{transform:`translateY(-100%)`}),Z(`bottom`,{transform:`translateY(100%)`}),Z(`down-scroll`,{animation:`n-base-slot-machine-fade-down-out .2s cubic-bezier(0, 0, .2, 1)`,animationIterationCount:1}),Z(`up-scroll`,{animation:`n-base-slot-machine-fade-up-out .2s cubic-bezier(0, 0, .2, 1)`,animationIterationCount:1})]),Q(`base-slot-machine-current-number`,`
 display: inline-block;
 position: absolute;
 left: 0;
 top: 0;
 bottom: 0;
 right: 0;
 opacity: 1;
 transform: translateY(0);
 width: .6em;
 `,[Z(`down-scroll`,{animation:`n-base-slot-machine-fade-down-in .2s cubic-bezier(0, 0, .2, 1)`,animationIterationCount:1}),Z(`up-scroll`,{animation:`n-base-slot-machine-fade-up-in .2s cubic-bezier(0, 0, .2, 1)`,animationIterationCount:1}),q(`inner`,`
 display: inline-block;
 position: absolute;
 right: 0;
 top: 0;
 width: .6em;
 `,[Z(`not-number`,`
 right: unset;
 left: 0;
 `)])])])])]),$n=x({name:`BaseSlotMachine`,props:{clsPrefix:{type:String,required:!0},value:{type:[Number,String],default:0},max:{type:Number,default:void 0},appeared:{type:Boolean,required:!0}},setup(e){ne(`-base-slot-machine`,Qn,A(e,`clsPrefix`));let n=k(),i=k(),a=v(()=>{if(typeof e.value==`string`)return[];if(e.value<1)return[0];let t=[],n=e.value;for(e.max!==void 0&&(n=Math.min(e.max,n));n>=1;)t.push(n%10),n/=10,n=Math.floor(n);return t.reverse(),t});return r(A(e,`value`),(e,t)=>{typeof e==`string`?(i.value=void 0,n.value=void 0):typeof t==`string`?(i.value=e,n.value=void 0):(i.value=e,n.value=t)}),()=>{let{value:r,clsPrefix:o}=e;return typeof r==`number`?(S(),f(`span`,{key:1,class:B(`${o}-base-slot-machine`)},[t(P,{name:`fade-up-width-expand-transition`,tag:`span`},{default:()=>a.value.map((e,t)=>(S(),O(Yn,{clsPrefix:o,key:a.value.length-t-1,oldOriginalNumber:n.value,newOriginalNumber:i.value,value:e},null,8,[`clsPrefix`,`oldOriginalNumber`,`newOriginalNumber`,`value`])))},1024),t(ue,{key:`+`,width:!0},{default:()=>e.max!==void 0&&e.max<r?(S(),O(Yn,{key:2,clsPrefix:o,value:`+`},null,8,[`clsPrefix`])):null},1024)],2)):(S(),f(`span`,{key:3,class:B(`${o}-base-slot-machine`)},[G(()=>r)],2))}}});function er(e){let{errorColor:t,infoColor:n,successColor:r,warningColor:i,fontFamily:a}=e;return{color:t,colorInfo:n,colorSuccess:r,colorError:t,colorWarning:i,fontSize:`12px`,fontFamily:a}}var tr={name:`Badge`,common:Ge,self:er},nr=X([X(`@keyframes badge-wave-spread`,{from:{boxShadow:`0 0 0.5px 0px var(--n-ripple-color)`,opacity:.6},to:{boxShadow:`0 0 0.5px 4.5px var(--n-ripple-color)`,opacity:0}}),Q(`badge`,`
 display: inline-flex;
 position: relative;
 vertical-align: middle;
 font-family: var(--n-font-family);
 `,[Z(`as-is`,[Q(`badge-sup`,{position:`static`,transform:`translateX(0)`},[nt({transformOrigin:`left bottom`,originalTransform:`translateX(0)`})])]),Z(`dot`,[Q(`badge-sup`,`
 height: 8px;
 width: 8px;
 padding: 0;
 min-width: 8px;
 left: 100%;
 bottom: calc(100% - 4px);
 `,[X(`::before`,`border-radius: 4px;`)])]),Q(`badge-sup`,`
 background: var(--n-color);
 transition:
 background-color .3s var(--n-bezier),
 color .3s var(--n-bezier);
 color: #FFF;
 position: absolute;
 height: 18px;
 line-height: 18px;
 border-radius: 9px;
 padding: 0 6px;
 text-align: center;
 font-size: var(--n-font-size);
 transform: translateX(-50%);
 left: 100%;
 bottom: calc(100% - 9px);
 font-variant-numeric: tabular-nums;
 z-index: 2;
 display: flex;
 align-items: center;
 `,[nt({transformOrigin:`left bottom`,originalTransform:`translateX(-50%)`}),Q(`base-wave`,{zIndex:1,animationDuration:`2s`,animationIterationCount:`infinite`,animationDelay:`1s`,animationTimingFunction:`var(--n-ripple-bezier)`,animationName:`badge-wave-spread`}),X(`&::before`,`
 opacity: 0;
 transform: scale(1);
 border-radius: 9px;
 content: "";
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 `)])])]),rr=[`title`],ir={...Y.props,value:[String,Number],max:Number,dot:Boolean,type:{type:String,default:`default`},show:{type:Boolean,default:!0},showZero:Boolean,processing:Boolean,color:String,offset:Array},ar=x({name:`Badge`,props:ir,setup(e,{slots:t}){let{mergedClsPrefixRef:n,inlineThemeDisabled:r,mergedRtlRef:i}=W(e),a=Y(`Badge`,`-badge`,nr,tr,e,n),o=k(!1),s=()=>{o.value=!0},c=()=>{o.value=!1},l=v(()=>e.show&&(e.dot||e.value!==void 0&&!(!e.showZero&&Number(e.value)<=0)||!fe(t.value)));m(()=>{l.value&&(o.value=!0)});let u=se(`Badge`,i,n),d=v(()=>{let{type:t,color:n}=e,{common:{cubicBezierEaseInOut:r,cubicBezierEaseOut:i},self:{[J(`color`,t)]:o,fontFamily:s,fontSize:c}}=a.value;return{"--n-font-size":c,"--n-font-family":s,"--n-color":n||o,"--n-ripple-color":n||o,"--n-bezier":r,"--n-ripple-bezier":i}}),f=r?pe(`badge`,v(()=>{let t=``,{type:n,color:r}=e;return n&&(t+=n[0]),r&&(t+=ce(r)),t}),d,e):void 0,p=v(()=>{let{offset:t}=e;if(!t)return;let[n,r]=t,i=typeof n==`number`?`${n}px`:n,a=typeof r==`number`?`${r}px`:r;return{transform:`translate(calc(${u?.value?`50%`:`-50%`} + ${i}), ${a})`}});return{rtlEnabled:u,mergedClsPrefix:n,appeared:o,showBadge:l,handleAfterEnter:s,handleAfterLeave:c,cssVars:r?void 0:d,themeClass:f?.themeClass,onRender:f?.onRender,offsetStyle:p}},render(){let{mergedClsPrefix:e,onRender:t,themeClass:n,$slots:r}=this;t?.();let i=r.default?.();return S(),f(`div`,{class:B([`${e}-badge`,this.rtlEnabled&&`${e}-badge--rtl`,n,{[`${e}-badge--dot`]:this.dot,[`${e}-badge--as-is`]:!i}]),style:h(this.cssVars)},[G(()=>i),(S(),O(I,{name:`fade-in-scale-up-transition`,onAfterEnter:this.handleAfterEnter,onAfterLeave:this.handleAfterLeave},{default:()=>this.showBadge?(S(),f(`sup`,{key:1,class:B(`${e}-badge-sup`),title:je(this.value),style:h(this.offsetStyle)},[G(()=>me(r.value,()=>[this.dot?null:(S(),O($n,{key:2,clsPrefix:e,appeared:this.appeared,max:this.max,value:this.value},null,8,[`clsPrefix`,`appeared`,`max`,`value`]))])),this.processing?(S(),O(le,{key:0,clsPrefix:e},null,8,[`clsPrefix`])):G(()=>null)],14,rr)):null},1032,[`onAfterEnter`,`onAfterLeave`]))],6)}}),or=x({name:`ChevronRight`,render(){return(()=>{let e=U(`6ab04425f4fcb756`);return e[0]||=d(`svg`,{viewBox:`0 0 16 16`,fill:`none`,xmlns:`http://www.w3.org/2000/svg`},[d(`path`,{d:`M5.64645 3.14645C5.45118 3.34171 5.45118 3.65829 5.64645 3.85355L9.79289 8L5.64645 12.1464C5.45118 12.3417 5.45118 12.6583 5.64645 12.8536C5.84171 13.0488 6.15829 13.0488 6.35355 12.8536L10.8536 8.35355C11.0488 8.15829 11.0488 7.84171 10.8536 7.64645L6.35355 3.14645C6.15829 2.95118 5.84171 2.95118 5.64645 3.14645Z`,fill:`currentColor`})],-1)})()}});function sr(e){return t=>{e.value=t?t.$el:null}}var cr=Ke(`n-popselect`),lr=Q(`popselect-menu`,`
 box-shadow: var(--n-menu-box-shadow);
`),ur={multiple:Boolean,value:{type:[String,Number,Array],default:null},cancelable:Boolean,options:{type:Array,default:()=>[]},size:String,scrollable:Boolean,"onUpdate:value":[Function,Array],onUpdateValue:[Function,Array],onMouseenter:Function,onMouseleave:Function,renderLabel:Function,showCheckmark:{type:Boolean,default:void 0},nodeProps:Function,virtualScroll:Boolean,onChange:[Function,Array]},dr=jt(ur),fr=x({name:`PopselectPanel`,props:ur,setup(e){let t=i(cr),{mergedClsPrefixRef:n,inlineThemeDisabled:a,mergedComponentPropsRef:o}=W(e),s=v(()=>e.size||o?.value?.Popselect?.size||`medium`),c=Y(`Popselect`,`-pop-select`,lr,xt,t.props,n),l=v(()=>be(e.options,ke(`value`,`children`)));function u(t,n){let{onUpdateValue:r,"onUpdate:value":i,onChange:a}=e;r&&H(r,t,n),i&&H(i,t,n),a&&H(a,t,n)}function d(e){p(e.key)}function f(e){xe(e,`action`)||xe(e,`empty`)||xe(e,`header`)||e.preventDefault()}function p(n){let{value:{getNode:r}}=l;if(e.multiple){if(Array.isArray(e.value)){let t=[],i=[],a=!0;e.value.forEach(e=>{if(e===n){a=!1;return}let o=r(e);o&&(t.push(o.key),i.push(o.rawNode))}),a&&(t.push(n),i.push(r(n).rawNode)),u(t,i)}else{let e=r(n);e&&u([n],[e.rawNode])}}else if(e.value===n&&e.cancelable)u(null,null);else{let e=r(n);e&&u(n,e.rawNode);let{"onUpdate:show":i,onUpdateShow:a}=t.props;i&&H(i,!1),a&&H(a,!1),t.setShow(!1)}D(()=>{t.syncPosition()})}r(A(e,`options`),()=>{D(()=>{t.syncPosition()})});let m=v(()=>{let{self:{menuBoxShadow:e}}=c.value;return{"--n-menu-box-shadow":e}}),h=a?pe(`select`,void 0,m,t.props):void 0;return{mergedTheme:t.mergedThemeRef,mergedClsPrefix:n,treeMate:l,handleToggle:d,handleMenuMousedown:f,cssVars:a?void 0:m,themeClass:h?.themeClass,onRender:h?.onRender,mergedSize:s,scrollbarProps:t.props.scrollbarProps}},render(){return this.onRender?.(),S(),O(Ee,{clsPrefix:this.mergedClsPrefix,focusable:!0,nodeProps:this.nodeProps,class:B([`${this.mergedClsPrefix}-popselect-menu`,this.themeClass]),style:h(this.cssVars),theme:this.mergedTheme.peers.InternalSelectMenu,themeOverrides:this.mergedTheme.peerOverrides.InternalSelectMenu,multiple:this.multiple,treeMate:this.treeMate,size:this.mergedSize,value:this.value,virtualScroll:this.virtualScroll,scrollable:this.scrollable,scrollbarProps:this.scrollbarProps,renderLabel:this.renderLabel,onToggle:this.handleToggle,onMouseenter:this.onMouseenter,onMouseleave:this.onMouseenter,onMousedown:this.handleMenuMousedown,showCheckmark:this.showCheckmark},{_:1,header:z(()=>this.$slots.header?.()||[]),action:z(()=>this.$slots.action?.()||[]),empty:z(()=>this.$slots.empty?.()||[])},8,[`clsPrefix`,`nodeProps`,`class`,`style`,`theme`,`themeOverrides`,`multiple`,`treeMate`,`size`,`value`,`virtualScroll`,`scrollable`,`scrollbarProps`,`renderLabel`,`onToggle`,`onMouseenter`,`onMouseleave`,`onMousedown`,`showCheckmark`])}}),pr={...Y.props,..._t(Ce,[`showArrow`,`arrow`]),placement:{...Ce.placement,default:`bottom`},trigger:{type:String,default:`hover`},...ur,scrollbarProps:Object},mr=x({name:`Popselect`,props:pr,slots:Object,inheritAttrs:!1,__popover__:!0,setup(e){let{mergedClsPrefixRef:t}=W(e),n=Y(`Popselect`,`-popselect`,void 0,xt,e,t),r=k(null);function i(){r.value?.syncPosition()}function a(e){r.value?.setShow(e)}return y(cr,{props:e,mergedThemeRef:n,syncPosition:i,setShow:a}),{syncPosition:i,setShow:a,popoverInstRef:r,mergedTheme:n}},render(){let{mergedTheme:e}=this,t={theme:e.peers.Popover,themeOverrides:e.peerOverrides.Popover,builtinThemeOverrides:{padding:`0`},ref:`popoverInstRef`,internalRenderBody:(e,t,n,r,i)=>{let{$attrs:a}=this;return S(),O(fr,g(a,{class:[a.class,e],style:[a.style,...n]},Ze(this.$props,dr),{ref:sr(t),onMouseenter:gt([r,a.onMouseenter]),onMouseleave:gt([i,a.onMouseleave])}),{header:()=>this.$slots.header?.(),action:()=>this.$slots.action?.(),empty:()=>this.$slots.empty?.()},1040,[`class`,`style`,`onMouseenter`,`onMouseleave`])}};return S(),O(Se,g(_t(this.$props,dr),t,{internalDeactivateImmediately:!0}),{_:1,trigger:z(()=>this.$slots.default?.())},16)}}),hr={tiny:`mini`,small:`tiny`,medium:`small`,large:`medium`,huge:`large`};function gr(e){let t=hr[e];if(t===void 0)throw Error(`${e} has no smaller size.`);return t}var _r=x({name:`More`,render(){return(()=>{let e=U(`e4a3e3d3803c676d`);return e[0]||=d(`svg`,{viewBox:`0 0 16 16`,version:`1.1`,xmlns:`http://www.w3.org/2000/svg`},[d(`g`,{stroke:`none`,"stroke-width":`1`,fill:`none`,"fill-rule":`evenodd`},[d(`g`,{fill:`currentColor`,"fill-rule":`nonzero`},[d(`path`,{d:`M4,7 C4.55228,7 5,7.44772 5,8 C5,8.55229 4.55228,9 4,9 C3.44772,9 3,8.55229 3,8 C3,7.44772 3.44772,7 4,7 Z M8,7 C8.55229,7 9,7.44772 9,8 C9,8.55229 8.55229,9 8,9 C7.44772,9 7,8.55229 7,8 C7,7.44772 7.44772,7 8,7 Z M12,7 C12.5523,7 13,7.44772 13,8 C13,8.55229 12.5523,9 12,9 C11.4477,9 11,8.55229 11,8 C11,7.44772 11.4477,7 12,7 Z`})])])],-1)})()}}),vr=`
 background: var(--n-item-color-hover);
 color: var(--n-item-text-color-hover);
 border: var(--n-item-border-hover);
`,yr=[Z(`button`,`
 background: var(--n-button-color-hover);
 border: var(--n-button-border-hover);
 color: var(--n-button-icon-color-hover);
 `)],br=Q(`pagination`,`
 display: flex;
 vertical-align: middle;
 font-size: var(--n-item-font-size);
 flex-wrap: nowrap;
`,[Q(`pagination-prefix`,`
 display: flex;
 align-items: center;
 margin: var(--n-prefix-margin);
 `),Q(`pagination-suffix`,`
 display: flex;
 align-items: center;
 margin: var(--n-suffix-margin);
 `),X(`> *:not(:first-child)`,`
 margin: var(--n-item-margin);
 `),Q(`select`,`
 width: var(--n-select-width);
 `),X(`&.transition-disabled`,[Q(`pagination-item`,`transition: none!important;`)]),Q(`pagination-quick-jumper`,`
 white-space: nowrap;
 display: flex;
 color: var(--n-jumper-text-color);
 transition: color .3s var(--n-bezier);
 align-items: center;
 font-size: var(--n-jumper-font-size);
 `,[Q(`input`,`
 margin: var(--n-input-margin);
 width: var(--n-input-width);
 `)]),Q(`pagination-item`,`
 position: relative;
 cursor: pointer;
 user-select: none;
 -webkit-user-select: none;
 display: flex;
 align-items: center;
 justify-content: center;
 box-sizing: border-box;
 min-width: var(--n-item-size);
 height: var(--n-item-size);
 padding: var(--n-item-padding);
 background-color: var(--n-item-color);
 color: var(--n-item-text-color);
 border-radius: var(--n-item-border-radius);
 border: var(--n-item-border);
 fill: var(--n-button-icon-color);
 transition:
 color .3s var(--n-bezier),
 border-color .3s var(--n-bezier),
 background-color .3s var(--n-bezier),
 fill .3s var(--n-bezier);
 `,[Z(`button`,`
 background: var(--n-button-color);
 color: var(--n-button-icon-color);
 border: var(--n-button-border);
 padding: 0;
 `,[Q(`base-icon`,`
 font-size: var(--n-button-icon-size);
 `)]),_e(`disabled`,[Z(`hover`,vr,yr),X(`&:hover`,vr,yr),X(`&:active`,`
 background: var(--n-item-color-pressed);
 color: var(--n-item-text-color-pressed);
 border: var(--n-item-border-pressed);
 `,[Z(`button`,`
 background: var(--n-button-color-pressed);
 border: var(--n-button-border-pressed);
 color: var(--n-button-icon-color-pressed);
 `)]),Z(`active`,`
 background: var(--n-item-color-active);
 color: var(--n-item-text-color-active);
 border: var(--n-item-border-active);
 `,[X(`&:hover`,`
 background: var(--n-item-color-active-hover);
 `)])]),Z(`disabled`,`
 cursor: not-allowed;
 color: var(--n-item-text-color-disabled);
 `,[Z(`active, button`,`
 background-color: var(--n-item-color-disabled);
 border: var(--n-item-border-disabled);
 `)])]),Z(`disabled`,`
 cursor: not-allowed;
 `,[Q(`pagination-quick-jumper`,`
 color: var(--n-jumper-text-color-disabled);
 `)]),Z(`simple`,`
 display: flex;
 align-items: center;
 flex-wrap: nowrap;
 `,[Q(`pagination-quick-jumper`,[Q(`input`,`
 margin: 0;
 `)])])]);function xr(e){if(!e)return 10;let{defaultPageSize:t}=e;if(t!==void 0)return t;let n=e.pageSizes?.[0];return typeof n==`number`?n:n?.value||10}function Sr(e,t,n,r){let i=!1,a=!1,o=1,s=t;if(t===1)return{hasFastBackward:!1,hasFastForward:!1,fastForwardTo:s,fastBackwardTo:o,items:[{type:`page`,label:1,active:e===1,mayBeFastBackward:!1,mayBeFastForward:!1}]};if(t===2)return{hasFastBackward:!1,hasFastForward:!1,fastForwardTo:s,fastBackwardTo:o,items:[{type:`page`,label:1,active:e===1,mayBeFastBackward:!1,mayBeFastForward:!1},{type:`page`,label:2,active:e===2,mayBeFastBackward:!0,mayBeFastForward:!1}]};let c=t,l=e,u=e,d=(n-5)/2;u+=Math.ceil(d),u=Math.min(Math.max(u,1+n-3),c-2),l-=Math.floor(d),l=Math.max(Math.min(l,c-n+3),3);let f=!1,p=!1;l>3&&(f=!0),u<c-2&&(p=!0);let m=[];m.push({type:`page`,label:1,active:e===1,mayBeFastBackward:!1,mayBeFastForward:!1}),f?(i=!0,o=l-1,m.push({type:`fast-backward`,active:!1,label:void 0,options:r?Cr(2,l-1):null})):c>=2&&m.push({type:`page`,label:2,mayBeFastBackward:!0,mayBeFastForward:!1,active:e===2});for(let t=l;t<=u;++t)m.push({type:`page`,label:t,mayBeFastBackward:!1,mayBeFastForward:!1,active:e===t});return p?(a=!0,s=u+1,m.push({type:`fast-forward`,active:!1,label:void 0,options:r?Cr(u+1,c-1):null})):u===c-2&&m[m.length-1].label!==c-1&&m.push({type:`page`,mayBeFastForward:!0,mayBeFastBackward:!1,label:c-1,active:e===c-1}),m[m.length-1].label!==c&&m.push({type:`page`,mayBeFastForward:!1,mayBeFastBackward:!1,label:c,active:e===c}),{hasFastBackward:i,hasFastForward:a,fastBackwardTo:o,fastForwardTo:s,items:m}}function Cr(e,t){let n=[];for(let r=e;r<=t;++r)n.push({label:`${r}`,value:r});return n}var wr=[`onClick`,`onMouseenter`,`onMouseleave`],Tr=[`onClick`],Er=[`onClick`],Dr={...Y.props,simple:Boolean,page:Number,defaultPage:{type:Number,default:1},itemCount:Number,pageCount:Number,defaultPageCount:{type:Number,default:1},showSizePicker:Boolean,pageSize:Number,defaultPageSize:Number,pageSizes:{type:Array,default(){return[10]}},showQuickJumper:Boolean,size:String,disabled:Boolean,pageSlot:{type:Number,default:9},selectProps:Object,prev:Function,next:Function,goto:Function,prefix:Function,suffix:Function,label:Function,displayOrder:{type:Array,default:[`pages`,`size-picker`,`quick-jumper`]},to:Me.propTo,showQuickJumpDropdown:{type:Boolean,default:!0},scrollbarProps:Object,"onUpdate:page":[Function,Array],onUpdatePage:[Function,Array],"onUpdate:pageSize":[Function,Array],onUpdatePageSize:[Function,Array],onPageSizeChange:[Function,Array],onChange:[Function,Array]},Or=x({name:`Pagination`,props:Dr,slots:Object,setup(e){let{mergedComponentPropsRef:t,mergedClsPrefixRef:n,inlineThemeDisabled:r,mergedRtlRef:i}=W(e),a=v(()=>e.size||t?.value?.Pagination?.size||`medium`),o=Y(`Pagination`,`-pagination`,br,yt,e,n),{localeRef:s}=st(`Pagination`),l=k(null),u=k(e.defaultPage),d=k(xr(e)),f=Mt(A(e,`page`),u),p=Mt(A(e,`pageSize`),d),m=v(()=>{let{itemCount:t}=e;if(t!==void 0)return Math.max(1,Math.ceil(t/p.value));let{pageCount:n}=e;return n===void 0?1:Math.max(n,1)}),h=k(``);c(()=>{e.simple,h.value=String(f.value)});let g=k(!1),_=k(!1),y=k(!1),b=k(!1),x=()=>{e.disabled||(g.value=!0,F())},S=()=>{e.disabled||(g.value=!1,F())},C=()=>{_.value=!0,F()},w=()=>{_.value=!1,F()},T=e=>{I(e)},E=v(()=>Sr(f.value,m.value,e.pageSlot,e.showQuickJumpDropdown));c(()=>{E.value.hasFastBackward?E.value.hasFastForward||(g.value=!1,y.value=!1):(_.value=!1,b.value=!1)});let O=v(()=>{let t=s.value.selectionSuffix;return e.pageSizes.map(e=>typeof e==`number`?{label:`${e} / ${t}`,value:e}:e)}),j=v(()=>t?.value?.Pagination?.inputSize||gr(a.value)),M=v(()=>t?.value?.Pagination?.selectSize||gr(a.value)),ee=v(()=>(f.value-1)*p.value),te=v(()=>{let t=f.value*p.value-1,{itemCount:n}=e;return n===void 0?t:t>n-1?n-1:t}),N=v(()=>{let{itemCount:t}=e;return t===void 0?(e.pageCount||1)*p.value:t}),P=se(`Pagination`,i,n);function F(){D(()=>{let{value:e}=l;e&&(e.classList.add(`transition-disabled`),l.value?.offsetWidth,e.classList.remove(`transition-disabled`))})}function I(t){if(t===f.value)return;let{"onUpdate:page":n,onUpdatePage:r,onChange:i,simple:a}=e;n&&H(n,t),r&&H(r,t),i&&H(i,t),u.value=t,a&&(h.value=String(t))}function L(t){if(t===p.value)return;let{"onUpdate:pageSize":n,onUpdatePageSize:r,onPageSizeChange:i}=e;n&&H(n,t),r&&H(r,t),i&&H(i,t),d.value=t,m.value<f.value&&I(m.value)}function ne(){e.disabled||I(Math.min(f.value+1,m.value))}function R(){e.disabled||I(Math.max(f.value-1,1))}function z(){e.disabled||I(Math.min(E.value.fastForwardTo,m.value))}function B(){e.disabled||I(Math.max(E.value.fastBackwardTo,1))}function V(e){L(e)}function re(){let t=Number.parseInt(h.value);Number.isNaN(t)||(I(Math.max(1,Math.min(t,m.value))),e.simple||(h.value=``))}function U(){re()}function ie(t){if(!e.disabled)switch(t.type){case`page`:I(t.label);break;case`fast-backward`:B();break;case`fast-forward`:z()}}function ae(e){h.value=e.replace(/\D+/g,``)}c(()=>{f.value,p.value,F()});let oe=v(()=>{let e=a.value,{self:{buttonBorder:t,buttonBorderHover:n,buttonBorderPressed:r,buttonIconColor:i,buttonIconColorHover:s,buttonIconColorPressed:c,itemTextColor:l,itemTextColorHover:u,itemTextColorPressed:d,itemTextColorActive:f,itemTextColorDisabled:p,itemColor:m,itemColorHover:h,itemColorPressed:g,itemColorActive:_,itemColorActiveHover:v,itemColorDisabled:y,itemBorder:b,itemBorderHover:x,itemBorderPressed:S,itemBorderActive:C,itemBorderDisabled:w,itemBorderRadius:T,jumperTextColor:E,jumperTextColorDisabled:D,buttonColor:O,buttonColorHover:k,buttonColorPressed:A,[J(`itemPadding`,e)]:j,[J(`itemMargin`,e)]:M,[J(`inputWidth`,e)]:ee,[J(`selectWidth`,e)]:te,[J(`inputMargin`,e)]:N,[J(`selectMargin`,e)]:P,[J(`jumperFontSize`,e)]:F,[J(`prefixMargin`,e)]:I,[J(`suffixMargin`,e)]:L,[J(`itemSize`,e)]:ne,[J(`buttonIconSize`,e)]:R,[J(`itemFontSize`,e)]:z,[`${J(`itemMargin`,e)}Rtl`]:B,[`${J(`inputMargin`,e)}Rtl`]:V},common:{cubicBezierEaseInOut:re}}=o.value;return{"--n-prefix-margin":I,"--n-suffix-margin":L,"--n-item-font-size":z,"--n-select-width":te,"--n-select-margin":P,"--n-input-width":ee,"--n-input-margin":N,"--n-input-margin-rtl":V,"--n-item-size":ne,"--n-item-text-color":l,"--n-item-text-color-disabled":p,"--n-item-text-color-hover":u,"--n-item-text-color-active":f,"--n-item-text-color-pressed":d,"--n-item-color":m,"--n-item-color-hover":h,"--n-item-color-disabled":y,"--n-item-color-active":_,"--n-item-color-active-hover":v,"--n-item-color-pressed":g,"--n-item-border":b,"--n-item-border-hover":x,"--n-item-border-disabled":w,"--n-item-border-active":C,"--n-item-border-pressed":S,"--n-item-padding":j,"--n-item-border-radius":T,"--n-bezier":re,"--n-jumper-font-size":F,"--n-jumper-text-color":E,"--n-jumper-text-color-disabled":D,"--n-item-margin":M,"--n-item-margin-rtl":B,"--n-button-icon-size":R,"--n-button-icon-color":i,"--n-button-icon-color-hover":s,"--n-button-icon-color-pressed":c,"--n-button-color-hover":k,"--n-button-color":O,"--n-button-color-pressed":A,"--n-button-border":t,"--n-button-border-hover":n,"--n-button-border-pressed":r}}),ce=r?pe(`pagination`,v(()=>{let e=``;return e+=a.value[0],e}),oe,e):void 0;return{rtlEnabled:P,mergedClsPrefix:n,locale:s,selfRef:l,mergedPage:f,pageItems:v(()=>E.value.items),mergedItemCount:N,jumperValue:h,pageSizeOptions:O,mergedPageSize:p,inputSize:j,selectSize:M,mergedTheme:o,mergedPageCount:m,startIndex:ee,endIndex:te,showFastForwardMenu:y,showFastBackwardMenu:b,fastForwardActive:g,fastBackwardActive:_,handleMenuSelect:T,handleFastForwardMouseenter:x,handleFastForwardMouseleave:S,handleFastBackwardMouseenter:C,handleFastBackwardMouseleave:w,handleJumperInput:ae,handleBackwardClick:R,handleForwardClick:ne,handlePageItemClick:ie,handleSizePickerChange:V,handleQuickJumperChange:U,cssVars:r?void 0:oe,themeClass:ce?.themeClass,onRender:ce?.onRender}},render(){let{$slots:e,mergedClsPrefix:t,disabled:n,cssVars:r,mergedPage:i,mergedPageCount:a,pageItems:o,showSizePicker:s,showQuickJumper:c,mergedTheme:l,locale:u,inputSize:p,selectSize:m,mergedPageSize:_,pageSizeOptions:v,jumperValue:y,simple:b,prev:x,next:w,prefix:T,suffix:E,label:D,goto:k,handleJumperInput:A,handleSizePickerChange:j,handleBackwardClick:M,handlePageItemClick:ee,handleForwardClick:te,handleQuickJumperChange:N,onRender:P}=this;P?.();let F=T||e.prefix,I=E||e.suffix,L=x||e.prev,ne=w||e.next,R=D||e.label;return S(),f(`div`,{ref:`selfRef`,class:B([`${t}-pagination`,this.themeClass,this.rtlEnabled&&`${t}-pagination--rtl`,n&&`${t}-pagination--disabled`,b&&`${t}-pagination--simple`]),style:h(r)},[F?(S(),f(`div`,{key:0,class:B(`${t}-pagination-prefix`)},[G(()=>F({page:i,pageSize:_,pageCount:a,startIndex:this.startIndex,endIndex:this.endIndex,itemCount:this.mergedItemCount}))],2)):G(()=>null),G(()=>this.displayOrder.map(e=>{switch(e){case`pages`:return(()=>{let e=U(`9d36e2972681a71c`);return S(),f(C,{key:`pages`},[d(`div`,{class:B([`${t}-pagination-item`,!L&&`${t}-pagination-item--button`,(i<=1||i>a||n)&&`${t}-pagination-item--disabled`]),onClick:M},[L?(S(),f(C,{key:0},[G(()=>L({page:i,pageSize:_,pageCount:a,startIndex:this.startIndex,endIndex:this.endIndex,itemCount:this.mergedItemCount}))],64)):(S(),O(ct,{key:1,clsPrefix:t},{default:()=>this.rtlEnabled?(S(),O(dt,{key:2})):(S(),O(lt,{key:3}))},1032,[`clsPrefix`]))],10,Tr),b?(S(),f(C,{key:0},[d(`div`,{class:B(`${t}-pagination-quick-jumper`)},[(S(),O(ht,{value:y,onUpdateValue:A,size:p,placeholder:``,disabled:n,theme:l.peers.Input,themeOverrides:l.peerOverrides.Input,onChange:N},null,8,[`value`,`onUpdateValue`,`size`,`disabled`,`theme`,`themeOverrides`,`onChange`]))],2),e[0]||=G(`\xA0/`,-1),e[1]||=G(` `,-1),G(()=>a)],64)):(S(),f(C,{key:1},[G(()=>o.map(e=>{let r,i,a,{type:o}=e,s=o===`page`?`page-${e.label}`:o;switch(o){case`page`:let n=e.label;r=R?R({type:`page`,node:n,active:e.active}):n;break;case`fast-forward`:let o=this.fastForwardActive?(S(),O(ct,{key:6,clsPrefix:t},{default:()=>this.rtlEnabled?(S(),O(ut,{key:7})):(S(),O(pt,{key:8}))},1032,[`clsPrefix`])):(S(),O(ct,{key:9,clsPrefix:t},{default:()=>(S(),O(_r))},1032,[`clsPrefix`]));r=R?R({type:`fast-forward`,node:o,active:this.fastForwardActive||this.showFastForwardMenu}):o,i=this.handleFastForwardMouseenter,a=this.handleFastForwardMouseleave;break;case`fast-backward`:let s=this.fastBackwardActive?(S(),O(ct,{key:10,clsPrefix:t},{default:()=>this.rtlEnabled?(S(),O(pt,{key:11})):(S(),O(ut,{key:12}))},1032,[`clsPrefix`])):(S(),O(ct,{key:13,clsPrefix:t},{default:()=>(S(),O(_r))},1032,[`clsPrefix`]));r=R?R({type:`fast-backward`,node:s,active:this.fastBackwardActive||this.showFastBackwardMenu}):s,i=this.handleFastBackwardMouseenter,a=this.handleFastBackwardMouseleave}let c=(S(),f(`div`,{key:s,class:B([`${t}-pagination-item`,e.active&&`${t}-pagination-item--active`,o!==`page`&&(o===`fast-backward`&&this.showFastBackwardMenu||o===`fast-forward`&&this.showFastForwardMenu)&&`${t}-pagination-item--hover`,n&&`${t}-pagination-item--disabled`,o===`page`&&`${t}-pagination-item--clickable`]),onClick:()=>{ee(e)},onMouseenter:i,onMouseleave:a},[G(()=>r)],42,wr));return o===`page`||!e.options?c:(S(),O(mr,{to:this.to,key:s,disabled:n,trigger:`hover`,virtualScroll:!0,style:{width:`60px`},theme:l.peers.Popselect,themeOverrides:l.peerOverrides.Popselect,builtinThemeOverrides:{peers:{InternalSelectMenu:{height:`calc(var(--n-option-height) * 4.6)`}}},nodeProps:()=>({style:{justifyContent:`center`}}),show:o===`fast-backward`?this.showFastBackwardMenu:this.showFastForwardMenu,onUpdateShow:e=>{e?o===`fast-backward`?this.showFastBackwardMenu=e:this.showFastForwardMenu=e:(this.showFastBackwardMenu=!1,this.showFastForwardMenu=!1)},options:e.options,onUpdateValue:this.handleMenuSelect,scrollable:!0,scrollbarProps:this.scrollbarProps,showCheckmark:!1},{default:()=>c},1032,[`to`,`disabled`,`theme`,`themeOverrides`,`show`,`onUpdateShow`,`options`,`onUpdateValue`,`scrollbarProps`]))}))],64)),d(`div`,{class:B([`${t}-pagination-item`,!ne&&`${t}-pagination-item--button`,{[`${t}-pagination-item--disabled`]:i<1||i>=a||n}]),onClick:te},[ne?(S(),f(C,{key:0},[G(()=>ne({page:i,pageSize:_,pageCount:a,itemCount:this.mergedItemCount,startIndex:this.startIndex,endIndex:this.endIndex}))],64)):(S(),O(ct,{key:1,clsPrefix:t},{default:()=>this.rtlEnabled?(S(),O(lt,{key:4})):(S(),O(dt,{key:5}))},1032,[`clsPrefix`]))],10,Er)],64)})();case`size-picker`:return!b&&s?(S(),O(Ae,g({key:14,consistentMenuWidth:!1,placeholder:``,showCheckmark:!1,to:this.to},this.selectProps,{size:m,options:v,value:_,disabled:n,scrollbarProps:this.scrollbarProps,theme:l.peers.Select,themeOverrides:l.peerOverrides.Select,onUpdateValue:j}),null,16,[`to`,`size`,`options`,`value`,`disabled`,`scrollbarProps`,`theme`,`themeOverrides`,`onUpdateValue`])):null;case`quick-jumper`:return!b&&c?(S(),f(`div`,{key:15,class:B(`${t}-pagination-quick-jumper`)},[k?(S(),f(C,{key:0},[G(()=>k())],64)):(S(),f(C,{key:1},[G(()=>me(this.$slots.goto,()=>[u.goto]))],64)),(S(),O(ht,{value:y,onUpdateValue:A,size:p,placeholder:``,disabled:n,theme:l.peers.Input,themeOverrides:l.peerOverrides.Input,onChange:N},null,8,[`value`,`onUpdateValue`,`size`,`disabled`,`theme`,`themeOverrides`,`onChange`]))],2)):null;default:return null}})),I?(S(),f(`div`,{key:2,class:B(`${t}-pagination-suffix`)},[G(()=>I({page:i,pageSize:_,pageCount:a,startIndex:this.startIndex,endIndex:this.endIndex,itemCount:this.mergedItemCount}))],2)):G(()=>null)],6)}}),kr={...Y.props,onUnstableColumnResize:Function,pagination:{type:[Object,Boolean],default:!1},paginateSinglePage:{type:Boolean,default:!0},minHeight:[Number,String],maxHeight:[Number,String],columns:{type:Array,default:()=>[]},rowClassName:[String,Function],rowProps:Function,rowKey:Function,summary:[Function],data:{type:Array,default:()=>[]},loading:Boolean,bordered:{type:Boolean,default:void 0},bottomBordered:{type:Boolean,default:void 0},striped:Boolean,scrollX:[Number,String],defaultCheckedRowKeys:{type:Array,default:()=>[]},checkedRowKeys:Array,singleLine:{type:Boolean,default:!0},singleColumn:Boolean,size:String,remote:Boolean,defaultExpandedRowKeys:{type:Array,default:[]},defaultExpandAll:Boolean,expandedRowKeys:Array,stickyExpandedRows:Boolean,virtualScroll:Boolean,virtualScrollX:Boolean,virtualScrollHeader:Boolean,headerHeight:{type:Number,default:28},heightForRow:Function,minRowHeight:{type:Number,default:28},tableLayout:{type:String,default:`auto`},allowCheckingNotLoaded:Boolean,cascade:{type:Boolean,default:!0},childrenKey:{type:String,default:`children`},indent:{type:Number,default:16},flexHeight:Boolean,summaryPlacement:{type:String,default:`bottom`},paginationBehaviorOnFilter:{type:String,default:`current`},filterIconPopoverProps:Object,scrollbarProps:Object,renderCell:Function,renderExpandIcon:Function,spinProps:Object,getCsvCell:Function,getCsvHeader:Function,onLoad:Function,"onUpdate:page":[Function,Array],onUpdatePage:[Function,Array],"onUpdate:pageSize":[Function,Array],onUpdatePageSize:[Function,Array],"onUpdate:sorter":[Function,Array],onUpdateSorter:[Function,Array],"onUpdate:filters":[Function,Array],onUpdateFilters:[Function,Array],"onUpdate:checkedRowKeys":[Function,Array],onUpdateCheckedRowKeys:[Function,Array],"onUpdate:expandedRowKeys":[Function,Array],onUpdateExpandedRowKeys:[Function,Array],onScroll:Function,onPageChange:[Function,Array],onPageSizeChange:[Function,Array],onSorterChange:[Function,Array],onFiltersChange:[Function,Array],onCheckedRowKeysChange:[Function,Array]},Ar=Ke(`n-data-table`),jr=Q(`ellipsis`,{overflow:`hidden`},[_e(`line-clamp`,`
 white-space: nowrap;
 display: inline-block;
 vertical-align: bottom;
 max-width: 100%;
 `),Z(`line-clamp`,`
 display: -webkit-inline-box;
 -webkit-box-orient: vertical;
 `),Z(`cursor-pointer`,`
 cursor: pointer;
 `)]),Mr=[`onClick`];function Nr(e){return`${e}-ellipsis--line-clamp`}function Pr(e,t){return`${e}-ellipsis--cursor-${t}`}var Fr={...Y.props,expandTrigger:String,lineClamp:[Number,String],tooltip:{type:[Boolean,Object],default:!0}},Ir=x({name:`Ellipsis`,inheritAttrs:!1,props:Fr,slots:Object,setup(e,{slots:t,attrs:n}){let r=V(),i=Y(`Ellipsis`,`-ellipsis`,jr,bt,e,r),a=k(null),o=k(null),s=k(null),c=k(!1),l=v(()=>{let{lineClamp:t}=e,{value:n}=c;return t===void 0?{textOverflow:n?``:`ellipsis`,"-webkit-line-clamp":``}:{textOverflow:``,"-webkit-line-clamp":n?``:t}});function u(){let t=!1,{value:n}=c;if(n)return!0;let{value:r}=a;if(r){let{lineClamp:n}=e;if(m(r),n!==void 0)t=r.scrollHeight<=r.offsetHeight;else{let{value:e}=o;e&&(t=e.getBoundingClientRect().width<=r.getBoundingClientRect().width)}h(r,t)}return t}function d(){if(e.expandTrigger!==`click`)return;let{value:t}=c;t&&s.value?.setShow(!1),c.value=!t}w(()=>{e.tooltip&&s.value?.setShow(!1)});let p=()=>(()=>{let i=U(`c61f52eafd841df5`);return S(),f(`span`,g(g(n,{class:[`${r.value}-ellipsis`,e.lineClamp===void 0?void 0:Nr(r.value),e.expandTrigger===`click`?Pr(r.value,`pointer`):void 0],style:l.value}),{ref:`triggerRef`,onClick:d,onMouseenter:i[0]||=e.expandTrigger===`click`?u:void 0}),[e.lineClamp?(S(),f(C,{key:0},[G(()=>t.default?.())],64)):(S(),f(`span`,{key:1,ref:`triggerInnerRef`},[G(()=>t.default?.())],512))],16,Mr)})();function m(t){if(!t)return;let n=l.value,i=Nr(r.value);e.lineClamp===void 0?_(t,i,`remove`):_(t,i,`add`);for(let e in n)t.style[e]!==n[e]&&(t.style[e]=n[e])}function h(t,n){let i=Pr(r.value,`pointer`);e.expandTrigger===`click`&&!n?_(t,i,`add`):_(t,i,`remove`)}function _(e,t,n){n===`add`?e.classList.contains(t)||e.classList.add(t):e.classList.contains(t)&&e.classList.remove(t)}return{mergedTheme:i,triggerRef:a,triggerInnerRef:o,tooltipRef:s,renderTrigger:p,getTooltipDisabled:u}},render(){let{tooltip:e,renderTrigger:t,$slots:n}=this;if(e){let{mergedTheme:r}=this;return S(),O(Ut,g({key:1,ref:`tooltipRef`,placement:`top`},e,{getDisabled:this.getTooltipDisabled,theme:r.peers.Tooltip,themeOverrides:r.peerOverrides.Tooltip}),{trigger:t,default:n.tooltip??n.default},1040,[`getDisabled`,`theme`,`themeOverrides`])}return t()}}),Lr=x({name:`PerformantEllipsis`,props:Fr,inheritAttrs:!1,setup(e,{attrs:t,slots:n}){let r=k(!1),i=V();return ne(`-ellipsis`,jr,i),{mouseEntered:r,renderTrigger:()=>{let{lineClamp:a}=e,o=i.value;return(()=>{let i=U(`dba02f32d69b23e6`);return S(),f(`span`,g(g(t,{class:[`${o}-ellipsis`,a===void 0?void 0:Nr(o),e.expandTrigger===`click`?Pr(o,`pointer`):void 0],style:a===void 0?{textOverflow:`ellipsis`}:{"-webkit-line-clamp":a}}),{onMouseenter:i[0]||=()=>{r.value=!0}}),[a?(S(),f(C,{key:0},[G(()=>n.default?.())],64)):(S(),f(`span`,{key:1},[G(()=>n.default?.())]))],16)})()}}},render(){return this.mouseEntered?e(Ir,g({},this.$attrs,this.$props),this.$slots):this.renderTrigger()}}),Rr=Q(`icon`,`
 height: 1em;
 width: 1em;
 line-height: 1em;
 text-align: center;
 display: inline-block;
 position: relative;
 fill: currentColor;
`,[Z(`color-transition`,{transition:`color .3s var(--n-bezier)`}),Z(`depth`,{color:`var(--n-color)`},[X(`svg`,{opacity:`var(--n-opacity)`,transition:`opacity .3s var(--n-bezier)`})]),X(`svg`,{height:`1em`,width:`1em`})]),zr={...Y.props,depth:[String,Number],size:[Number,String],color:String,component:[Object,Function]},Br=x({_n_icon__:!0,name:`Icon`,inheritAttrs:!1,props:zr,setup(e){let{mergedClsPrefixRef:t,inlineThemeDisabled:n}=W(e),r=Y(`Icon`,`-icon`,Rr,vt,e,t),i=v(()=>{let{depth:t}=e,{common:{cubicBezierEaseInOut:n},self:i}=r.value;if(t!==void 0){let{color:e,[`opacity${t}Depth`]:r}=i;return{"--n-bezier":n,"--n-color":e,"--n-opacity":r}}return{"--n-bezier":n,"--n-color":``,"--n-opacity":``}}),a=n?pe(`icon`,v(()=>`${e.depth||`d`}`),i,e):void 0;return{mergedClsPrefix:t,mergedStyle:v(()=>{let{size:t,color:n}=e;return{fontSize:$(t),color:n}}),cssVars:n?void 0:i,themeClass:a?.themeClass,onRender:a?.onRender}},render(){let{$parent:t,depth:n,mergedClsPrefix:r,component:i,onRender:a,themeClass:o}=this;return t?.$options?._n_icon__&&Be(`icon`,"don't wrap `n-icon` inside `n-icon`"),a?.(),e(`i`,g(this.$attrs,{role:`img`,class:[`${r}-icon`,o,{[`${r}-icon--depth`]:n,[`${r}-icon--color-transition`]:n!==void 0}],style:[this.cssVars,this.mergedStyle]}),i?e(i):this.$slots.default?.())}}),Vr=Ke(`n-dropdown-menu`),Hr=Ke(`n-dropdown`),Ur=Ke(`n-dropdown-option`),Wr=x({name:`DropdownDivider`,props:{clsPrefix:{type:String,required:!0}},render(){return S(),f(`div`,{class:B(`${this.clsPrefix}-dropdown-divider`)},null,2)}});function Gr(e,t){return e.type===`submenu`||e.type===void 0&&e[t]!==void 0}function Kr(e){return e.type===`group`}function qr(e){return e.type===`divider`}function Jr(e){return e.type===`render`}function Yr(e,t,n){if(!t)return e;let i=k(e.value),a=null;return r(e,e=>{a!==null&&window.clearTimeout(a),e===!0?n&&!n.value?i.value=!0:a=window.setTimeout(()=>{i.value=!0},t):i.value=!1}),i}var Xr=x({name:`DropdownOption`,props:{clsPrefix:{type:String,required:!0},tmNode:{type:Object,required:!0},parentKey:{type:[String,Number],default:null},placement:{type:String,default:`right-start`},props:Object,scrollable:Boolean},setup(e){let t=i(Hr),{hoverKeyRef:n,keyboardKeyRef:r,lastToggledSubmenuKeyRef:a,pendingKeyPathRef:o,activeKeyPathRef:s,animatedRef:c,mergedShowRef:l,renderLabelRef:u,renderIconRef:d,labelFieldRef:f,childrenFieldRef:p,renderOptionRef:m,nodePropsRef:h,menuPropsRef:g}=t,_=i(Ur,null),b=i(Vr),x=i(et),S=v(()=>e.tmNode.rawNode),C=v(()=>{let{value:t}=p;return Gr(e.tmNode.rawNode,t)}),w=v(()=>{let{disabled:t}=e.tmNode;return t}),T=Yr(v(()=>{if(!C.value)return!1;let{key:t,disabled:i}=e.tmNode;if(i)return!1;let{value:s}=n,{value:c}=r,{value:l}=a,{value:u}=o;return s===null?c===null?l!==null&&u.includes(t):u.includes(t)&&u[u.length-1]!==t:u.includes(t)}),300,v(()=>r.value===null&&!c.value)),E=v(()=>!!_?.enteringSubmenuRef.value),D=k(!1);y(Ur,{enteringSubmenuRef:D});function O(){D.value=!0}function A(){D.value=!1}function j(){let{parentKey:t,tmNode:i}=e;i.disabled||l.value&&(a.value=t,r.value=null,n.value=i.key)}function M(){let{tmNode:t}=e;t.disabled||l.value&&n.value!==t.key&&j()}function ee(t){if(e.tmNode.disabled||!l.value)return;let{relatedTarget:r}=t;r&&!xe({target:r},`dropdownOption`)&&!xe({target:r},`scrollbarRail`)&&(n.value=null)}function te(){let{value:n}=C,{tmNode:r}=e;l.value&&!n&&!r.disabled&&(t.doSelect(r.key,r.rawNode),t.doUpdateShow(!1))}return{labelField:f,renderLabel:u,renderIcon:d,siblingHasIcon:b.showIconRef,siblingHasSubmenu:b.hasSubmenuRef,menuProps:g,popoverBody:x,animated:c,mergedShowSubmenu:v(()=>T.value&&!E.value),rawNode:S,hasSubmenu:C,pending:Ie(()=>{let{value:t}=o,{key:n}=e.tmNode;return t.includes(n)}),childActive:Ie(()=>{let{value:t}=s,{key:n}=e.tmNode,r=t.findIndex(e=>n===e);return r!==-1&&r<t.length-1}),active:Ie(()=>{let{value:t}=s,{key:n}=e.tmNode,r=t.findIndex(e=>n===e);return r!==-1&&r===t.length-1}),mergedDisabled:w,renderOption:m,nodeProps:h,handleClick:te,handleMouseMove:M,handleMouseEnter:j,handleMouseLeave:ee,handleSubmenuBeforeEnter:O,handleSubmenuAfterEnter:A}},render(){let{animated:t,rawNode:n,mergedShowSubmenu:r,clsPrefix:i,siblingHasIcon:a,siblingHasSubmenu:o,renderLabel:s,renderIcon:c,renderOption:l,nodeProps:u,props:d,scrollable:p}=this,m=null;if(r){let e=this.menuProps?.(n,n.children);m=(t=>(S(),O(ei,g({key:1},e,{clsPrefix:i,scrollable:this.scrollable,tmNodes:this.tmNode.children,parentKey:this.tmNode.key}),null,16,[`clsPrefix`,`scrollable`,`tmNodes`,`parentKey`])))(m)}let h={class:[`${i}-dropdown-option-body`,this.pending&&`${i}-dropdown-option-body--pending`,this.active&&`${i}-dropdown-option-body--active`,this.childActive&&`${i}-dropdown-option-body--child-active`,this.mergedDisabled&&`${i}-dropdown-option-body--disabled`],onMousemove:this.handleMouseMove,onMouseenter:this.handleMouseEnter,onMouseleave:this.handleMouseLeave,onClick:this.handleClick},_=u?.(n),v=(S(),f(`div`,g({class:[`${i}-dropdown-option`,_?.class],"data-dropdown-option":!0},_),[G(()=>e(`div`,g(h,d),[(S(),f(`div`,{class:B([`${i}-dropdown-option-body__prefix`,a&&`${i}-dropdown-option-body__prefix--show-icon`])},[G(()=>[c?c(n):$e(n.icon)])],2)),(S(),f(`div`,{"data-dropdown-option":!0,class:B(`${i}-dropdown-option-body__label`)},[s?(S(),f(C,{key:0},[G(()=>s(n))],64)):(S(),f(C,{key:1},[G(()=>$e(n[this.labelField]??n.title))],64))],2)),(S(),f(`div`,{"data-dropdown-option":!0,class:B([`${i}-dropdown-option-body__suffix`,o&&`${i}-dropdown-option-body__suffix--has-submenu`])},[this.hasSubmenu?(S(),O(Br,{key:0},{_:1,default:z(()=>(S(),O(or)))})):G(()=>null)],2))])),this.hasSubmenu?(S(),O(ye,{key:0},{default:()=>[(S(),O(we,null,{default:()=>(S(),f(`div`,{class:B(`${i}-dropdown-offset-container`)},[(S(),O(Te,{show:this.mergedShowSubmenu,placement:this.placement,to:p&&this.popoverBody||void 0,teleportDisabled:!p},{default:()=>(S(),f(`div`,{class:B(`${i}-dropdown-menu-wrapper`)},[t?(S(),O(I,{key:0,onBeforeEnter:this.handleSubmenuBeforeEnter,onAfterEnter:this.handleSubmenuAfterEnter,name:`fade-in-scale-up-transition`,appear:!0},{default:()=>m},1032,[`onBeforeEnter`,`onAfterEnter`])):(S(),f(C,{key:1},[G(()=>m)],64))],2))},1032,[`show`,`placement`,`to`,`teleportDisabled`]))],2))},1024))]},1024)):G(()=>null)],16));return l?l({node:v,option:n}):v}}),Zr=x({name:`DropdownGroupHeader`,props:{clsPrefix:{type:String,required:!0},tmNode:{type:Object,required:!0}},setup(){let{showIconRef:e,hasSubmenuRef:t}=i(Vr),{renderLabelRef:n,labelFieldRef:r,nodePropsRef:a,renderOptionRef:o}=i(Hr);return{labelField:r,showIcon:e,hasSubmenu:t,renderLabel:n,nodeProps:a,renderOption:o}},render(){let{clsPrefix:e,hasSubmenu:t,showIcon:n,nodeProps:r,renderLabel:i,renderOption:a}=this,{rawNode:o}=this.tmNode,s=(S(),f(`div`,g({class:`${e}-dropdown-option`},r?.(o)),[d(`div`,{class:B(`${e}-dropdown-option-body ${e}-dropdown-option-body--group`)},[d(`div`,{"data-dropdown-option":!0,class:B([`${e}-dropdown-option-body__prefix`,n&&`${e}-dropdown-option-body__prefix--show-icon`])},[G(()=>$e(o.icon))],2),d(`div`,{class:B(`${e}-dropdown-option-body__label`),"data-dropdown-option":!0},[i?(S(),f(C,{key:0},[G(()=>i(o))],64)):(S(),f(C,{key:1},[G(()=>$e(o.title??o[this.labelField]))],64))],2),d(`div`,{class:B([`${e}-dropdown-option-body__suffix`,t&&`${e}-dropdown-option-body__suffix--has-submenu`]),"data-dropdown-option":!0},null,2)],2)],16));return a?a({node:s,option:o}):s}}),Qr=x({name:`NDropdownGroup`,props:{clsPrefix:{type:String,required:!0},tmNode:{type:Object,required:!0},parentKey:{type:[String,Number],default:null}},render(){let{tmNode:t,parentKey:n,clsPrefix:r}=this,{children:i}=t;return S(),f(C,null,[(S(),O(Zr,{clsPrefix:r,tmNode:t,key:t.key},null,8,[`clsPrefix`,`tmNode`])),G(()=>i?.map(t=>{let{rawNode:i}=t;return i.show===!1?null:qr(i)?e(Wr,{clsPrefix:r,key:t.key}):t.isGroup?(Be(`dropdown`,"`group` node is not allowed to be put in `group` node."),null):(S(),O(Xr,{clsPrefix:r,tmNode:t,parentKey:n,key:t.key},null,8,[`clsPrefix`,`tmNode`,`parentKey`]))}))],64)}}),$r=x({name:`DropdownRenderOption`,props:{tmNode:{type:Object,required:!0}},render(){let{rawNode:{render:t,props:n}}=this.tmNode;return e(`div`,n,[t?.()])}}),ei=x({name:`DropdownMenu`,props:{scrollable:Boolean,showArrow:Boolean,arrowStyle:[String,Object],clsPrefix:{type:String,required:!0},tmNodes:{type:Array,default:()=>[]},parentKey:{type:[String,Number],default:null}},setup(e){let{renderIconRef:t,childrenFieldRef:n}=i(Hr);y(Vr,{showIconRef:v(()=>{let n=t.value;return e.tmNodes.some(e=>{if(e.isGroup)return e.children?.some(({rawNode:e})=>n?n(e):e.icon);let{rawNode:t}=e;return n?n(t):t.icon})}),hasSubmenuRef:v(()=>{let{value:t}=n;return e.tmNodes.some(e=>{if(e.isGroup)return e.children?.some(({rawNode:e})=>Gr(e,t));let{rawNode:n}=e;return Gr(n,t)})})});let r=k(null);return y(Qe,null),y(at,null),y(et,r),{bodyRef:r}},render(){let{parentKey:e,clsPrefix:t,scrollable:n}=this,r=this.tmNodes.map(r=>{let{rawNode:i}=r;return i.show===!1?null:Jr(i)?(S(),O($r,{tmNode:r,key:r.key},null,8,[`tmNode`])):qr(i)?(S(),O(Wr,{clsPrefix:t,key:r.key},null,8,[`clsPrefix`])):Kr(i)?(S(),O(Qr,{clsPrefix:t,tmNode:r,parentKey:e,key:r.key},null,8,[`clsPrefix`,`tmNode`,`parentKey`])):(S(),O(Xr,{clsPrefix:t,tmNode:r,parentKey:e,key:r.key,props:i.props,scrollable:n},null,8,[`clsPrefix`,`tmNode`,`parentKey`,`props`,`scrollable`]))});return S(),f(`div`,{class:B([`${t}-dropdown-menu`,n&&`${t}-dropdown-menu--scrollable`]),ref:`bodyRef`},[n?(S(),O(Ot,{key:0,contentClass:`${t}-dropdown-menu__content`},{default:()=>r},1032,[`contentClass`])):(S(),f(C,{key:1},[G(()=>r)],64)),this.showArrow?(S(),f(C,{key:2},[G(()=>Oe({clsPrefix:t,arrowStyle:this.arrowStyle,arrowClass:void 0,arrowWrapperClass:void 0,arrowWrapperStyle:void 0}))],64)):G(()=>null)],2)}}),ti=Q(`dropdown-menu`,`
 transform-origin: var(--v-transform-origin);
 background-color: var(--n-color);
 border-radius: var(--n-border-radius);
 box-shadow: var(--n-box-shadow);
 position: relative;
 transition:
 background-color .3s var(--n-bezier),
 box-shadow .3s var(--n-bezier);
`,[nt(),Q(`dropdown-option`,`
 position: relative;
 `,[X(`a`,`
 text-decoration: none;
 color: inherit;
 outline: none;
 `,[X(`&::before`,`
 content: "";
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 `)]),Q(`dropdown-option-body`,`
 display: flex;
 cursor: pointer;
 position: relative;
 height: var(--n-option-height);
 line-height: var(--n-option-height);
 font-size: var(--n-font-size);
 color: var(--n-option-text-color);
 transition: color .3s var(--n-bezier);
 `,[X(`&::before`,`
 content: "";
 position: absolute;
 top: 0;
 bottom: 0;
 left: 4px;
 right: 4px;
 transition: background-color .3s var(--n-bezier);
 border-radius: var(--n-border-radius);
 `),_e(`disabled`,[Z(`pending`,`
 color: var(--n-option-text-color-hover);
 `,[q(`prefix, suffix`,`
 color: var(--n-option-text-color-hover);
 `),X(`&::before`,`background-color: var(--n-option-color-hover);`)]),Z(`active`,`
 color: var(--n-option-text-color-active);
 `,[q(`prefix, suffix`,`
 color: var(--n-option-text-color-active);
 `),X(`&::before`,`background-color: var(--n-option-color-active);`)]),Z(`child-active`,`
 color: var(--n-option-text-color-child-active);
 `,[q(`prefix, suffix`,`
 color: var(--n-option-text-color-child-active);
 `)])]),Z(`disabled`,`
 cursor: not-allowed;
 opacity: var(--n-option-opacity-disabled);
 `),Z(`group`,`
 font-size: calc(var(--n-font-size) - 1px);
 color: var(--n-group-header-text-color);
 `,[q(`prefix`,`
 width: calc(var(--n-option-prefix-width) / 2);
 `,[Z(`show-icon`,`
 width: calc(var(--n-option-icon-prefix-width) / 2);
 `)])]),q(`prefix`,`
 width: var(--n-option-prefix-width);
 display: flex;
 justify-content: center;
 align-items: center;
 color: var(--n-prefix-color);
 transition: color .3s var(--n-bezier);
 z-index: 1;
 `,[Z(`show-icon`,`
 width: var(--n-option-icon-prefix-width);
 `),Q(`icon`,`
 font-size: var(--n-option-icon-size);
 `)]),q(`label`,`
 white-space: nowrap;
 flex: 1;
 z-index: 1;
 `),q(`suffix`,`
 box-sizing: border-box;
 flex-grow: 0;
 flex-shrink: 0;
 display: flex;
 justify-content: flex-end;
 align-items: center;
 min-width: var(--n-option-suffix-width);
 padding: 0 8px;
 transition: color .3s var(--n-bezier);
 color: var(--n-suffix-color);
 z-index: 1;
 `,[Z(`has-submenu`,`
 width: var(--n-option-icon-suffix-width);
 `),Q(`icon`,`
 font-size: var(--n-option-icon-size);
 `)]),Q(`dropdown-menu`,`pointer-events: all;`)]),Q(`dropdown-offset-container`,`
 pointer-events: none;
 position: absolute;
 left: 0;
 right: 0;
 top: -4px;
 bottom: -4px;
 `)]),Q(`dropdown-divider`,`
 transition: background-color .3s var(--n-bezier);
 background-color: var(--n-divider-color);
 height: 1px;
 margin: 4px 0;
 `),Q(`dropdown-menu-wrapper`,`
 transform-origin: var(--v-transform-origin);
 width: fit-content;
 `),X(`>`,[Q(`scrollbar`,`
 height: inherit;
 max-height: inherit;
 `)]),_e(`scrollable`,`
 padding: var(--n-padding);
 `),Z(`scrollable`,[q(`content`,`
 padding: var(--n-padding);
 `)])]),ni={animated:{type:Boolean,default:!0},keyboard:{type:Boolean,default:!0},size:String,inverted:Boolean,placement:{type:String,default:`bottom`},onSelect:[Function,Array],options:{type:Array,default:()=>[]},menuProps:Function,showArrow:Boolean,renderLabel:Function,renderIcon:Function,renderOption:Function,nodeProps:Function,labelField:{type:String,default:`label`},keyField:{type:String,default:`key`},childrenField:{type:String,default:`children`},value:[String,Number]},ri=Object.keys(Ce),ii={...Ce,...ni,...Y.props},ai=x({name:`Dropdown`,inheritAttrs:!1,props:ii,setup(e){let t=k(!1),n=Mt(A(e,`show`),t),i=v(()=>{let{keyField:t,childrenField:n}=e;return be(e.options,{getKey(e){return e[t]},getDisabled(e){return e.disabled===!0},getIgnored(e){return e.type===`divider`||e.type===`render`},getChildren(e){return e[n]}})}),a=v(()=>i.value.treeNodes),o=k(null),s=k(null),c=k(null),l=v(()=>o.value??s.value??c.value??null),u=v(()=>i.value.getPath(l.value).keyPath),d=v(()=>i.value.getPath(e.value).keyPath),f=Ie(()=>e.keyboard&&n.value);ft({keydown:{ArrowUp:{prevent:!0,handler:E},ArrowRight:{prevent:!0,handler:T},ArrowDown:{prevent:!0,handler:D},ArrowLeft:{prevent:!0,handler:w},Enter:{prevent:!0,handler:O},Escape:C}},f);let{mergedClsPrefixRef:p,inlineThemeDisabled:m,mergedComponentPropsRef:h}=W(e),g=v(()=>e.size||h?.value?.Dropdown?.size||`medium`),_=Y(`Dropdown`,`-dropdown`,ti,Tt,e,p);y(Hr,{labelFieldRef:A(e,`labelField`),childrenFieldRef:A(e,`childrenField`),renderLabelRef:A(e,`renderLabel`),renderIconRef:A(e,`renderIcon`),hoverKeyRef:o,keyboardKeyRef:s,lastToggledSubmenuKeyRef:c,pendingKeyPathRef:u,activeKeyPathRef:d,animatedRef:A(e,`animated`),mergedShowRef:n,nodePropsRef:A(e,`nodeProps`),renderOptionRef:A(e,`renderOption`),menuPropsRef:A(e,`menuProps`),doSelect:b,doUpdateShow:x}),r(n,t=>{!e.animated&&!t&&S()});function b(t,n){let{onSelect:r}=e;r&&H(r,t,n)}function x(n){let{"onUpdate:show":r,onUpdateShow:i}=e;r&&H(r,n),i&&H(i,n),t.value=n}function S(){o.value=null,s.value=null,c.value=null}function C(){x(!1)}function w(){M(`left`)}function T(){M(`right`)}function E(){M(`up`)}function D(){M(`down`)}function O(){let e=j();e?.isLeaf&&n.value&&(b(e.key,e.rawNode),x(!1))}function j(){let{value:e}=i,{value:t}=l;return!e||t===null?null:e.getNode(t)??null}function M(e){let{value:t}=l,{value:{getFirstAvailableNode:n}}=i,r=null;if(t===null){let e=n();e!==null&&(r=e.key)}else{let t=j();if(t){let n;switch(e){case`down`:n=t.getNext();break;case`up`:n=t.getPrev();break;case`right`:n=t.getChild();break;case`left`:n=t.getParent()}n&&(r=n.key)}}r!==null&&(o.value=null,s.value=r)}let ee=v(()=>{let{inverted:t}=e,n=g.value,{common:{cubicBezierEaseInOut:r},self:i}=_.value,{padding:a,dividerColor:o,borderRadius:s,optionOpacityDisabled:c,[J(`optionIconSuffixWidth`,n)]:l,[J(`optionSuffixWidth`,n)]:u,[J(`optionIconPrefixWidth`,n)]:d,[J(`optionPrefixWidth`,n)]:f,[J(`fontSize`,n)]:p,[J(`optionHeight`,n)]:m,[J(`optionIconSize`,n)]:h}=i,v={"--n-bezier":r,"--n-font-size":p,"--n-padding":a,"--n-border-radius":s,"--n-option-height":m,"--n-option-prefix-width":f,"--n-option-icon-prefix-width":d,"--n-option-suffix-width":u,"--n-option-icon-suffix-width":l,"--n-option-icon-size":h,"--n-divider-color":o,"--n-option-opacity-disabled":c};return t?(v[`--n-color`]=i.colorInverted,v[`--n-option-color-hover`]=i.optionColorHoverInverted,v[`--n-option-color-active`]=i.optionColorActiveInverted,v[`--n-option-text-color`]=i.optionTextColorInverted,v[`--n-option-text-color-hover`]=i.optionTextColorHoverInverted,v[`--n-option-text-color-active`]=i.optionTextColorActiveInverted,v[`--n-option-text-color-child-active`]=i.optionTextColorChildActiveInverted,v[`--n-prefix-color`]=i.prefixColorInverted,v[`--n-suffix-color`]=i.suffixColorInverted,v[`--n-group-header-text-color`]=i.groupHeaderTextColorInverted):(v[`--n-color`]=i.color,v[`--n-option-color-hover`]=i.optionColorHover,v[`--n-option-color-active`]=i.optionColorActive,v[`--n-option-text-color`]=i.optionTextColor,v[`--n-option-text-color-hover`]=i.optionTextColorHover,v[`--n-option-text-color-active`]=i.optionTextColorActive,v[`--n-option-text-color-child-active`]=i.optionTextColorChildActive,v[`--n-prefix-color`]=i.prefixColor,v[`--n-suffix-color`]=i.suffixColor,v[`--n-group-header-text-color`]=i.groupHeaderTextColor),v}),te=m?pe(`dropdown`,v(()=>`${g.value[0]}${e.inverted?`i`:``}`),ee,e):void 0;return{mergedClsPrefix:p,mergedTheme:_,mergedSize:g,tmNodes:a,mergedShow:n,handleAfterLeave:()=>{e.animated&&S()},doUpdateShow:x,cssVars:m?void 0:ee,themeClass:te?.themeClass,onRender:te?.onRender}},render(){let t=(t,n,r,i,a)=>{let{mergedClsPrefix:o,menuProps:s}=this;this.onRender?.();let c=s?.(void 0,this.tmNodes.map(e=>e.rawNode))||{},l={ref:sr(n),class:[t,`${o}-dropdown`,`${o}-dropdown--${this.mergedSize}-size`,this.themeClass],clsPrefix:o,tmNodes:this.tmNodes,style:[...r,this.cssVars],showArrow:this.showArrow,arrowStyle:this.arrowStyle,scrollable:this.scrollable,onMouseenter:i,onMouseleave:a};return e(ei,g(this.$attrs,l,c))},{mergedTheme:n}=this,r={show:this.mergedShow,theme:n.peers.Popover,themeOverrides:n.peerOverrides.Popover,internalOnAfterLeave:this.handleAfterLeave,internalRenderBody:t,onUpdateShow:this.doUpdateShow,"onUpdate:show":void 0};return S(),O(Se,Ze(this.$props,ri,r),{_:1,trigger:z(()=>this.$slots.default?.())},16)}});function oi(e){if(e.type===`selection`||e.type===`expand`)return e.width===void 0?40:Ft(e.width);if(!(`children`in e))return typeof e.width==`string`?Ft(e.width):e.width}function si(e){if(e.type===`selection`||e.type===`expand`)return $(e.width??40);if(!(`children`in e))return $(e.width)}function ci(e){return e.type===`selection`?`__n_selection__`:e.type===`expand`?`__n_expand__`:e.key}function li(e){return e&&(typeof e==`object`?Object.assign({},e):e)}function ui(e){return e===`ascend`?1:e===`descend`?-1:0}function di(e,t,n){return n!==void 0&&(e=Math.min(e,typeof n==`number`?n:Number.parseFloat(n))),t!==void 0&&(e=Math.max(e,typeof t==`number`?t:Number.parseFloat(t))),e}function fi(e,t){if(t!==void 0)return{width:t,minWidth:t,maxWidth:t};let n=si(e),{minWidth:r,maxWidth:i}=e;return{width:n,minWidth:$(r)||n,maxWidth:$(i)}}function pi(e,t,n){return typeof n==`function`?n(e,t):n||``}function mi(e){return e.filterOptionValues!==void 0||e.filterOptionValue===void 0&&e.defaultFilterOptionValues!==void 0}function hi(e){return`children`in e?!1:!!e.sorter}function gi(e){return`children`in e&&e.children.length?!1:!!e.resizable}function _i(e){return`children`in e?!1:!!e.filter&&(!!e.filterOptions||!!e.renderFilterMenu)}function vi(e){return e?e===`descend`&&`ascend`:`descend`}function yi(e,t){if(e.sorter===void 0)return null;let{customNextSortOrder:n}=e;return t===null||t.columnKey!==e.key?{columnKey:e.key,sorter:e.sorter,order:vi(!1)}:{...t,order:(n||vi)(t.order)}}function bi(e,t){return t.find(t=>t.columnKey===e.key&&t.order)!==void 0}function xi(e){return typeof e==`string`?e.replace(/,/g,`\\,`):e==null?``:`${e}`.replace(/,/g,`\\,`)}function Si(e,t,n,r){let i=e.filter(e=>e.type!==`expand`&&e.type!==`selection`&&e.allowExport!==!1);return[i.map(e=>r?r(e):e.title).join(`,`),...t.map(e=>i.map(t=>n?n(e[t.key],e,t):xi(e[t.key])).join(`,`))].join(`
`)}var Ci=x({name:`Filter`,render(){return(()=>{let e=U(`32f755e984c27f19`);return e[0]||=d(`svg`,{viewBox:`0 0 28 28`,version:`1.1`,xmlns:`http://www.w3.org/2000/svg`},[d(`g`,{stroke:`none`,"stroke-width":`1`,"fill-rule":`evenodd`},[d(`g`,{"fill-rule":`nonzero`},[d(`path`,{d:`M17,19 C17.5522847,19 18,19.4477153 18,20 C18,20.5522847 17.5522847,21 17,21 L11,21 C10.4477153,21 10,20.5522847 10,20 C10,19.4477153 10.4477153,19 11,19 L17,19 Z M21,13 C21.5522847,13 22,13.4477153 22,14 C22,14.5522847 21.5522847,15 21,15 L7,15 C6.44771525,15 6,14.5522847 6,14 C6,13.4477153 6.44771525,13 7,13 L21,13 Z M24,7 C24.5522847,7 25,7.44771525 25,8 C25,8.55228475 24.5522847,9 24,9 L4,9 C3.44771525,9 3,8.55228475 3,8 C3,7.44771525 3.44771525,7 4,7 L24,7 Z`})])])],-1)})()}}),wi=x({name:`DataTableFilterMenu`,props:{column:{type:Object,required:!0},radioGroupName:{type:String,required:!0},multiple:{type:Boolean,required:!0},value:{type:[Array,String,Number],default:null},options:{type:Array,required:!0},onConfirm:{type:Function,required:!0},onClear:{type:Function,required:!0},onChange:{type:Function,required:!0}},setup(e){let{mergedClsPrefixRef:t,mergedRtlRef:n}=W(e),r=se(`DataTable`,n,t),{mergedClsPrefixRef:a,mergedThemeRef:o,localeRef:s}=i(Ar),c=k(e.value),l=v(()=>{let{value:e}=c;return Array.isArray(e)?e:null}),u=v(()=>{let{value:t}=c;return mi(e.column)?Array.isArray(t)&&t.length&&t[0]||null:Array.isArray(t)?null:t});function d(t){e.onChange(t)}function f(t){e.multiple&&Array.isArray(t)?c.value=t:mi(e.column)&&!Array.isArray(t)?c.value=[t]:c.value=t}function p(){d(c.value),e.onConfirm()}function m(){e.multiple||mi(e.column)?d([]):d(null),e.onClear()}return{mergedClsPrefix:a,rtlEnabled:r,mergedTheme:o,locale:s,checkboxGroupValue:l,radioGroupValue:u,handleChange:f,handleConfirmClick:p,handleClearClick:m}},render(){let{mergedTheme:e,locale:n,mergedClsPrefix:r}=this;return S(),f(`div`,{class:B([`${r}-data-table-filter-menu`,this.rtlEnabled&&`${r}-data-table-filter-menu--rtl`])},[t(At,null,{default:()=>{let{checkboxGroupValue:t,handleChange:n}=this;return this.multiple?(S(),O(Vt,{key:1,value:t,class:B(`${r}-data-table-filter-menu__group`),onUpdateValue:n},{default:()=>this.options.map(t=>(S(),O(Bt,{key:t.value,theme:e.peers.Checkbox,themeOverrides:e.peerOverrides.Checkbox,value:t.value},{default:()=>t.label},1032,[`theme`,`themeOverrides`,`value`])))},1032,[`value`,`class`,`onUpdateValue`])):(S(),O(Yt,{key:2,name:this.radioGroupName,class:B(`${r}-data-table-filter-menu__group`),value:this.radioGroupValue,onUpdateValue:this.handleChange},{default:()=>this.options.map(t=>(S(),O(Jt,{key:t.value,value:t.value,theme:e.peers.Radio,themeOverrides:e.peerOverrides.Radio},{default:()=>t.label},1032,[`value`,`theme`,`themeOverrides`])))},1032,[`name`,`class`,`value`,`onUpdateValue`]))}},1024),d(`div`,{class:B(`${r}-data-table-filter-menu__action`)},[(S(),O(K,{size:`tiny`,theme:e.peers.Button,themeOverrides:e.peerOverrides.Button,onClick:this.handleClearClick},{default:()=>n.clear},1032,[`theme`,`themeOverrides`,`onClick`])),(S(),O(K,{theme:e.peers.Button,themeOverrides:e.peerOverrides.Button,type:`primary`,size:`tiny`,onClick:this.handleConfirmClick},{default:()=>n.confirm},1032,[`theme`,`themeOverrides`,`onClick`]))],2)],2)}}),Ti=x({name:`DataTableRenderFilter`,props:{render:{type:Function,required:!0},active:Boolean,show:Boolean},render(){let{render:e,active:t,show:n}=this;return e({active:t,show:n})}});function Ei(e,t,n){let r=Object.assign({},e);return r[t]=n,r}var Di=x({name:`DataTableFilterButton`,props:{column:{type:Object,required:!0},options:{type:Array,default:()=>[]}},setup(e){let{mergedComponentPropsRef:t}=W(),{mergedThemeRef:n,mergedClsPrefixRef:r,mergedFilterStateRef:a,filterMenuCssVarsRef:o,paginationBehaviorOnFilterRef:s,doUpdatePage:c,doUpdateFilters:l,filterIconPopoverPropsRef:u}=i(Ar),d=k(!1),f=a,p=v(()=>e.column.filterMultiple!==!1),m=v(()=>{let t=f.value[e.column.key];if(t===void 0){let{value:e}=p;return e?[]:null}return t}),h=v(()=>{let{value:e}=m;return Array.isArray(e)?e.length>0:e!==null}),g=v(()=>t?.value?.DataTable?.renderFilter||e.column.renderFilter);function _(t){let n=Ei(f.value,e.column.key,t);l(n,e.column),s.value===`first`&&c(1)}function y(){d.value=!1}function b(){d.value=!1}return{mergedTheme:n,mergedClsPrefix:r,active:h,showPopover:d,mergedRenderFilter:g,filterIconPopoverProps:u,filterMultiple:p,mergedFilterValue:m,filterMenuCssVars:o,handleFilterChange:_,handleFilterMenuConfirm:b,handleFilterMenuCancel:y}},render(){let{mergedTheme:e,mergedClsPrefix:t,handleFilterMenuCancel:n,filterIconPopoverProps:r}=this;return S(),O(Se,g({show:this.showPopover,onUpdateShow:e=>this.showPopover=e,trigger:`click`,theme:e.peers.Popover,themeOverrides:e.peerOverrides.Popover,placement:`bottom`},r,{style:{padding:0}}),{trigger:()=>{let{mergedRenderFilter:e}=this;if(e)return S(),O(Ti,{key:1,"data-data-table-filter":!0,render:e,active:this.active,show:this.showPopover},null,8,[`render`,`active`,`show`]);let{renderFilterIcon:n}=this.column;return S(),f(`div`,{"data-data-table-filter":!0,class:B([`${t}-data-table-filter`,{[`${t}-data-table-filter--active`]:this.active,[`${t}-data-table-filter--show`]:this.showPopover}])},[n?(S(),f(C,{key:0},[G(()=>n({active:this.active,show:this.showPopover}))],64)):(S(),O(ct,{key:1,clsPrefix:t},{default:()=>(S(),O(Ci))},1032,[`clsPrefix`]))],2)},default:()=>{let{renderFilterMenu:e}=this.column;return e?e({hide:n}):(S(),O(wi,{key:2,style:h(this.filterMenuCssVars),radioGroupName:String(this.column.key),multiple:this.filterMultiple,value:this.mergedFilterValue,options:this.options,column:this.column,onChange:this.handleFilterChange,onClear:this.handleFilterMenuCancel,onConfirm:this.handleFilterMenuConfirm},null,8,[`style`,`radioGroupName`,`multiple`,`value`,`options`,`column`,`onChange`,`onClear`,`onConfirm`]))}},1040,[`show`,`onUpdateShow`,`theme`,`themeOverrides`])}}),Oi=[`onMousedown`],ki=x({name:`ColumnResizeButton`,props:{onResizeStart:Function,onResize:Function,onResizeEnd:Function},setup(e){let{mergedClsPrefixRef:t}=i(Ar),n=k(!1),r=0;function a(e){return e.clientX}function o(t){t.preventDefault();let i=n.value;r=a(t),n.value=!0,i||(Dt(`mousemove`,window,s),Dt(`mouseup`,window,c),e.onResizeStart?.())}function s(t){e.onResize?.(a(t)-r)}function c(){n.value=!1,e.onResizeEnd?.(),kt(`mousemove`,window,s),kt(`mouseup`,window,c)}return b(()=>{kt(`mousemove`,window,s),kt(`mouseup`,window,c)}),{mergedClsPrefix:t,active:n,handleMousedown:o}},render(){let{mergedClsPrefix:e}=this;return S(),f(`span`,{"data-data-table-resizable":!0,class:B([`${e}-data-table-resize-button`,this.active&&`${e}-data-table-resize-button--active`]),onMousedown:this.handleMousedown},null,42,Oi)}}),Ai=x({name:`ArrowDown`,render(){return(()=>{let e=U(`bd1a1948a64f963c`);return e[0]||=d(`svg`,{viewBox:`0 0 28 28`,version:`1.1`,xmlns:`http://www.w3.org/2000/svg`},[d(`g`,{stroke:`none`,"stroke-width":`1`,"fill-rule":`evenodd`},[d(`g`,{"fill-rule":`nonzero`},[d(`path`,{d:`M23.7916,15.2664 C24.0788,14.9679 24.0696,14.4931 23.7711,14.206 C23.4726,13.9188 22.9978,13.928 22.7106,14.2265 L14.7511,22.5007 L14.7511,3.74792 C14.7511,3.33371 14.4153,2.99792 14.0011,2.99792 C13.5869,2.99792 13.2511,3.33371 13.2511,3.74793 L13.2511,22.4998 L5.29259,14.2265 C5.00543,13.928 4.53064,13.9188 4.23213,14.206 C3.93361,14.4931 3.9244,14.9679 4.21157,15.2664 L13.2809,24.6944 C13.6743,25.1034 14.3289,25.1034 14.7223,24.6944 L23.7916,15.2664 Z`})])])],-1)})()}}),ji=x({name:`DataTableRenderSorter`,props:{render:{type:Function,required:!0},order:{type:[String,Boolean],default:!1}},render(){let{render:e,order:t}=this;return e({order:t})}}),Mi=x({name:`SortIcon`,props:{column:{type:Object,required:!0}},setup(e){let{mergedComponentPropsRef:t}=W(),{mergedSortStateRef:n,mergedClsPrefixRef:r}=i(Ar),a=v(()=>n.value.find(t=>t.columnKey===e.column.key)),o=v(()=>a.value!==void 0);return{mergedClsPrefix:r,active:o,mergedSortOrder:v(()=>{let{value:e}=a;return e&&o.value?e.order:!1}),mergedRenderSorter:v(()=>t?.value?.DataTable?.renderSorter||e.column.renderSorter)}},render(){let{mergedRenderSorter:e,mergedSortOrder:t,mergedClsPrefix:n}=this,{renderSorterIcon:r}=this.column;return e?(S(),O(ji,{key:1,render:e,order:t},null,8,[`render`,`order`])):(S(),f(`span`,{key:2,class:B([`${n}-data-table-sorter`,t===`ascend`&&`${n}-data-table-sorter--asc`,t===`descend`&&`${n}-data-table-sorter--desc`])},[r?(S(),f(C,{key:0},[G(()=>r({order:t}))],64)):(S(),O(ct,{key:1,clsPrefix:n},{default:()=>(S(),O(Ai))},1032,[`clsPrefix`]))],2))}}),Ni=`_n_all__`,Pi=`_n_none__`;function Fi(e,t,n,r){return e?i=>{for(let a of e)switch(i){case Ni:n(!0);return;case Pi:r(!0);return;default:if(typeof a==`object`&&a.key===i){a.onSelect(t.value);return}}}:()=>{}}function Ii(e,t){return e?e.map(e=>{switch(e){case`all`:return{label:t.checkTableAll,key:Ni};case`none`:return{label:t.uncheckTableAll,key:Pi};default:return e}}):[]}var Li=x({name:`DataTableSelectionMenu`,props:{clsPrefix:{type:String,required:!0}},setup(e){let{props:t,localeRef:n,checkOptionsRef:r,rawPaginatedDataRef:a,doCheckAll:o,doUncheckAll:s}=i(Ar),c=v(()=>Fi(r.value,a,o,s)),l=v(()=>Ii(r.value,n.value));return()=>{let{clsPrefix:n}=e;return S(),O(ai,{theme:t.theme?.peers?.Dropdown,themeOverrides:t.themeOverrides?.peers?.Dropdown,options:l.value,onSelect:c.value},{default:()=>(S(),O(ct,{clsPrefix:n,class:B(`${n}-data-table-check-extra`)},{default:()=>(S(),O(Pt))},1032,[`clsPrefix`,`class`]))},1032,[`theme`,`themeOverrides`,`options`,`onSelect`])}}}),Ri=[`data-n-id`],zi=[`colspan`],Bi={style:{position:`relative`}},Vi=[`data-n-id`],Hi=[`onScroll`];function Ui(e){return typeof e.title==`function`?e.title(e):e.title}var Wi=x({props:{clsPrefix:{type:String,required:!0},id:{type:String,required:!0},cols:{type:Array,required:!0},width:String},render(){let{clsPrefix:e,id:t,cols:n,width:r}=this;return S(),f(`table`,{style:h({tableLayout:`fixed`,width:r}),class:B(`${e}-data-table-table`)},[d(`colgroup`,null,[G(()=>n.map(e=>(S(),f(`col`,{key:e.key,style:h(e.style)},null,4))))]),d(`thead`,{"data-n-id":t,class:B(`${e}-data-table-thead`)},[G(()=>this.$slots.default?.())],10,Ri)],6)}}),Gi=x({name:`DataTableHeader`,props:{discrete:{type:Boolean,default:!0}},setup(){let{mergedClsPrefixRef:e,scrollXRef:t,fixedColumnLeftMapRef:n,fixedColumnRightMapRef:r,mergedCurrentPageRef:a,allRowsCheckedRef:o,someRowsCheckedRef:s,rowsRef:c,colsRef:l,mergedThemeRef:u,checkOptionsRef:d,mergedSortStateRef:f,componentId:p,mergedTableLayoutRef:m,headerCheckboxDisabledRef:h,virtualScrollHeaderRef:g,headerHeightRef:_,onUnstableColumnResize:v,doUpdateResizableWidth:y,handleTableHeaderScroll:b,deriveNextSorter:x,doUncheckAll:S,doCheckAll:C}=i(Ar),w=k(),T=k({});function E(e){return T.value[e]?.getBoundingClientRect().width}function D(){o.value?S():C()}function O(e,t){if(xe(e,`dataTableFilter`)||xe(e,`dataTableResizable`)||!hi(t))return;let n=yi(t,f.value.find(e=>e.columnKey===t.key)||null);x(n)}let A=new Map;function j(e){A.set(e.key,E(e.key))}function M(e,t){let n=A.get(e.key);if(n===void 0)return;let r=n+t,i=di(r,e.minWidth,e.maxWidth);v(r,i,e,E),y(e,i)}return{cellElsRef:T,componentId:p,mergedSortState:f,mergedClsPrefix:e,scrollX:t,fixedColumnLeftMap:n,fixedColumnRightMap:r,currentPage:a,allRowsChecked:o,someRowsChecked:s,rows:c,cols:l,mergedTheme:u,checkOptions:d,mergedTableLayout:m,headerCheckboxDisabled:h,headerHeight:_,virtualScrollHeader:g,virtualListRef:w,handleCheckboxUpdateChecked:D,handleColHeaderClick:O,handleTableHeaderScroll:b,handleColumnResizeStart:j,handleColumnResize:M}},render(){let{cellElsRef:e,mergedClsPrefix:t,fixedColumnLeftMap:n,fixedColumnRightMap:r,currentPage:i,allRowsChecked:a,someRowsChecked:o,rows:s,cols:c,mergedTheme:l,checkOptions:u,componentId:p,discrete:m,mergedTableLayout:_,headerCheckboxDisabled:v,mergedSortState:y,virtualScrollHeader:b,handleColHeaderClick:x,handleCheckboxUpdateChecked:w,handleColumnResizeStart:E,handleColumnResize:D}=this,k=!1,A=(s,c,p)=>s.map(({column:s,colIndex:m,colSpan:_,rowSpan:b,isLast:A})=>{let j=ci(s),{ellipsis:M}=s;!k&&M&&(k=!0);let ee=()=>s.type===`selection`?s.multiple===!1?null:(S(),f(C,{key:1},[(S(),O(Bt,{key:i,privateInsideTable:!0,checked:a,indeterminate:o,disabled:v,onUpdateChecked:w},null,8,[`checked`,`indeterminate`,`disabled`,`onUpdateChecked`])),u?(S(),O(Li,{key:0,clsPrefix:t},null,8,[`clsPrefix`])):G(()=>null)],64)):(S(),f(C,null,[d(`div`,{class:B(`${t}-data-table-th__title-wrapper`)},[d(`div`,{class:B(`${t}-data-table-th__title`)},[M===!0||M&&!M.tooltip?(S(),f(`div`,{key:0,class:B(`${t}-data-table-th__ellipsis`)},[G(()=>Ui(s))],2)):(S(),f(C,{key:1},[M&&typeof M==`object`?(S(),O(Ir,g({key:0},M,{theme:l.peers.Ellipsis,themeOverrides:l.peerOverrides.Ellipsis}),{default:()=>Ui(s)},1040,[`theme`,`themeOverrides`])):(S(),f(C,{key:1},[G(()=>Ui(s))],64))],64))],2),hi(s)?(S(),O(Mi,{key:0,column:s},null,8,[`column`])):G(()=>null)],2),_i(s)?(S(),O(Di,{key:0,column:s,options:s.filterOptions},null,8,[`column`,`options`])):G(()=>null),gi(s)?(S(),O(ki,{key:2,onResizeStart:()=>{E(s)},onResize:e=>{D(s,e)}},null,8,[`onResizeStart`,`onResize`])):G(()=>null)],64)),te=j in n,N=j in r,P=c&&!s.fixed?`div`:`th`;return S(),O(P,{ref:t=>e[j]=t,key:j,style:h([c&&!s.fixed?{position:`absolute`,left:Rt(c(m)),top:0,bottom:0}:{left:Rt(n[j]?.start),right:Rt(r[j]?.start)},{width:Rt(s.width),textAlign:s.titleAlign||s.align,height:p}]),colspan:_,rowspan:b,"data-col-key":j,class:B([`${t}-data-table-th`,(te||N)&&`${t}-data-table-th--fixed-${te?`left`:`right`}`,{[`${t}-data-table-th--sorting`]:bi(s,y),[`${t}-data-table-th--filterable`]:_i(s),[`${t}-data-table-th--sortable`]:hi(s),[`${t}-data-table-th--selection`]:s.type===`selection`,[`${t}-data-table-th--last`]:A},s.className]),onClick:s.type!==`selection`&&s.type!==`expand`&&!(`children`in s)?e=>{x(e,s)}:void 0},{default:T(()=>[G(()=>ee())]),_:2},1032,[`style`,`colspan`,`rowspan`,`data-col-key`,`class`,`onClick`])});if(b){let{headerHeight:e}=this,n=0,r=0;return c.forEach(e=>{e.column.fixed===`left`?n++:e.column.fixed===`right`&&r++}),S(),O(De,{key:2,ref:`virtualListRef`,class:B(`${t}-data-table-base-table-header`),style:h({height:Rt(e)}),onScroll:this.handleTableHeaderScroll,columns:c,itemSize:e,showScrollbar:!1,items:[{}],itemResizable:!1,visibleItemsTag:Wi,visibleItemsProps:{clsPrefix:t,id:p,cols:c,width:$(this.scrollX)},renderItemWithCols:({startColIndex:t,endColIndex:i,getLeft:a})=>{let o=c.map((e,t)=>({column:e.column,isLast:t===c.length-1,colIndex:e.index,colSpan:1,rowSpan:1})).filter(({column:e},n)=>!!(t<=n&&n<=i||e.fixed)),s=A(o,a,Rt(e));return s.splice(n,0,(S(),f(`th`,{colspan:c.length-n-r,style:{pointerEvents:`none`,visibility:`hidden`,height:0}},null,8,zi))),S(),f(`tr`,Bi,[G(()=>s)])}},{default:({renderedItemWithCols:e})=>e},1032,[`class`,`style`,`onScroll`,`columns`,`itemSize`,`visibleItemsTag`,`visibleItemsProps`,`renderItemWithCols`])}let j=(S(),f(`thead`,{class:B(`${t}-data-table-thead`),"data-n-id":p},[G(()=>s.map(e=>(S(),f(`tr`,{class:B(`${t}-data-table-tr`)},[G(()=>A(e,null,void 0))],2))))],10,Vi));if(!m)return j;let{handleTableHeaderScroll:M,scrollX:ee}=this;return S(),f(`div`,{class:B(`${t}-data-table-base-table-header`),onScroll:M},[d(`table`,{class:B(`${t}-data-table-table`),style:h({minWidth:$(ee),tableLayout:_})},[d(`colgroup`,null,[G(()=>c.map(e=>(S(),f(`col`,{key:e.key,style:h(e.style)},null,4))))]),G(()=>j)],6)],42,Hi)}}),Ki=x({name:`DataTableBodyCheckbox`,props:{rowKey:{type:[String,Number],required:!0},disabled:{type:Boolean,required:!0},onUpdateChecked:{type:Function,required:!0}},setup(e){let{mergedCheckedRowKeySetRef:t,mergedInderminateRowKeySetRef:n}=i(Ar);return()=>{let{rowKey:r}=e;return S(),O(Bt,{privateInsideTable:!0,disabled:e.disabled,indeterminate:n.value.has(r),checked:t.value.has(r),onUpdateChecked:e.onUpdateChecked},null,8,[`disabled`,`indeterminate`,`checked`,`onUpdateChecked`])}}}),qi=x({name:`DataTableBodyRadio`,props:{rowKey:{type:[String,Number],required:!0},disabled:{type:Boolean,required:!0},onUpdateChecked:{type:Function,required:!0}},setup(e){let{mergedCheckedRowKeySetRef:t,componentId:n}=i(Ar);return()=>{let{rowKey:r}=e;return S(),O(Jt,{name:n,disabled:e.disabled,checked:t.value.has(r),onUpdateChecked:e.onUpdateChecked},null,8,[`name`,`disabled`,`checked`,`onUpdateChecked`])}}}),Ji=x({name:`DataTableCell`,props:{clsPrefix:{type:String,required:!0},row:{type:Object,required:!0},index:{type:Number,required:!0},column:{type:Object,required:!0},isSummary:Boolean,mergedTheme:{type:Object,required:!0},renderCell:Function},render(){let{isSummary:e,column:t,row:n,renderCell:r}=this,i,{render:a,key:o,ellipsis:s}=t;if(i=a&&!e?a(n,this.index):e?n[o]?.value:r?r(Nt(n,o),n,t):Nt(n,o),s){if(typeof s==`object`){let{mergedTheme:e}=this;return t.ellipsisComponent===`performant-ellipsis`?(S(),O(Lr,g({key:1},s,{theme:e.peers.Ellipsis,themeOverrides:e.peerOverrides.Ellipsis}),{default:()=>i},1040,[`theme`,`themeOverrides`])):(S(),O(Ir,g({key:2},s,{theme:e.peers.Ellipsis,themeOverrides:e.peerOverrides.Ellipsis}),{default:()=>i},1040,[`theme`,`themeOverrides`]))}return S(),f(`span`,{key:3,class:B(`${this.clsPrefix}-data-table-td__ellipsis`)},[G(()=>i)],2)}return i}}),Yi=[`onClick`],Xi=x({name:`DataTableExpandTrigger`,props:{clsPrefix:{type:String,required:!0},expanded:Boolean,loading:Boolean,onClick:{type:Function,required:!0},renderExpandIcon:{type:Function},rowData:{type:Object,required:!0}},render(){let{clsPrefix:e}=this;return(()=>{let n=U(`82f30e69bbec5134`);return S(),f(`div`,{class:B([`${e}-data-table-expand-trigger`,this.expanded&&`${e}-data-table-expand-trigger--expanded`]),onClick:this.onClick,onMousedown:n[0]||=e=>{e.preventDefault()}},[t(oe,null,{default:()=>this.loading?(S(),O(ae,{key:`loading`,clsPrefix:this.clsPrefix,radius:85,strokeWidth:15,scale:.88},null,8,[`clsPrefix`])):this.renderExpandIcon?this.renderExpandIcon({expanded:this.expanded,rowData:this.rowData}):(S(),O(ct,{clsPrefix:e,key:`base-icon`},{default:()=>(S(),O(or))},1032,[`clsPrefix`]))},1024)],42,Yi)})()}}),Zi=[`onMouseenter`,`onMouseleave`],Qi=[`data-n-id`],$i=[`colspan`],ea=[`colspan`],ta=[`onMouseenter`],na=[`onMouseleave`];function ra(e,t){let n=[];function r(e,i){e.forEach(e=>{e.children&&t.has(e.key)?(n.push({tmNode:e,striped:!1,key:e.key,index:i}),r(e.children,i)):n.push({key:e.key,tmNode:e,striped:!1,index:i})})}return e.forEach(e=>{n.push(e);let{children:i}=e.tmNode;i&&t.has(e.key)&&r(i,e.index)}),n}var ia=x({props:{clsPrefix:{type:String,required:!0},id:{type:String,required:!0},cols:{type:Array,required:!0},onMouseenter:Function,onMouseleave:Function},render(){let{clsPrefix:e,id:t,cols:n,onMouseenter:r,onMouseleave:i}=this;return S(),f(`table`,{style:{tableLayout:`fixed`},class:B(`${e}-data-table-table`),onMouseenter:r,onMouseleave:i},[d(`colgroup`,null,[G(()=>n.map(e=>(S(),f(`col`,{key:e.key,style:h(e.style)},null,4))))]),d(`tbody`,{"data-n-id":t,class:B(`${e}-data-table-tbody`)},[G(()=>this.$slots.default?.())],10,Qi)],42,Zi)}}),aa=x({name:`DataTableBody`,props:{onResize:Function,showHeader:Boolean,flexHeight:Boolean,bodyStyle:Object},setup(e){let{slots:t,bodyWidthRef:n,mergedExpandedRowKeysRef:r,mergedClsPrefixRef:a,mergedThemeRef:o,scrollXRef:s,colsRef:l,paginatedDataRef:u,rawPaginatedDataRef:d,fixedColumnLeftMapRef:f,fixedColumnRightMapRef:p,mergedCurrentPageRef:m,rowClassNameRef:h,leftActiveFixedColKeyRef:g,leftActiveFixedChildrenColKeysRef:y,rightActiveFixedColKeyRef:b,rightActiveFixedChildrenColKeysRef:x,renderExpandRef:S,hoverKeyRef:C,summaryRef:w,mergedSortStateRef:T,virtualScrollRef:E,virtualScrollXRef:D,heightForRowRef:O,minRowHeightRef:A,componentId:j,mergedTableLayoutRef:M,childTriggerColIndexRef:ee,indentRef:te,rowPropsRef:N,stripedRef:P,loadingRef:F,onLoadRef:I,loadingKeySetRef:L,expandableRef:ne,stickyExpandedRowsRef:R,renderExpandIconRef:z,summaryPlacementRef:B,treeMateRef:V,scrollbarPropsRef:re,setHeaderScrollLeft:H,doUpdateExpandedRowKeys:U,handleTableBodyScroll:ie,doCheck:ae,doUncheck:oe,renderCell:se,xScrollableRef:ce,explicitlyScrollableRef:le}=i(Ar),W=i(ze,null),G=k(null),ue=k(null),K=k(null),de=v(()=>W?.mergedComponentPropsRef.value?.DataTable?.renderEmpty),fe=Ie(()=>u.value.length===0),pe=Ie(()=>E.value&&!fe.value),me=``,he=v(()=>new Set(r.value));function q(e){return V.value.getNode(e)?.rawNode}function ge(e,t,n){let r=q(e.key);if(!r)Be(`data-table`,`fail to get row data with key ${e.key}`);else{if(n){let n=u.value.findIndex(e=>e.key===me);if(n!==-1){let i=u.value.findIndex(t=>t.key===e.key),a=Math.min(n,i),o=Math.max(n,i),s=[];u.value.slice(a,o+1).forEach(e=>{e.disabled||s.push(e.key)}),t?ae(s,!1,r):oe(s,r),me=e.key;return}}t?ae(e.key,!1,r):oe(e.key,r),me=e.key}}function J(e){let t=q(e.key);t?ae(e.key,!0,t):Be(`data-table`,`fail to get row data with key ${e.key}`)}function Y(){if(pe.value)return Q();let{value:e}=G;return e?e.containerRef:null}function _e(e,t){if(L.value.has(e))return;let{value:n}=r,i=n.indexOf(e),a=Array.from(n);~i?(a.splice(i,1),U(a)):t&&!t.isLeaf&&!t.shallowLoaded?(L.value.add(e),I.value?.(t.rawNode).then(()=>{let{value:t}=r,n=Array.from(t);~n.indexOf(e)||n.push(e),U(n)}).finally(()=>{L.value.delete(e)})):(a.push(e),U(a))}function Z(){C.value=null}function Q(){let{value:e}=ue;return e?.listElRef||null}function ye(){let{value:e}=ue;return e?.itemsElRef||null}function be(e){ie(e),G.value?.sync()}function xe(t){let{onResize:n}=e;n&&n(t),G.value?.sync()}let Se={getScrollContainer:Y,scrollTo(e,t){E.value?ue.value?.scrollTo(e,t):G.value?.scrollTo(e,t)}},Ce=X([({props:e})=>{let t=t=>t===null?null:X(`[data-n-id="${e.componentId}"] [data-col-key="${t}"]::after`,{boxShadow:`var(--n-box-shadow-after)`}),n=t=>t===null?null:X(`[data-n-id="${e.componentId}"] [data-col-key="${t}"]::before`,{boxShadow:`var(--n-box-shadow-before)`});return X([t(e.leftActiveFixedColKey),n(e.rightActiveFixedColKey),e.leftActiveFixedChildrenColKeys.map(e=>t(e)),e.rightActiveFixedChildrenColKeys.map(e=>n(e))])}]),we=!1;return c(()=>{let{value:e}=g,{value:t}=y,{value:n}=b,{value:r}=x;if(!we&&e===null&&n===null)return;let i={leftActiveFixedColKey:e,leftActiveFixedChildrenColKeys:t,rightActiveFixedColKey:n,rightActiveFixedChildrenColKeys:r,componentId:j};Ce.mount({id:`n-${j}`,force:!0,props:i,anchorMetaName:ve,parent:W?.styleMountTarget}),we=!0}),_(()=>{Ce.unmount({id:`n-${j}`,parent:W?.styleMountTarget})}),{bodyWidth:n,summaryPlacement:B,dataTableSlots:t,componentId:j,scrollbarInstRef:G,virtualListRef:ue,emptyElRef:K,summary:w,mergedClsPrefix:a,mergedTheme:o,mergedRenderEmpty:de,scrollX:s,cols:l,loading:F,shouldDisplayVirtualList:pe,empty:fe,paginatedDataAndInfo:v(()=>{let{value:e}=P,t=!1;return{data:u.value.map(e?(e,n)=>(e.isLeaf||(t=!0),{tmNode:e,key:e.key,striped:n%2==1,index:n}):(e,n)=>(e.isLeaf||(t=!0),{tmNode:e,key:e.key,striped:!1,index:n})),hasChildren:t}}),rawPaginatedData:d,fixedColumnLeftMap:f,fixedColumnRightMap:p,currentPage:m,rowClassName:h,renderExpand:S,mergedExpandedRowKeySet:he,hoverKey:C,mergedSortState:T,virtualScroll:E,virtualScrollX:D,heightForRow:O,minRowHeight:A,mergedTableLayout:M,childTriggerColIndex:ee,indent:te,rowProps:N,loadingKeySet:L,expandable:ne,stickyExpandedRows:R,renderExpandIcon:z,scrollbarProps:re,setHeaderScrollLeft:H,handleVirtualListScroll:be,handleVirtualListResize:xe,handleMouseleaveTable:Z,virtualListContainer:Q,virtualListContent:ye,handleTableBodyScroll:ie,handleCheckboxUpdateChecked:ge,handleRadioUpdateChecked:J,handleUpdateExpanded:_e,renderCell:se,explicitlyScrollable:le,xScrollable:ce,...Se}},render(){let{mergedTheme:e,scrollX:t,mergedClsPrefix:n,explicitlyScrollable:r,xScrollable:i,loadingKeySet:a,onResize:o,setHeaderScrollLeft:s,empty:c,shouldDisplayVirtualList:l}=this,u={minWidth:$(t)||`100%`};t&&(u.width=`100%`);let p=()=>(S(),f(`div`,{class:B([`${n}-data-table-empty`,this.loading&&`${n}-data-table-empty--hide`]),style:h([this.bodyStyle,i?`position: sticky; left: 0; width: var(--n-scrollbar-current-width);`:void 0]),ref:`emptyElRef`},[G(()=>me(this.dataTableSlots.empty,()=>[this.mergedRenderEmpty?.()||(S(),O(Xt,{theme:this.mergedTheme.peers.Empty,themeOverrides:this.mergedTheme.peerOverrides.Empty},null,8,[`theme`,`themeOverrides`]))]))],6));return S(),O(At,g(this.scrollbarProps,{ref:`scrollbarInstRef`,scrollable:r||i,class:`${n}-data-table-base-table-body`,style:c?void 0:this.bodyStyle,theme:e.peers.Scrollbar,themeOverrides:e.peerOverrides.Scrollbar,contentStyle:u,container:l?this.virtualListContainer:void 0,content:l?this.virtualListContent:void 0,horizontalRailStyle:{zIndex:3},verticalRailStyle:{zIndex:3},internalExposeWidthCssVar:i&&c,xScrollable:i,onScroll:l?void 0:this.handleTableBodyScroll,internalOnUpdateScrollLeft:s,onResize:o}),{default:()=>{if(this.empty&&!this.showHeader&&(this.explicitlyScrollable||this.xScrollable))return p();let e={},t={},{cols:r,paginatedDataAndInfo:i,mergedTheme:o,fixedColumnLeftMap:s,fixedColumnRightMap:c,currentPage:l,rowClassName:m,mergedSortState:_,mergedExpandedRowKeySet:v,stickyExpandedRows:y,componentId:b,childTriggerColIndex:x,expandable:w,rowProps:E,handleMouseleaveTable:D,renderExpand:k,summary:A,handleCheckboxUpdateChecked:j,handleRadioUpdateChecked:M,handleUpdateExpanded:ee,heightForRow:te,minRowHeight:N,virtualScrollX:P}=this,{length:F}=r,I,{data:L,hasChildren:ne}=i,R=ne?ra(L,v):L;if(A){let e=A(this.rawPaginatedData);if(Array.isArray(e)){let t=e.map((e,t)=>({isSummaryRow:!0,key:`__n_summary__${t}`,tmNode:{rawNode:e,disabled:!0},index:-1}));I=this.summaryPlacement===`top`?[...t,...R]:[...R,...t]}else{let t={isSummaryRow:!0,key:`__n_summary__`,tmNode:{rawNode:e,disabled:!0},index:-1};I=this.summaryPlacement===`top`?[t,...R]:[...R,t]}}else I=R;let z=ne?{width:Rt(this.indent)}:void 0,V=[];I.forEach(e=>{k&&v.has(e.key)&&(!w||w(e.tmNode.rawNode))?V.push(e,{isExpandedRow:!0,key:`${e.key}-expand`,tmNode:e.tmNode,index:e.index}):V.push(e)});let{length:re}=V,H={};L.forEach(({tmNode:e},t)=>{H[t]=e.key});let U=y?this.bodyWidth:null,ie=U===null?void 0:`${U}px`,ae=this.virtualScrollX?`div`:`td`,oe=0,se=0;P&&r.forEach(e=>{e.column.fixed===`left`?oe++:e.column.fixed===`right`&&se++});let ce=({rowInfo:i,displayedRowIndex:u,isVirtual:p,isVirtualX:b,startColIndex:w,endColIndex:D,getLeft:A})=>{let{index:P}=i;if(`isExpandedRow`in i){let{tmNode:{key:e,rawNode:t}}=i;return S(),f(`tr`,{class:B(`${n}-data-table-tr ${n}-data-table-tr--expanded`),key:`${e}__expand`},[d(`td`,{class:B([`${n}-data-table-td`,`${n}-data-table-td--last-col`,u+1===re&&`${n}-data-table-td--last-row`]),colspan:F},[y?(S(),f(`div`,{key:0,class:B(`${n}-data-table-expand`),style:h({width:ie})},[G(()=>k(t,P))],6)):(S(),f(C,{key:1},[G(()=>k(t,P))],64))],10,$i)],2)}let I=`isSummaryRow`in i,L=!I&&i.striped,{tmNode:R,key:V}=i,{rawNode:U}=R,ce=v.has(V),le=E?E(U,P):void 0,W=typeof m==`string`?m:pi(U,P,m),ue=b?r.filter((e,t)=>!!(w<=t&&t<=D||e.column.fixed)):r,K=b?Rt(te?.(U,P)||N):void 0,de=ue.map(r=>{let d=r.index;if(u in e){let t=e[u],n=t.indexOf(d);if(~n)return t.splice(n,1),null}let{column:m}=r,v=ci(r),{rowSpan:y,colSpan:w}=m,E=I?i.tmNode.rawNode[v]?.colSpan||1:w?w(U,P):1,D=I?i.tmNode.rawNode[v]?.rowSpan||1:y?y(U,P):1,k=d+E===F,te=u+D===re,N=D>1;if(N&&(t[u]={[d]:[]}),E>1||N)for(let n=u;n<u+D;++n){N&&t[u][d].push(H[n]);for(let t=d;t<d+E;++t)(n!==u||t!==d)&&(n in e?e[n].push(t):e[n]=[t])}let L=N?this.hoverKey:null,{cellProps:R}=m,ie=R?.(U,P),oe={"--indent-offset":``},se=m.fixed?`td`:ae;return S(),O(se,g(ie,{key:v,style:[{textAlign:m.align||void 0,width:Rt(m.width)},b&&{height:K},b&&!m.fixed?{position:`absolute`,left:Rt(A(d)),top:0,bottom:0}:{left:Rt(s[v]?.start),right:Rt(c[v]?.start)},oe,ie?.style||``],colspan:E,rowspan:p?void 0:D,"data-col-key":v,class:[`${n}-data-table-td`,m.className,ie?.class,I&&`${n}-data-table-td--summary`,L!==null&&t[u][d].includes(L)&&`${n}-data-table-td--hover`,bi(m,_)&&`${n}-data-table-td--sorting`,m.fixed&&`${n}-data-table-td--fixed-${m.fixed}`,m.align&&`${n}-data-table-td--${m.align}-align`,m.type===`selection`&&`${n}-data-table-td--selection`,m.type===`expand`&&`${n}-data-table-td--expand`,k&&`${n}-data-table-td--last-col`,te&&`${n}-data-table-td--last-row`]}),{default:T(()=>[ne&&d===x?(S(),f(C,{key:0},[G(()=>[Lt(oe[`--indent-offset`]=I?0:i.tmNode.level,(S(),f(`div`,{class:B(`${n}-data-table-indent`),style:h(z)},null,6))),I||i.tmNode.isLeaf?(S(),f(`div`,{key:2,class:B(`${n}-data-table-expand-placeholder`)},null,2)):(S(),O(Xi,{key:3,class:B(`${n}-data-table-expand-trigger`),clsPrefix:n,expanded:ce,rowData:U,renderExpandIcon:this.renderExpandIcon,loading:a.has(i.key),onClick:()=>{ee(V,i.tmNode)}},null,8,[`class`,`clsPrefix`,`expanded`,`rowData`,`renderExpandIcon`,`loading`,`onClick`]))])],64)):G(()=>null),m.type===`selection`?(S(),f(C,{key:2},[I?G(()=>null):(S(),f(C,{key:0},[m.multiple===!1?(S(),O(qi,{key:l,rowKey:V,disabled:i.tmNode.disabled,onUpdateChecked:()=>{M(i.tmNode)}},null,8,[`rowKey`,`disabled`,`onUpdateChecked`])):(S(),O(Ki,{key:l,rowKey:V,disabled:i.tmNode.disabled,onUpdateChecked:(e,t)=>{j(i.tmNode,e,t.shiftKey)}},null,8,[`rowKey`,`disabled`,`onUpdateChecked`]))],64))],64)):(S(),f(C,{key:3},[m.type===`expand`?(S(),f(C,{key:0},[I?G(()=>null):(S(),f(C,{key:0},[!m.expandable||m.expandable?.(U)?(S(),O(Xi,{key:0,clsPrefix:n,rowData:U,expanded:ce,renderExpandIcon:this.renderExpandIcon,onClick:()=>{ee(V,null)}},null,8,[`clsPrefix`,`rowData`,`expanded`,`renderExpandIcon`,`onClick`])):G(()=>null)],64))],64)):(S(),O(Ji,{key:1,clsPrefix:n,index:P,row:U,column:m,isSummary:I,mergedTheme:o,renderCell:this.renderCell},null,8,[`clsPrefix`,`index`,`row`,`column`,`isSummary`,`mergedTheme`,`renderCell`]))],64))]),_:2},1040,[`style`,`colspan`,`rowspan`,`data-col-key`,`class`])});return b&&oe&&se&&de.splice(oe,0,(S(),f(`td`,{key:4,colspan:r.length-oe-se,style:{pointerEvents:`none`,visibility:`hidden`,height:0}},null,8,ea))),S(),f(`tr`,g(le,{onMouseenter:e=>{this.hoverKey=V,le?.onMouseenter?.(e)},key:V,class:[`${n}-data-table-tr`,I&&`${n}-data-table-tr--summary`,L&&`${n}-data-table-tr--striped`,ce&&`${n}-data-table-tr--expanded`,W,le?.class],style:[le?.style,b&&{height:K}]}),[G(()=>de)],16,ta)};return this.shouldDisplayVirtualList?(S(),O(De,{key:6,ref:`virtualListRef`,items:V,itemSize:this.minRowHeight,visibleItemsTag:ia,visibleItemsProps:{clsPrefix:n,id:b,cols:r,onMouseleave:D},showScrollbar:!1,onResize:this.handleVirtualListResize,onScroll:this.handleVirtualListScroll,itemsStyle:u,itemResizable:!P,columns:r,renderItemWithCols:P?({itemIndex:e,item:t,startColIndex:n,endColIndex:r,getLeft:i})=>ce({displayedRowIndex:e,isVirtual:!0,isVirtualX:!0,rowInfo:t,startColIndex:n,endColIndex:r,getLeft:i}):void 0},{default:({item:e,index:t,renderedItemWithCols:n})=>n||ce({rowInfo:e,displayedRowIndex:t,isVirtual:!0,isVirtualX:!1,startColIndex:0,endColIndex:0,getLeft(e){return 0}})},1032,[`items`,`itemSize`,`visibleItemsTag`,`visibleItemsProps`,`onResize`,`onScroll`,`itemsStyle`,`itemResizable`,`columns`,`renderItemWithCols`])):(S(),f(C,{key:5},[d(`table`,{class:B(`${n}-data-table-table`),onMouseleave:D,style:h({tableLayout:this.mergedTableLayout})},[d(`colgroup`,null,[G(()=>r.map(e=>(S(),f(`col`,{key:e.key,style:h(e.style)},null,4))))]),this.showHeader?(S(),O(Gi,{key:0,discrete:!1})):G(()=>null),this.empty?G(()=>null):(S(),f(`tbody`,{key:2,"data-n-id":b,class:B(`${n}-data-table-tbody`)},[G(()=>V.map((e,t)=>ce({rowInfo:e,displayedRowIndex:t,isVirtual:!1,isVirtualX:!1,startColIndex:-1,endColIndex:-1,getLeft(e){return-1}})))],10,[`data-n-id`]))],46,na),this.empty?(S(),f(C,{key:0},[G(()=>p())],64)):G(()=>null)],64))}},1040,[`scrollable`,`class`,`style`,`theme`,`themeOverrides`,`contentStyle`,`container`,`content`,`internalExposeWidthCssVar`,`xScrollable`,`onScroll`,`internalOnUpdateScrollLeft`,`onResize`])}}),oa=x({name:`MainTable`,setup(){let{mergedClsPrefixRef:e,rightFixedColumnsRef:t,leftFixedColumnsRef:n,bodyWidthRef:r,maxHeightRef:a,minHeightRef:o,flexHeightRef:s,virtualScrollHeaderRef:l,syncScrollState:u,scrollXRef:d}=i(Ar),f=k(null),p=k(null),m=k(null),h=k(!(n.value.length||t.value.length)),g=v(()=>({maxHeight:$(a.value),minHeight:$(o.value)}));function _(e){r.value=e.contentRect.width,u(`layout`),h.value||=!0}function y(){let{value:e}=f;return e?l.value?e.virtualListRef?.listElRef||null:e.$el:null}function b(){let{value:e}=p;return e?e.getScrollContainer():null}let x={getBodyElement:b,getHeaderElement:y,scrollTo(e,t){p.value?.scrollTo(e,t)}};return c(()=>{let{value:t}=m;if(!t)return;let n=`${e.value}-data-table-base-table--transition-disabled`;h.value?setTimeout(()=>{t.classList.remove(n)},0):t.classList.add(n)}),{maxHeight:a,mergedClsPrefix:e,selfElRef:m,headerInstRef:f,bodyInstRef:p,bodyStyle:g,flexHeight:s,handleBodyResize:_,scrollX:d,...x}},render(){let{mergedClsPrefix:e,maxHeight:t,flexHeight:n}=this,r=t===void 0&&!n;return S(),f(`div`,{class:B(`${e}-data-table-base-table`),ref:`selfElRef`},[r?G(()=>null):(S(),O(Gi,{key:1,ref:`headerInstRef`},null,512)),(S(),O(aa,{ref:`bodyInstRef`,bodyStyle:this.bodyStyle,showHeader:r,flexHeight:n,onResize:this.handleBodyResize},null,8,[`bodyStyle`,`showHeader`,`flexHeight`,`onResize`]))],2)}}),sa=la(),ca=X([Q(`data-table`,`
 width: 100%;
 font-size: var(--n-font-size);
 display: flex;
 flex-direction: column;
 position: relative;
 --n-merged-th-color: var(--n-th-color);
 --n-merged-td-color: var(--n-td-color);
 --n-merged-border-color: var(--n-border-color);
 --n-merged-th-color-hover: var(--n-th-color-hover);
 --n-merged-th-color-sorting: var(--n-th-color-sorting);
 --n-merged-td-color-hover: var(--n-td-color-hover);
 --n-merged-td-color-sorting: var(--n-td-color-sorting);
 --n-merged-td-color-striped: var(--n-td-color-striped);
 `,[Q(`data-table-wrapper`,`
 flex-grow: 1;
 display: flex;
 flex-direction: column;
 `),Z(`empty`,[Q(`data-table-base-table`,`
 height: 100%;
 display: flex;
 flex-direction: column;
 `),Q(`data-table-base-table-body`,[`height: 100%;`,Q(`scrollbar-content`,`
 height: 100%;
 display: flex;
 flex-direction: column;
 `)])]),Z(`flex-height`,[X(`>`,[Q(`data-table-wrapper`,[X(`>`,[Q(`data-table-base-table`,`
 display: flex;
 flex-direction: column;
 flex-grow: 1;
 `,[X(`>`,[Q(`data-table-base-table-body`,`flex-basis: 0;`,[X(`&:last-child`,`flex-grow: 1;`)])])])])])])]),X(`>`,[Q(`data-table-loading-wrapper`,`
 color: var(--n-loading-color);
 font-size: var(--n-loading-size);
 position: absolute;
 left: 50%;
 top: 50%;
 transform: translateX(-50%) translateY(-50%);
 transition: color .3s var(--n-bezier);
 display: flex;
 align-items: center;
 justify-content: center;
 `,[nt({originalTransform:`translateX(-50%) translateY(-50%)`})])]),Q(`data-table-expand-placeholder`,`
 margin-right: 8px;
 display: inline-block;
 width: 16px;
 height: 1px;
 `),Q(`data-table-indent`,`
 display: inline-block;
 height: 1px;
 `),Q(`data-table-expand-trigger`,`
 display: inline-flex;
 margin-right: 8px;
 cursor: pointer;
 font-size: 16px;
 vertical-align: -0.2em;
 position: relative;
 width: 16px;
 height: 16px;
 color: var(--n-td-text-color);
 transition: color .3s var(--n-bezier);
 `,[Z(`expanded`,[Q(`icon`,`transform: rotate(90deg);`,[de({originalTransform:`rotate(90deg)`})]),Q(`base-icon`,`transform: rotate(90deg);`,[de({originalTransform:`rotate(90deg)`})])]),Q(`base-loading`,`
 color: var(--n-loading-color);
 transition: color .3s var(--n-bezier);
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 `,[de()]),Q(`icon`,`
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 `,[de()]),Q(`base-icon`,`
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 `,[de()])]),Q(`data-table-thead`,`
 transition: background-color .3s var(--n-bezier);
 background-color: var(--n-merged-th-color);
 `),Q(`data-table-tr`,`
 position: relative;
 box-sizing: border-box;
 background-clip: padding-box;
 transition: background-color .3s var(--n-bezier);
 `,[Q(`data-table-expand`,`
 position: sticky;
 left: 0;
 overflow: hidden;
 margin: calc(var(--n-th-padding) * -1);
 padding: var(--n-th-padding);
 box-sizing: border-box;
 `),Z(`striped`,`background-color: var(--n-merged-td-color-striped);`,[Q(`data-table-td`,`background-color: var(--n-merged-td-color-striped);`)]),_e(`summary`,[X(`&:hover`,`background-color: var(--n-merged-td-color-hover);`,[X(`>`,[Q(`data-table-td`,`background-color: var(--n-merged-td-color-hover);`)])])])]),Q(`data-table-th`,`
 padding: var(--n-th-padding);
 position: relative;
 text-align: start;
 box-sizing: border-box;
 background-color: var(--n-merged-th-color);
 border-color: var(--n-merged-border-color);
 border-bottom: 1px solid var(--n-merged-border-color);
 color: var(--n-th-text-color);
 transition:
 border-color .3s var(--n-bezier),
 color .3s var(--n-bezier),
 background-color .3s var(--n-bezier);
 font-weight: var(--n-th-font-weight);
 `,[Z(`filterable`,`
 padding-right: 36px;
 `,[Z(`sortable`,`
 padding-right: calc(var(--n-th-padding) + 36px);
 `)]),sa,Z(`selection`,`
 padding: 0;
 text-align: center;
 line-height: 0;
 z-index: 3;
 `),q(`title-wrapper`,`
 display: flex;
 align-items: center;
 flex-wrap: nowrap;
 max-width: 100%;
 `,[q(`title`,`
 flex: 1;
 min-width: 0;
 `)]),q(`ellipsis`,`
 display: inline-block;
 vertical-align: bottom;
 text-overflow: ellipsis;
 overflow: hidden;
 white-space: nowrap;
 max-width: 100%;
 `),Z(`hover`,`
 background-color: var(--n-merged-th-color-hover);
 `),Z(`sorting`,`
 background-color: var(--n-merged-th-color-sorting);
 `),Z(`sortable`,`
 cursor: pointer;
 `,[q(`ellipsis`,`
 max-width: calc(100% - 18px);
 `),X(`&:hover`,`
 background-color: var(--n-merged-th-color-hover);
 `)]),Q(`data-table-sorter`,`
 height: var(--n-sorter-size);
 width: var(--n-sorter-size);
 margin-left: 4px;
 position: relative;
 display: inline-flex;
 align-items: center;
 justify-content: center;
 vertical-align: -0.2em;
 color: var(--n-th-icon-color);
 transition: color .3s var(--n-bezier);
 `,[Q(`base-icon`,`transition: transform .3s var(--n-bezier)`),Z(`desc`,[Q(`base-icon`,`
 transform: rotate(0deg);
 `)]),Z(`asc`,[Q(`base-icon`,`
 transform: rotate(-180deg);
 `)]),Z(`asc, desc`,`
 color: var(--n-th-icon-color-active);
 `)]),Q(`data-table-resize-button`,`
 width: var(--n-resizable-container-size);
 position: absolute;
 top: 0;
 right: calc(var(--n-resizable-container-size) / 2);
 bottom: 0;
 cursor: col-resize;
 user-select: none;
 `,[X(`&::after`,`
 width: var(--n-resizable-size);
 height: 50%;
 position: absolute;
 top: 50%;
 left: calc(var(--n-resizable-container-size) / 2);
 bottom: 0;
 background-color: var(--n-merged-border-color);
 transform: translateY(-50%);
 transition: background-color .3s var(--n-bezier);
 z-index: 1;
 content: '';
 `),Z(`active`,[X(`&::after`,` 
 background-color: var(--n-th-icon-color-active);
 `)]),X(`&:hover::after`,`
 background-color: var(--n-th-icon-color-active);
 `)]),Q(`data-table-filter`,`
 position: absolute;
 z-index: auto;
 right: 0;
 width: 36px;
 top: 0;
 bottom: 0;
 cursor: pointer;
 display: flex;
 justify-content: center;
 align-items: center;
 transition:
 background-color .3s var(--n-bezier),
 color .3s var(--n-bezier);
 font-size: var(--n-filter-size);
 color: var(--n-th-icon-color);
 `,[X(`&:hover`,`
 background-color: var(--n-th-button-color-hover);
 `),Z(`show`,`
 background-color: var(--n-th-button-color-hover);
 `),Z(`active`,`
 background-color: var(--n-th-button-color-hover);
 color: var(--n-th-icon-color-active);
 `)])]),Q(`data-table-td`,`
 padding: var(--n-td-padding);
 text-align: start;
 box-sizing: border-box;
 border: none;
 background-color: var(--n-merged-td-color);
 color: var(--n-td-text-color);
 border-bottom: 1px solid var(--n-merged-border-color);
 transition:
 box-shadow .3s var(--n-bezier),
 background-color .3s var(--n-bezier),
 border-color .3s var(--n-bezier),
 color .3s var(--n-bezier);
 `,[Z(`expand`,[Q(`data-table-expand-trigger`,`
 margin-right: 0;
 `)]),Z(`last-row`,`
 border-bottom: 0 solid var(--n-merged-border-color);
 `,[X(`&::after`,`
 bottom: 0 !important;
 `),X(`&::before`,`
 bottom: 0 !important;
 `)]),Z(`summary`,`
 background-color: var(--n-merged-th-color);
 `),Z(`hover`,`
 background-color: var(--n-merged-td-color-hover);
 `),Z(`sorting`,`
 background-color: var(--n-merged-td-color-sorting);
 `),q(`ellipsis`,`
 display: inline-block;
 text-overflow: ellipsis;
 overflow: hidden;
 white-space: nowrap;
 max-width: 100%;
 vertical-align: bottom;
 max-width: calc(100% - var(--indent-offset, -1.5) * 16px - 24px);
 `),Z(`selection, expand`,`
 text-align: center;
 padding: 0;
 line-height: 0;
 `),sa]),Q(`data-table-empty`,`
 box-sizing: border-box;
 padding: var(--n-empty-padding);
 flex-grow: 1;
 flex-shrink: 0;
 opacity: 1;
 display: flex;
 align-items: center;
 justify-content: center;
 transition: opacity .3s var(--n-bezier);
 `,[Z(`hide`,`
 opacity: 0;
 `)]),q(`pagination`,`
 margin: var(--n-pagination-margin);
 display: flex;
 justify-content: flex-end;
 `),Q(`data-table-wrapper`,`
 position: relative;
 opacity: 1;
 transition: opacity .3s var(--n-bezier), border-color .3s var(--n-bezier);
 border-top-left-radius: var(--n-border-radius);
 border-top-right-radius: var(--n-border-radius);
 line-height: var(--n-line-height);
 `),Z(`loading`,[Q(`data-table-wrapper`,`
 opacity: var(--n-opacity-loading);
 pointer-events: none;
 `)]),Z(`single-column`,[Q(`data-table-td`,`
 border-bottom: 0 solid var(--n-merged-border-color);
 `,[X(`&::after, &::before`,`
 bottom: 0 !important;
 `)])]),_e(`single-line`,[Q(`data-table-th`,`
 border-right: 1px solid var(--n-merged-border-color);
 `,[Z(`last`,`
 border-right: 0 solid var(--n-merged-border-color);
 `)]),Q(`data-table-td`,`
 border-right: 1px solid var(--n-merged-border-color);
 `,[Z(`last-col`,`
 border-right: 0 solid var(--n-merged-border-color);
 `)])]),Z(`bordered`,[Q(`data-table-wrapper`,`
 border: 1px solid var(--n-merged-border-color);
 border-bottom-left-radius: var(--n-border-radius);
 border-bottom-right-radius: var(--n-border-radius);
 overflow: hidden;
 `)]),Q(`data-table-base-table`,[Z(`transition-disabled`,[Q(`data-table-th`,[X(`&::after, &::before`,`transition: none;`)]),Q(`data-table-td`,[X(`&::after, &::before`,`transition: none;`)])])]),Z(`bottom-bordered`,[Q(`data-table-td`,[Z(`last-row`,`
 border-bottom: 1px solid var(--n-merged-border-color);
 `)])]),Q(`data-table-table`,`
 font-variant-numeric: tabular-nums;
 width: 100%;
 word-break: break-word;
 transition: background-color .3s var(--n-bezier);
 border-collapse: separate;
 border-spacing: 0;
 background-color: var(--n-merged-td-color);
 `),Q(`data-table-base-table-header`,`
 border-top-left-radius: calc(var(--n-border-radius) - 1px);
 border-top-right-radius: calc(var(--n-border-radius) - 1px);
 z-index: 3;
 overflow: scroll;
 flex-shrink: 0;
 transition: border-color .3s var(--n-bezier);
 scrollbar-width: none;
 `,[X(`&::-webkit-scrollbar, &::-webkit-scrollbar-track-piece, &::-webkit-scrollbar-thumb`,`
 display: none;
 width: 0;
 height: 0;
 `)]),Q(`data-table-check-extra`,`
 transition: color .3s var(--n-bezier);
 color: var(--n-th-icon-color);
 position: absolute;
 font-size: 14px;
 right: -4px;
 top: 50%;
 transform: translateY(-50%);
 z-index: 1;
 `)]),Q(`data-table-filter-menu`,[Q(`scrollbar`,`
 max-height: 240px;
 `),q(`group`,`
 display: flex;
 flex-direction: column;
 padding: 12px 12px 0 12px;
 `,[Q(`checkbox`,`
 margin-bottom: 12px;
 margin-right: 0;
 `),Q(`radio`,`
 margin-bottom: 12px;
 margin-right: 0;
 `)]),q(`action`,`
 padding: var(--n-action-padding);
 display: flex;
 flex-wrap: nowrap;
 justify-content: space-evenly;
 border-top: 1px solid var(--n-action-divider-color);
 `,[Q(`button`,[X(`&:not(:last-child)`,`
 margin: var(--n-action-button-margin);
 `),X(`&:last-child`,`
 margin-right: 0;
 `)])]),Q(`divider`,`
 margin: 0 !important;
 `)]),ge(Q(`data-table`,`
 --n-merged-th-color: var(--n-th-color-modal);
 --n-merged-td-color: var(--n-td-color-modal);
 --n-merged-border-color: var(--n-border-color-modal);
 --n-merged-th-color-hover: var(--n-th-color-hover-modal);
 --n-merged-td-color-hover: var(--n-td-color-hover-modal);
 --n-merged-th-color-sorting: var(--n-th-color-hover-modal);
 --n-merged-td-color-sorting: var(--n-td-color-hover-modal);
 --n-merged-td-color-striped: var(--n-td-color-striped-modal);
 `)),he(Q(`data-table`,`
 --n-merged-th-color: var(--n-th-color-popover);
 --n-merged-td-color: var(--n-td-color-popover);
 --n-merged-border-color: var(--n-border-color-popover);
 --n-merged-th-color-hover: var(--n-th-color-hover-popover);
 --n-merged-td-color-hover: var(--n-td-color-hover-popover);
 --n-merged-th-color-sorting: var(--n-th-color-hover-popover);
 --n-merged-td-color-sorting: var(--n-td-color-hover-popover);
 --n-merged-td-color-striped: var(--n-td-color-striped-popover);
 `))]);function la(){return[Z(`fixed-left`,`
 left: 0;
 position: sticky;
 z-index: 2;
 `,[X(`&::after`,`
 pointer-events: none;
 content: "";
 width: 36px;
 display: inline-block;
 position: absolute;
 top: 0;
 bottom: -1px;
 transition: box-shadow .2s var(--n-bezier);
 right: -36px;
 `)]),Z(`fixed-right`,`
 right: 0;
 position: sticky;
 z-index: 1;
 `,[X(`&::before`,`
 pointer-events: none;
 content: "";
 width: 36px;
 display: inline-block;
 position: absolute;
 top: 0;
 bottom: -1px;
 transition: box-shadow .2s var(--n-bezier);
 left: -36px;
 `)])]}function ua(e,t){let{paginatedDataRef:n,treeMateRef:r,selectionColumnRef:i}=t,a=k(e.defaultCheckedRowKeys),o=v(()=>{let{checkedRowKeys:t}=e,n=t===void 0?a.value:t;return i.value?.multiple===!1?{checkedKeys:n.slice(0,1),indeterminateKeys:[]}:r.value.getCheckedKeys(n,{cascade:e.cascade,allowNotLoaded:e.allowCheckingNotLoaded})}),s=v(()=>o.value.checkedKeys),c=v(()=>o.value.indeterminateKeys),l=v(()=>new Set(s.value)),u=v(()=>new Set(c.value)),d=v(()=>{let{value:e}=l;return n.value.reduce((t,n)=>{let{key:r,disabled:i}=n;return t+(!i&&e.has(r)?1:0)},0)}),f=v(()=>n.value.filter(e=>e.disabled).length),p=v(()=>{let{length:e}=n.value,{value:t}=u;return d.value>0&&d.value<e-f.value||n.value.some(e=>t.has(e.key))}),m=v(()=>{let{length:e}=n.value;return d.value!==0&&d.value===e-f.value}),h=v(()=>n.value.length===0);function g(t,n,i){let{"onUpdate:checkedRowKeys":o,onUpdateCheckedRowKeys:s,onCheckedRowKeysChange:c}=e,l=[],{value:{getNode:u}}=r;t.forEach(e=>{let t=u(e)?.rawNode;l.push(t)}),o&&H(o,t,l,{row:n,action:i}),s&&H(s,t,l,{row:n,action:i}),c&&H(c,t,l,{row:n,action:i}),a.value=t}function _(t,n=!1,i){e.loading||g(n?Array.isArray(t)?t.slice(0,1):[t]:r.value.check(t,s.value,{cascade:e.cascade,allowNotLoaded:e.allowCheckingNotLoaded}).checkedKeys,i,`check`)}function y(t,n){e.loading||g(r.value.uncheck(t,s.value,{cascade:e.cascade,allowNotLoaded:e.allowCheckingNotLoaded}).checkedKeys,n,`uncheck`)}function b(t=!1){let{value:a}=i;if(!a||e.loading)return;let o=[];(t?r.value.treeNodes:n.value).forEach(e=>{e.disabled||o.push(e.key)}),g(r.value.check(o,s.value,{cascade:!0,allowNotLoaded:e.allowCheckingNotLoaded}).checkedKeys,void 0,`checkAll`)}function x(t=!1){let{value:a}=i;if(!a||e.loading)return;let o=[];(t?r.value.treeNodes:n.value).forEach(e=>{e.disabled||o.push(e.key)}),g(r.value.uncheck(o,s.value,{cascade:!0,allowNotLoaded:e.allowCheckingNotLoaded}).checkedKeys,void 0,`uncheckAll`)}return{mergedCheckedRowKeySetRef:l,mergedCheckedRowKeysRef:s,mergedInderminateRowKeySetRef:u,someRowsCheckedRef:p,allRowsCheckedRef:m,headerCheckboxDisabledRef:h,doUpdateCheckedRowKeys:g,doCheckAll:b,doUncheckAll:x,doCheck:_,doUncheck:y}}function da(e,t){let n=Ie(()=>{for(let t of e.columns)if(t.type===`expand`)return t.renderExpand}),r=Ie(()=>{let t;for(let n of e.columns)if(n.type===`expand`){t=n.expandable;break}return t}),i=k(e.defaultExpandAll?n?.value?(()=>{let e=[];return t.value.treeNodes.forEach(t=>{r.value?.(t.rawNode)&&e.push(t.key)}),e})():t.value.getNonLeafKeys():e.defaultExpandedRowKeys),a=A(e,`expandedRowKeys`),o=A(e,`stickyExpandedRows`),s=Mt(a,i);function c(t){let{onUpdateExpandedRowKeys:n,"onUpdate:expandedRowKeys":r}=e;n&&H(n,t),r&&H(r,t),i.value=t}return{stickyExpandedRowsRef:o,mergedExpandedRowKeysRef:s,renderExpandRef:n,expandableRef:r,doUpdateExpandedRowKeys:c}}function fa(e,t){let n=[],r=[],i=[],a=new WeakMap,o=-1,s=0,c=!1,l=0;function u(e,a){a>o&&(n[a]=[],o=a),e.forEach(e=>{if(`children`in e)u(e.children,a+1);else{let n=`key`in e?e.key:void 0;r.push({key:ci(e),style:fi(e,n===void 0?void 0:$(t(n))),column:e,index:l++,width:e.width===void 0?128:Number(e.width)}),s+=1,c||=!!e.ellipsis,i.push(e)}})}u(e,0),l=0;function d(e,t){let r=0;e.forEach(e=>{if(`children`in e){let r=l,i={column:e,colIndex:l,colSpan:0,rowSpan:1,isLast:!1};d(e.children,t+1),e.children.forEach(e=>{i.colSpan+=a.get(e)?.colSpan??0}),r+i.colSpan===s&&(i.isLast=!0),a.set(e,i),n[t].push(i)}else{if(l<r){l+=1;return}let i=1;`titleColSpan`in e&&(i=e.titleColSpan??1),i>1&&(r=l+i);let c=l+i===s,u={column:e,colSpan:i,colIndex:l,rowSpan:o-t+1,isLast:c};a.set(e,u),n[t].push(u),l+=1}})}return d(e,0),{hasEllipsis:c,rows:n,cols:r,dataRelatedCols:i}}function pa(e,t){let n=v(()=>fa(e.columns,t));return{rowsRef:v(()=>n.value.rows),colsRef:v(()=>n.value.cols),hasEllipsisRef:v(()=>n.value.hasEllipsis),dataRelatedColsRef:v(()=>n.value.dataRelatedCols)}}function ma(){let e=k({});function t(t){return e.value[t]}function n(t,n){gi(t)&&`key`in t&&(e.value[t.key]=n)}function r(){e.value={}}return{getResizableWidth:t,doUpdateResizableWidth:n,clearResizableWidth:r}}function ha(e,{mainTableInstRef:t,mergedCurrentPageRef:n,bodyWidthRef:i,maxHeightRef:a,mergedTableLayoutRef:o,mergedEmptyRef:s}){let c=v(()=>e.scrollX!==void 0||a.value!==void 0||e.flexHeight),l=v(()=>{let t=!c.value&&o.value===`auto`;return e.scrollX!==void 0||t}),u=0,d=k(),f=k(null),p=k([]),m=k(null),h=k([]),g=v(()=>$(e.scrollX)),_=v(()=>e.columns.filter(e=>e.fixed===`left`)),y=v(()=>e.columns.filter(e=>e.fixed===`right`)),b=v(()=>{let e={},t=0;function n(r){r.forEach(r=>{let i={start:t,end:0};e[ci(r)]=i,`children`in r?(n(r.children),i.end=t):(t+=oi(r)||0,i.end=t)})}return n(_.value),e}),x=v(()=>{let e={},t=0;function n(r){for(let i=r.length-1;i>=0;--i){let a=r[i],o={start:t,end:0};e[ci(a)]=o,`children`in a?(n(a.children),o.end=t):(t+=oi(a)||0,o.end=t)}}return n(y.value),e});function S(){let{value:e}=_,t=0,{value:n}=b,r=null;for(let i=0;i<e.length;++i){let a=ci(e[i]);if(u>(n[a]?.start||0)-t)r=a,t=n[a]?.end||0;else break}f.value=r}function C(){p.value=[];let t=e.columns.find(e=>ci(e)===f.value);for(;t&&`children`in t;){let e=t.children.length;if(e===0)break;let n=t.children[e-1];p.value.push(ci(n)),t=n}}function w(){let{value:t}=y,n=Number(e.scrollX),{value:r}=i;if(r===null)return;let a=0,o=null,{value:s}=x;for(let e=t.length-1;e>=0;--e){let i=ci(t[e]);if(Math.round(u+(s[i]?.start||0)+r-a)<n)o=i,a=s[i]?.end||0;else break}m.value=o}function T(){h.value=[];let t=e.columns.find(e=>ci(e)===m.value);for(;t&&`children`in t&&t.children.length;){let e=t.children[0];h.value.push(ci(e)),t=e}}function E(){return{header:t.value?t.value.getHeaderElement():null,body:t.value?t.value.getBodyElement():null}}function O(){let{body:e}=E();e&&(e.scrollTop=0)}function A(){d.value===`body`?d.value=void 0:Zt(M,`head`)}function j(t){e.onScroll?.(t),d.value===`head`?d.value=void 0:Zt(M,`body`)}function M(e){let{header:t,body:n}=E();if(!n)return;if(e===`layout`)t&&(t.scrollLeft=u),n.scrollLeft=u;else if(t){if(e===`head`)u=t.scrollLeft,n.scrollLeft=u,d.value=`head`;else if(e===`body`)u=n.scrollLeft,t.scrollLeft=u,d.value=`body`;else{let e=u-t.scrollLeft;d.value=e===0?`body`:`head`,d.value===`head`?(u=t.scrollLeft,n.scrollLeft=u):(u=n.scrollLeft,t.scrollLeft=u)}}else e!==`head`&&(u=n.scrollLeft);let{value:r}=i;r!==null&&(S(),C(),w(),T())}function ee(e){let{header:t}=E();t&&(t.scrollLeft=e,u=e,M(`head`))}return r(n,()=>{O()}),r([()=>e.virtualScroll,s],()=>{D(()=>{M(`layout`)})}),{styleScrollXRef:g,fixedColumnLeftMapRef:b,fixedColumnRightMapRef:x,leftFixedColumnsRef:_,rightFixedColumnsRef:y,leftActiveFixedColKeyRef:f,leftActiveFixedChildrenColKeysRef:p,rightActiveFixedColKeyRef:m,rightActiveFixedChildrenColKeysRef:h,syncScrollState:M,handleTableBodyScroll:j,handleTableHeaderScroll:A,setHeaderScrollLeft:ee,explicitlyScrollableRef:c,xScrollableRef:l}}function ga(e){return typeof e==`object`&&typeof e.multiple==`number`&&e.multiple}function _a(e,t){return t&&(e===void 0||e==="default"||typeof e==`object`&&e.compare==="default")?va(t):typeof e==`function`?e:e&&typeof e==`object`&&e.compare&&e.compare!=="default"?e.compare:!1}function va(e){return(t,n)=>{let r=t[e],i=n[e];return r==null?i==null?0:-1:i==null?1:typeof r==`number`&&typeof i==`number`?r-i:typeof r==`string`&&typeof i==`string`?r.localeCompare(i):0}}function ya(e,{dataRelatedColsRef:t,filteredDataRef:n}){let r=[];t.value.forEach(e=>{e.sorter!==void 0&&f(r,{columnKey:e.key,sorter:e.sorter,order:e.defaultSortOrder??!1})});let i=k(r),a=v(()=>{let e=t.value.filter(e=>e.type!==`selection`&&e.sorter!==void 0&&(e.sortOrder===`ascend`||e.sortOrder===`descend`||e.sortOrder===!1)),n=e.filter(e=>e.sortOrder!==!1);if(n.length)return n.map(e=>({columnKey:e.key,order:e.sortOrder,sorter:e.sorter}));if(e.length)return[];let{value:r}=i;return Array.isArray(r)?r:r?[r]:[]}),o=v(()=>{let e=a.value.slice().sort((e,t)=>{let n=ga(e.sorter)||0;return(ga(t.sorter)||0)-n});return e.length?n.value.slice().sort((t,n)=>{let r=0;return e.some(e=>{let{columnKey:i,sorter:a,order:o}=e,s=_a(a,i);return s&&o&&(r=s(t.rawNode,n.rawNode),r!==0)?(r*=ui(o),!0):!1}),r}):n.value});function s(e){let t=a.value.slice();return e&&ga(e.sorter)!==!1?(t=t.filter(e=>ga(e.sorter)!==!1),f(t,e),t):e||null}function c(e){l(s(e))}function l(t){let{"onUpdate:sorter":n,onUpdateSorter:r,onSorterChange:a}=e;n&&H(n,t),r&&H(r,t),a&&H(a,t),i.value=t}function u(e,n=`ascend`){if(!e)d();else{let r=t.value.find(t=>t.type!==`selection`&&t.type!==`expand`&&t.key===e);if(!r?.sorter)return;let i=r.sorter;c({columnKey:e,sorter:i,order:n})}}function d(){l(null)}function f(e,t){let n=e.findIndex(e=>t?.columnKey&&e.columnKey===t.columnKey);n!==void 0&&n>=0?e[n]=t:e.push(t)}return{clearSorter:d,sort:u,sortedDataRef:o,mergedSortStateRef:a,deriveNextSorter:c}}function ba(e,{dataRelatedColsRef:t}){let n=v(()=>{let t=e=>{for(let n=0;n<e.length;++n){let r=e[n];if(`children`in r)return t(r.children);if(r.type===`selection`)return r}return null};return t(e.columns)}),r=v(()=>{let{childrenKey:t}=e;return be(e.data,{ignoreEmptyChildren:!0,getKey:e.rowKey,getChildren:e=>e[t],getDisabled:e=>!!n.value?.disabled?.(e)})}),i=Ie(()=>{let{columns:t}=e,{length:n}=t,r=null;for(let e=0;e<n;++e){let n=t[e];if(!n.type&&r===null&&(r=e),`tree`in n&&n.tree)return e}return r||0}),a=k({}),{pagination:o}=e,s=k(o&&o.defaultPage||1),c=k(xr(o)),l=v(()=>{let e=t.value.filter(e=>e.filterOptionValues!==void 0||e.filterOptionValue!==void 0),n={};return e.forEach(e=>{e.type!==`selection`&&e.type!==`expand`&&(e.filterOptionValues===void 0?n[e.key]=e.filterOptionValue??null:n[e.key]=e.filterOptionValues)}),Object.assign(li(a.value),n)}),u=v(()=>{let t=l.value,{columns:n}=e;function i(e){return(t,n)=>!!~String(n[e]).indexOf(String(t))}let{value:{treeNodes:a}}=r,o=[];return n.forEach(e=>{e.type===`selection`||e.type===`expand`||`children`in e||o.push([e.key,e])}),a?a.filter(e=>{let{rawNode:n}=e;for(let[e,r]of o){let a=t[e];if(a==null||(Array.isArray(a)||(a=[a]),!a.length))continue;let o=r.filter==="default"?i(e):r.filter;if(r&&typeof o==`function`){if(r.filterMode===`and`){if(a.some(e=>!o(e,n)))return!1}else if(a.some(e=>o(e,n)))continue;else return!1}}return!0}):[]}),{sortedDataRef:d,deriveNextSorter:f,mergedSortStateRef:p,sort:m,clearSorter:h}=ya(e,{dataRelatedColsRef:t,filteredDataRef:u});t.value.forEach(e=>{if(e.filter){let t=e.defaultFilterOptionValues;e.filterMultiple?a.value[e.key]=t||[]:t===void 0?a.value[e.key]=e.defaultFilterOptionValue??null:a.value[e.key]=t===null?[]:t}});let g=v(()=>{let{pagination:t}=e;if(t!==!1)return t.page}),_=v(()=>{let{pagination:t}=e;if(t!==!1)return t.pageSize}),y=Mt(g,s),b=Mt(_,c),x=Ie(()=>{let t=y.value;return e.remote?t:Math.max(1,Math.min(Math.ceil(u.value.length/b.value),t))}),S=v(()=>{let{pagination:t}=e;if(t){let{pageCount:e}=t;if(e!==void 0)return e}}),C=v(()=>{if(e.remote)return r.value.treeNodes;if(!e.pagination)return d.value;let t=b.value,n=(x.value-1)*t;return d.value.slice(n,n+t)}),w=v(()=>C.value.map(e=>e.rawNode)),T=v(()=>d.value.map(e=>e.rawNode));function E(t){let{pagination:n}=e;if(n){let{onChange:e,"onUpdate:page":r,onUpdatePage:i}=n;e&&H(e,t),i&&H(i,t),r&&H(r,t),j(t)}}function D(t){let{pagination:n}=e;if(n){let{onPageSizeChange:e,"onUpdate:pageSize":r,onUpdatePageSize:i}=n;e&&H(e,t),i&&H(i,t),r&&H(r,t),M(t)}}let O=v(()=>{if(e.remote){let{pagination:t}=e;if(t){let{itemCount:e}=t;if(e!==void 0)return e}}else return u.value.length}),A=v(()=>({...e.pagination,onChange:void 0,onUpdatePage:void 0,onUpdatePageSize:void 0,onPageSizeChange:void 0,"onUpdate:page":E,"onUpdate:pageSize":D,page:x.value,pageSize:b.value,pageCount:O.value===void 0?S.value:void 0,itemCount:O.value}));function j(t){let{"onUpdate:page":n,onPageChange:r,onUpdatePage:i}=e;i&&H(i,t),n&&H(n,t),r&&H(r,t),s.value=t}function M(t){let{"onUpdate:pageSize":n,onPageSizeChange:r,onUpdatePageSize:i}=e;r&&H(r,t),i&&H(i,t),n&&H(n,t),c.value=t}function ee(t,n){let{onUpdateFilters:r,"onUpdate:filters":i,onFiltersChange:o}=e;r&&H(r,t,n),i&&H(i,t,n),o&&H(o,t,n),a.value=t}function te(t,n,r,i){e.onUnstableColumnResize?.(t,n,r,i)}function N(e){j(e)}function P(){F()}function F(){I({})}function I(e){L(e)}function L(e){e?e&&(a.value=li(e)):a.value={}}return{treeMateRef:r,mergedCurrentPageRef:x,mergedPaginationRef:A,paginatedDataRef:C,rawPaginatedDataRef:w,rawSortedDataRef:T,mergedFilterStateRef:l,mergedSortStateRef:p,hoverKeyRef:k(null),selectionColumnRef:n,childTriggerColIndexRef:i,doUpdateFilters:ee,deriveNextSorter:f,doUpdatePageSize:M,doUpdatePage:j,onUnstableColumnResize:te,filter:L,filters:I,clearFilter:P,clearFilters:F,clearSorter:h,page:N,sort:m}}var xa=x({name:`DataTable`,alias:[`AdvancedTable`],props:kr,slots:Object,setup(e,{slots:t}){let{mergedBorderedRef:n,mergedClsPrefixRef:r,inlineThemeDisabled:i,mergedRtlRef:a,mergedComponentPropsRef:o}=W(e),s=se(`DataTable`,a,r),c=v(()=>e.size||o?.value?.DataTable?.size||`medium`),l=v(()=>{let{bottomBordered:t}=e;return n.value?!1:t===void 0||t}),u=Y(`DataTable`,`-data-table`,ca,Ct,e,r),d=k(null),f=k(null),{getResizableWidth:p,clearResizableWidth:m,doUpdateResizableWidth:h}=ma(),{rowsRef:g,colsRef:_,dataRelatedColsRef:b,hasEllipsisRef:x}=pa(e,p),{treeMateRef:S,mergedCurrentPageRef:C,paginatedDataRef:w,rawPaginatedDataRef:T,rawSortedDataRef:E,selectionColumnRef:D,hoverKeyRef:O,mergedPaginationRef:j,mergedFilterStateRef:M,mergedSortStateRef:ee,childTriggerColIndexRef:te,doUpdatePage:N,doUpdateFilters:P,onUnstableColumnResize:F,deriveNextSorter:I,filter:L,filters:ne,clearFilter:R,clearFilters:z,clearSorter:B,page:V,sort:re}=ba(e,{dataRelatedColsRef:b}),H=v(()=>w.value.length===0),U=t=>{let{fileName:n=`data.csv`,keepOriginalData:r=!1}=t||{},i=r?e.data:T.value,a=Si(e.columns,i,e.getCsvCell,e.getCsvHeader),o=new Blob([a],{type:`text/csv;charset=utf-8`}),s=URL.createObjectURL(o);Jn(s,n.endsWith(`.csv`)?n:`${n}.csv`),URL.revokeObjectURL(s)},{doCheckAll:ie,doUncheckAll:ae,doCheck:oe,doUncheck:ce,headerCheckboxDisabledRef:le,someRowsCheckedRef:G,allRowsCheckedRef:ue,mergedCheckedRowKeySetRef:K,mergedInderminateRowKeySetRef:de}=ua(e,{selectionColumnRef:D,treeMateRef:S,paginatedDataRef:w}),{stickyExpandedRowsRef:fe,mergedExpandedRowKeysRef:me,renderExpandRef:he,expandableRef:q,doUpdateExpandedRowKeys:ge}=da(e,S),X=A(e,`maxHeight`),_e=v(()=>e.virtualScroll||e.flexHeight||e.maxHeight!==void 0||x.value?`fixed`:e.tableLayout),{handleTableBodyScroll:Z,handleTableHeaderScroll:ve,syncScrollState:Q,setHeaderScrollLeft:ye,leftActiveFixedColKeyRef:be,leftActiveFixedChildrenColKeysRef:xe,rightActiveFixedColKeyRef:Se,rightActiveFixedChildrenColKeysRef:Ce,leftFixedColumnsRef:we,rightFixedColumnsRef:Te,fixedColumnLeftMapRef:Ee,fixedColumnRightMapRef:De,xScrollableRef:Oe,explicitlyScrollableRef:ke}=ha(e,{bodyWidthRef:d,mainTableInstRef:f,mergedCurrentPageRef:C,maxHeightRef:X,mergedTableLayoutRef:_e,mergedEmptyRef:H}),{localeRef:Ae}=st(`DataTable`);y(Ar,{xScrollableRef:Oe,explicitlyScrollableRef:ke,props:e,treeMateRef:S,renderExpandIconRef:A(e,`renderExpandIcon`),loadingKeySetRef:k(new Set),slots:t,indentRef:A(e,`indent`),childTriggerColIndexRef:te,bodyWidthRef:d,componentId:It(),hoverKeyRef:O,mergedClsPrefixRef:r,mergedThemeRef:u,scrollXRef:v(()=>e.scrollX),rowsRef:g,colsRef:_,paginatedDataRef:w,leftActiveFixedColKeyRef:be,leftActiveFixedChildrenColKeysRef:xe,rightActiveFixedColKeyRef:Se,rightActiveFixedChildrenColKeysRef:Ce,leftFixedColumnsRef:we,rightFixedColumnsRef:Te,fixedColumnLeftMapRef:Ee,fixedColumnRightMapRef:De,mergedCurrentPageRef:C,someRowsCheckedRef:G,allRowsCheckedRef:ue,mergedSortStateRef:ee,mergedFilterStateRef:M,loadingRef:A(e,`loading`),rowClassNameRef:A(e,`rowClassName`),mergedCheckedRowKeySetRef:K,mergedExpandedRowKeysRef:me,mergedInderminateRowKeySetRef:de,localeRef:Ae,expandableRef:q,stickyExpandedRowsRef:fe,rowKeyRef:A(e,`rowKey`),renderExpandRef:he,summaryRef:A(e,`summary`),virtualScrollRef:A(e,`virtualScroll`),virtualScrollXRef:A(e,`virtualScrollX`),heightForRowRef:A(e,`heightForRow`),minRowHeightRef:A(e,`minRowHeight`),virtualScrollHeaderRef:A(e,`virtualScrollHeader`),headerHeightRef:A(e,`headerHeight`),rowPropsRef:A(e,`rowProps`),stripedRef:A(e,`striped`),checkOptionsRef:v(()=>{let{value:e}=D;return e?.options}),rawPaginatedDataRef:T,filterMenuCssVarsRef:v(()=>{let{self:{actionDividerColor:e,actionPadding:t,actionButtonMargin:n}}=u.value;return{"--n-action-padding":t,"--n-action-button-margin":n,"--n-action-divider-color":e}}),onLoadRef:A(e,`onLoad`),mergedTableLayoutRef:_e,maxHeightRef:X,minHeightRef:A(e,`minHeight`),flexHeightRef:A(e,`flexHeight`),headerCheckboxDisabledRef:le,paginationBehaviorOnFilterRef:A(e,`paginationBehaviorOnFilter`),summaryPlacementRef:A(e,`summaryPlacement`),filterIconPopoverPropsRef:A(e,`filterIconPopoverProps`),scrollbarPropsRef:A(e,`scrollbarProps`),syncScrollState:Q,doUpdatePage:N,doUpdateFilters:P,getResizableWidth:p,onUnstableColumnResize:F,clearResizableWidth:m,doUpdateResizableWidth:h,deriveNextSorter:I,doCheck:oe,doUncheck:ce,doCheckAll:ie,doUncheckAll:ae,doUpdateExpandedRowKeys:ge,handleTableHeaderScroll:ve,handleTableBodyScroll:Z,setHeaderScrollLeft:ye,renderCell:A(e,`renderCell`)});let je={filter:L,filters:ne,clearFilters:z,clearSorter:B,page:V,sort:re,clearFilter:R,downloadCsv:U,scrollTo:(e,t)=>{f.value?.scrollTo(e,t)},getFilteredAndSortedData:()=>E.value,getCurrentPageData:()=>T.value},Me=v(()=>{let e=c.value,{common:{cubicBezierEaseInOut:t},self:{borderColor:n,tdColorHover:r,tdColorSorting:i,tdColorSortingModal:a,tdColorSortingPopover:o,thColorSorting:s,thColorSortingModal:l,thColorSortingPopover:d,thColor:f,thColorHover:p,tdColor:m,tdTextColor:h,thTextColor:g,thFontWeight:_,thButtonColorHover:v,thIconColor:y,thIconColorActive:b,filterSize:x,borderRadius:S,lineHeight:C,tdColorModal:w,thColorModal:T,borderColorModal:E,thColorHoverModal:D,tdColorHoverModal:O,borderColorPopover:k,thColorPopover:A,tdColorPopover:j,tdColorHoverPopover:M,thColorHoverPopover:ee,paginationMargin:te,emptyPadding:N,boxShadowAfter:P,boxShadowBefore:F,sorterSize:I,resizableContainerSize:L,resizableSize:ne,loadingColor:R,loadingSize:z,opacityLoading:B,tdColorStriped:V,tdColorStripedModal:re,tdColorStripedPopover:H,[J(`fontSize`,e)]:U,[J(`thPadding`,e)]:ie,[J(`tdPadding`,e)]:ae}}=u.value;return{"--n-font-size":U,"--n-th-padding":ie,"--n-td-padding":ae,"--n-bezier":t,"--n-border-radius":S,"--n-line-height":C,"--n-border-color":n,"--n-border-color-modal":E,"--n-border-color-popover":k,"--n-th-color":f,"--n-th-color-hover":p,"--n-th-color-modal":T,"--n-th-color-hover-modal":D,"--n-th-color-popover":A,"--n-th-color-hover-popover":ee,"--n-td-color":m,"--n-td-color-hover":r,"--n-td-color-modal":w,"--n-td-color-hover-modal":O,"--n-td-color-popover":j,"--n-td-color-hover-popover":M,"--n-th-text-color":g,"--n-td-text-color":h,"--n-th-font-weight":_,"--n-th-button-color-hover":v,"--n-th-icon-color":y,"--n-th-icon-color-active":b,"--n-filter-size":x,"--n-pagination-margin":te,"--n-empty-padding":N,"--n-box-shadow-before":F,"--n-box-shadow-after":P,"--n-sorter-size":I,"--n-resizable-container-size":L,"--n-resizable-size":ne,"--n-loading-size":z,"--n-loading-color":R,"--n-opacity-loading":B,"--n-td-color-striped":V,"--n-td-color-striped-modal":re,"--n-td-color-striped-popover":H,"--n-td-color-sorting":i,"--n-td-color-sorting-modal":a,"--n-td-color-sorting-popover":o,"--n-th-color-sorting":s,"--n-th-color-sorting-modal":l,"--n-th-color-sorting-popover":d}}),Ne=i?pe(`data-table`,v(()=>c.value[0]),Me,e):void 0;return{mainTableInstRef:f,mergedClsPrefix:r,rtlEnabled:s,mergedTheme:u,paginatedData:w,mergedBordered:n,mergedBottomBordered:l,mergedPagination:j,mergedShowPagination:v(()=>{if(!e.pagination)return!1;if(e.paginateSinglePage)return!0;let t=j.value,{pageCount:n}=t;return n===void 0?t.itemCount&&t.pageSize&&t.itemCount>t.pageSize:n>1}),cssVars:i?void 0:Me,themeClass:Ne?.themeClass,onRender:Ne?.onRender,mergedEmpty:H,...je}},render(){let{mergedClsPrefix:e,themeClass:n,onRender:r,$slots:i,spinProps:a}=this;return r?.(),S(),f(`div`,{class:B([`${e}-data-table`,this.rtlEnabled&&`${e}-data-table--rtl`,n,{[`${e}-data-table--bordered`]:this.mergedBordered,[`${e}-data-table--bottom-bordered`]:this.mergedBottomBordered,[`${e}-data-table--single-line`]:this.singleLine,[`${e}-data-table--single-column`]:this.singleColumn,[`${e}-data-table--loading`]:this.loading,[`${e}-data-table--flex-height`]:this.flexHeight,[`${e}-data-table--empty`]:this.mergedEmpty}]),style:h(this.cssVars)},[d(`div`,{class:B(`${e}-data-table-wrapper`)},[t(oa,{ref:`mainTableInstRef`},null,512)],2),this.mergedShowPagination?(S(),f(`div`,{key:0,class:B(`${e}-data-table__pagination`)},[(S(),O(Or,g({theme:this.mergedTheme.peers.Pagination,themeOverrides:this.mergedTheme.peerOverrides.Pagination,disabled:this.loading},this.mergedPagination),null,16,[`theme`,`themeOverrides`,`disabled`]))],2)):G(()=>null),t(I,{name:`fade-in-scale-up-transition`},{default:()=>this.loading?(S(),f(`div`,{key:1,class:B(`${e}-data-table-loading-wrapper`)},[G(()=>me(i.loading,()=>[(S(),O(ae,g({clsPrefix:e,strokeWidth:20},a),null,16,[`clsPrefix`]))]))],2)):null},1024)],6)}}),Sa=[`onMouseenter`,`onMouseleave`,`onMousedown`],Ca={key:1,role:`none`},wa=x({name:`NDrawerContent`,inheritAttrs:!1,props:{blockScroll:Boolean,show:{type:Boolean,default:void 0},displayDirective:{type:String,required:!0},placement:{type:String,required:!0},contentClass:String,contentStyle:[Object,String],nativeScrollbar:{type:Boolean,required:!0},scrollbarProps:Object,trapFocus:{type:Boolean,default:!0},autoFocus:{type:Boolean,default:!0},showMask:{type:[Boolean,String],required:!0},maxWidth:Number,maxHeight:Number,minWidth:Number,minHeight:Number,resizable:Boolean,onClickoutside:Function,onAfterLeave:Function,onAfterEnter:Function,onEsc:Function},setup(e){let t=k(!!e.show),n=k(null),a=i(ot),o=0,s=``,l=null,u=k(!1),d=k(!1),f=v(()=>e.placement===`top`||e.placement===`bottom`),{mergedClsPrefixRef:p,mergedRtlRef:m}=W(e),h=se(`Drawer`,m,p),g=O,_=e=>{d.value=!0,o=f.value?e.clientY:e.clientX,s=document.body.style.cursor,document.body.style.cursor=f.value?`ns-resize`:`ew-resize`,document.body.addEventListener(`mousemove`,D),document.body.addEventListener(`mouseleave`,g),document.body.addEventListener(`mouseup`,O)},x=()=>{l!==null&&(window.clearTimeout(l),l=null),d.value?u.value=!0:l=window.setTimeout(()=>{u.value=!0},300)},S=()=>{l!==null&&(window.clearTimeout(l),l=null),u.value=!1},{doUpdateHeight:C,doUpdateWidth:w}=a,T=t=>{let{maxWidth:n}=e;if(n&&t>n)return n;let{minWidth:r}=e;return r&&t<r?r:t},E=t=>{let{maxHeight:n}=e;if(n&&t>n)return n;let{minHeight:r}=e;return r&&t<r?r:t};function D(t){if(d.value){if(f.value){let r=n.value?.offsetHeight||0,i=o-t.clientY;r+=e.placement===`bottom`?i:-i,r=E(r),C(r),o=t.clientY}else{let r=n.value?.offsetWidth||0,i=o-t.clientX;r+=e.placement===`right`?i:-i,r=T(r),w(r),o=t.clientX}}}function O(){d.value&&(o=0,d.value=!1,document.body.style.cursor=s,document.body.removeEventListener(`mousemove`,D),document.body.removeEventListener(`mouseup`,O),document.body.removeEventListener(`mouseleave`,g))}c(()=>{e.show&&(t.value=!0)}),r(()=>e.show,e=>{e||O()}),b(()=>{O()});let A=v(()=>{let{show:t}=e,n=[[N,t]];return e.showMask||n.push([Xe,e.onClickoutside,void 0,{capture:!0}]),n});function j(){t.value=!1,e.onAfterLeave?.()}return Nn(v(()=>e.blockScroll&&t.value)),y(at,n),y(et,null),y(Qe,null),{bodyRef:n,rtlEnabled:h,mergedClsPrefix:a.mergedClsPrefixRef,isMounted:a.isMountedRef,mergedTheme:a.mergedThemeRef,displayed:t,transitionName:v(()=>({right:`slide-in-from-right-transition`,left:`slide-in-from-left-transition`,top:`slide-in-from-top-transition`,bottom:`slide-in-from-bottom-transition`})[e.placement]),handleAfterLeave:j,bodyDirectives:A,handleMousedownResizeTrigger:_,handleMouseenterResizeTrigger:x,handleMouseleaveResizeTrigger:S,isDragging:d,isHoverOnResizeTrigger:u}},render(){let{$slots:t,mergedClsPrefix:n}=this;return this.displayDirective===`show`||this.displayed||this.show?l((S(),f(`div`,Ca,[(S(),O(Ye,{disabled:!this.showMask||!this.trapFocus,active:this.show,autoFocus:this.autoFocus,onEsc:this.onEsc},{default:()=>(S(),O(I,{name:this.transitionName,appear:this.isMounted,onAfterEnter:this.onAfterEnter,onAfterLeave:this.handleAfterLeave},{default:()=>l(e(`div`,g(this.$attrs,{role:`dialog`,ref:`bodyRef`,"aria-modal":`true`,class:[`${n}-drawer`,this.rtlEnabled&&`${n}-drawer--rtl`,`${n}-drawer--${this.placement}-placement`,this.isDragging&&`${n}-drawer--unselectable`,this.nativeScrollbar&&`${n}-drawer--native-scrollbar`]}),[this.resizable?(S(),f(`div`,{key:2,class:B([`${n}-drawer__resize-trigger`,(this.isDragging||this.isHoverOnResizeTrigger)&&`${n}-drawer__resize-trigger--hover`]),onMouseenter:this.handleMouseenterResizeTrigger,onMouseleave:this.handleMouseleaveResizeTrigger,onMousedown:this.handleMousedownResizeTrigger},null,42,Sa)):null,this.nativeScrollbar?(S(),f(`div`,{key:3,class:B([`${n}-drawer-content-wrapper`,this.contentClass]),style:h(this.contentStyle),role:`none`},[G(()=>t.default?.())],6)):(S(),O(At,g({key:4},this.scrollbarProps,{contentStyle:this.contentStyle,contentClass:[`${n}-drawer-content-wrapper`,this.contentClass],theme:this.mergedTheme.peers.Scrollbar,themeOverrides:this.mergedTheme.peerOverrides.Scrollbar}),re(t),1040,[`contentStyle`,`contentClass`,`theme`,`themeOverrides`]))]),this.bodyDirectives)},1032,[`name`,`appear`,`onAfterEnter`,`onAfterLeave`]))},1032,[`disabled`,`active`,`autoFocus`,`onEsc`]))])),[[N,this.displayDirective===`if`||this.displayed||this.show]]):null}}),{cubicBezierEaseIn:Ta,cubicBezierEaseOut:Ea}=Le;function Da({duration:e=`0.3s`,leaveDuration:t=`0.2s`,name:n=`slide-in-from-bottom`}={}){return[X(`&.${n}-transition-leave-active`,{transition:`transform ${t} ${Ta}`}),X(`&.${n}-transition-enter-active`,{transition:`transform ${e} ${Ea}`}),X(`&.${n}-transition-enter-to`,{transform:`translateY(0)`}),X(`&.${n}-transition-enter-from`,{transform:`translateY(100%)`}),X(`&.${n}-transition-leave-from`,{transform:`translateY(0)`}),X(`&.${n}-transition-leave-to`,{transform:`translateY(100%)`})]}var{cubicBezierEaseIn:Oa,cubicBezierEaseOut:ka}=Le;function Aa({duration:e=`0.3s`,leaveDuration:t=`0.2s`,name:n=`slide-in-from-left`}={}){return[X(`&.${n}-transition-leave-active`,{transition:`transform ${t} ${Oa}`}),X(`&.${n}-transition-enter-active`,{transition:`transform ${e} ${ka}`}),X(`&.${n}-transition-enter-to`,{transform:`translateX(0)`}),X(`&.${n}-transition-enter-from`,{transform:`translateX(-100%)`}),X(`&.${n}-transition-leave-from`,{transform:`translateX(0)`}),X(`&.${n}-transition-leave-to`,{transform:`translateX(-100%)`})]}var{cubicBezierEaseIn:ja,cubicBezierEaseOut:Ma}=Le;function Na({duration:e=`0.3s`,leaveDuration:t=`0.2s`,name:n=`slide-in-from-right`}={}){return[X(`&.${n}-transition-leave-active`,{transition:`transform ${t} ${ja}`}),X(`&.${n}-transition-enter-active`,{transition:`transform ${e} ${Ma}`}),X(`&.${n}-transition-enter-to`,{transform:`translateX(0)`}),X(`&.${n}-transition-enter-from`,{transform:`translateX(100%)`}),X(`&.${n}-transition-leave-from`,{transform:`translateX(0)`}),X(`&.${n}-transition-leave-to`,{transform:`translateX(100%)`})]}var{cubicBezierEaseIn:Pa,cubicBezierEaseOut:Fa}=Le;function Ia({duration:e=`0.3s`,leaveDuration:t=`0.2s`,name:n=`slide-in-from-top`}={}){return[X(`&.${n}-transition-leave-active`,{transition:`transform ${t} ${Pa}`}),X(`&.${n}-transition-enter-active`,{transition:`transform ${e} ${Fa}`}),X(`&.${n}-transition-enter-to`,{transform:`translateY(0)`}),X(`&.${n}-transition-enter-from`,{transform:`translateY(-100%)`}),X(`&.${n}-transition-leave-from`,{transform:`translateY(0)`}),X(`&.${n}-transition-leave-to`,{transform:`translateY(-100%)`})]}var La=X([Q(`drawer`,`
 word-break: break-word;
 line-height: var(--n-line-height);
 position: absolute;
 pointer-events: all;
 box-shadow: var(--n-box-shadow);
 transition:
 background-color .3s var(--n-bezier),
 color .3s var(--n-bezier);
 background-color: var(--n-color);
 color: var(--n-text-color);
 box-sizing: border-box;
 `,[Na(),Aa(),Ia(),Da(),Z(`unselectable`,`
 user-select: none; 
 -webkit-user-select: none;
 `),Z(`native-scrollbar`,[Q(`drawer-content-wrapper`,`
 overflow: auto;
 height: 100%;
 `)]),q(`resize-trigger`,`
 position: absolute;
 background-color: #0000;
 transition: background-color .3s var(--n-bezier);
 `,[Z(`hover`,`
 background-color: var(--n-resize-trigger-color-hover);
 `)]),Q(`drawer-content-wrapper`,`
 box-sizing: border-box;
 `),Q(`drawer-content`,`
 height: 100%;
 display: flex;
 flex-direction: column;
 `,[Z(`native-scrollbar`,[Q(`drawer-body-content-wrapper`,`
 height: 100%;
 overflow: auto;
 `)]),Q(`drawer-body`,`
 flex: 1 0 0;
 overflow: hidden;
 `),Q(`drawer-body-content-wrapper`,`
 box-sizing: border-box;
 padding: var(--n-body-padding);
 `),Q(`drawer-header`,`
 font-weight: var(--n-title-font-weight);
 line-height: 1;
 font-size: var(--n-title-font-size);
 color: var(--n-title-text-color);
 padding: var(--n-header-padding);
 transition: border .3s var(--n-bezier);
 border-bottom: 1px solid var(--n-divider-color);
 border-bottom: var(--n-header-border-bottom);
 display: flex;
 justify-content: space-between;
 align-items: center;
 `,[q(`main`,`
 flex: 1;
 `),q(`close`,`
 margin-left: 6px;
 transition:
 background-color .3s var(--n-bezier),
 color .3s var(--n-bezier);
 `)]),Q(`drawer-footer`,`
 display: flex;
 justify-content: flex-end;
 border-top: var(--n-footer-border-top);
 transition: border .3s var(--n-bezier);
 padding: var(--n-footer-padding);
 `)]),Z(`right-placement`,`
 top: 0;
 bottom: 0;
 right: 0;
 border-top-left-radius: var(--n-border-radius);
 border-bottom-left-radius: var(--n-border-radius);
 `,[q(`resize-trigger`,`
 width: 3px;
 height: 100%;
 top: 0;
 left: 0;
 transform: translateX(-1.5px);
 cursor: ew-resize;
 `)]),Z(`left-placement`,`
 top: 0;
 bottom: 0;
 left: 0;
 border-top-right-radius: var(--n-border-radius);
 border-bottom-right-radius: var(--n-border-radius);
 `,[q(`resize-trigger`,`
 width: 3px;
 height: 100%;
 top: 0;
 right: 0;
 transform: translateX(1.5px);
 cursor: ew-resize;
 `)]),Z(`top-placement`,`
 top: 0;
 left: 0;
 right: 0;
 border-bottom-left-radius: var(--n-border-radius);
 border-bottom-right-radius: var(--n-border-radius);
 `,[q(`resize-trigger`,`
 width: 100%;
 height: 3px;
 bottom: 0;
 left: 0;
 transform: translateY(1.5px);
 cursor: ns-resize;
 `)]),Z(`bottom-placement`,`
 left: 0;
 bottom: 0;
 right: 0;
 border-top-left-radius: var(--n-border-radius);
 border-top-right-radius: var(--n-border-radius);
 `,[q(`resize-trigger`,`
 width: 100%;
 height: 3px;
 top: 0;
 left: 0;
 transform: translateY(-1.5px);
 cursor: ns-resize;
 `)])]),X(`body`,[X(`>`,[Q(`drawer-container`,`
 position: fixed;
 `)])]),Q(`drawer-container`,`
 position: relative;
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 pointer-events: none;
 `,[X(`> *`,`
 pointer-events: all;
 `)]),Q(`drawer-mask`,`
 background-color: rgba(0, 0, 0, .3);
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 `,[Z(`invisible`,`
 background-color: rgba(0, 0, 0, 0)
 `),Et({enterDuration:`0.2s`,leaveDuration:`0.2s`,enterCubicBezier:`var(--n-bezier-in)`,leaveCubicBezier:`var(--n-bezier-out)`})])]),Ra=[`onClick`],za={...Y.props,show:Boolean,width:[Number,String],height:[Number,String],placement:{type:String,default:`right`},maskClosable:{type:Boolean,default:!0},showMask:{type:[Boolean,String],default:!0},to:[String,Object],displayDirective:{type:String,default:`if`},nativeScrollbar:{type:Boolean,default:!0},zIndex:Number,onMaskClick:Function,scrollbarProps:Object,contentClass:String,contentStyle:[Object,String],trapFocus:{type:Boolean,default:!0},onEsc:Function,autoFocus:{type:Boolean,default:!0},closeOnEsc:{type:Boolean,default:!0},blockScroll:{type:Boolean,default:!0},maxWidth:Number,maxHeight:Number,minWidth:Number,minHeight:Number,resizable:Boolean,defaultWidth:{type:[Number,String],default:251},defaultHeight:{type:[Number,String],default:251},onUpdateWidth:[Function,Array],onUpdateHeight:[Function,Array],"onUpdate:width":[Function,Array],"onUpdate:height":[Function,Array],"onUpdate:show":[Function,Array],onUpdateShow:[Function,Array],onAfterEnter:Function,onAfterLeave:Function,drawerStyle:[String,Object],drawerClass:String,target:null,onShow:Function,onHide:Function},Ba=x({name:`Drawer`,inheritAttrs:!1,props:za,setup(e){let{mergedClsPrefixRef:t,namespaceRef:n,inlineThemeDisabled:r}=W(e),i=R(),a=Y(`Drawer`,`-drawer`,La,St,e,t),o=k(e.defaultWidth),s=k(e.defaultHeight),c=Mt(A(e,`width`),o),l=Mt(A(e,`height`),s),u=v(()=>{let{placement:t}=e;return t===`top`||t===`bottom`?``:$(c.value)}),d=v(()=>{let{placement:t}=e;return t===`left`||t===`right`?``:$(l.value)}),f=t=>{let{onUpdateWidth:n,"onUpdate:width":r}=e;n&&H(n,t),r&&H(r,t),o.value=t},p=t=>{let{onUpdateHeight:n,"onUpdate:width":r}=e;n&&H(n,t),r&&H(r,t),s.value=t},m=v(()=>[{width:u.value,height:d.value},e.drawerStyle||``]);function h(t){let{onMaskClick:n,maskClosable:r}=e;r&&x(!1),n&&n(t)}function g(e){h(e)}let _=Pn();function b(t){e.onEsc?.(),e.show&&e.closeOnEsc&&it(t)&&(_.value||x(!1))}function x(t){let{onHide:n,onUpdateShow:r,"onUpdate:show":i}=e;r&&H(r,t),i&&H(i,t),n&&!t&&H(n,t)}y(ot,{isMountedRef:i,mergedThemeRef:a,mergedClsPrefixRef:t,doUpdateShow:x,doUpdateHeight:p,doUpdateWidth:f});let S=v(()=>{let{common:{cubicBezierEaseInOut:e,cubicBezierEaseIn:t,cubicBezierEaseOut:n},self:{color:r,textColor:i,boxShadow:o,lineHeight:s,headerPadding:c,footerPadding:l,borderRadius:u,bodyPadding:d,titleFontSize:f,titleTextColor:p,titleFontWeight:m,headerBorderBottom:h,footerBorderTop:g,closeIconColor:_,closeIconColorHover:v,closeIconColorPressed:y,closeColorHover:b,closeColorPressed:x,closeIconSize:S,closeSize:C,closeBorderRadius:w,resizableTriggerColorHover:T}}=a.value;return{"--n-line-height":s,"--n-color":r,"--n-border-radius":u,"--n-text-color":i,"--n-box-shadow":o,"--n-bezier":e,"--n-bezier-out":n,"--n-bezier-in":t,"--n-header-padding":c,"--n-body-padding":d,"--n-footer-padding":l,"--n-title-text-color":p,"--n-title-font-size":f,"--n-title-font-weight":m,"--n-header-border-bottom":h,"--n-footer-border-top":g,"--n-close-icon-color":_,"--n-close-icon-color-hover":v,"--n-close-icon-color-pressed":y,"--n-close-size":C,"--n-close-color-hover":b,"--n-close-color-pressed":x,"--n-close-icon-size":S,"--n-close-border-radius":w,"--n-resize-trigger-color-hover":T}}),C=r?pe(`drawer`,void 0,S,e):void 0;return{mergedClsPrefix:t,namespace:n,mergedBodyStyle:m,handleOutsideClick:g,handleMaskClick:h,handleEsc:b,mergedTheme:a,cssVars:r?void 0:S,themeClass:C?.themeClass,onRender:C?.onRender,isMounted:i}},render(){let{mergedClsPrefix:e}=this;return S(),O(tt,{to:this.to,show:this.show},{default:()=>(this.onRender?.(),l((S(),f(`div`,{class:B([`${e}-drawer-container`,this.namespace,this.themeClass]),style:h(this.cssVars),role:`none`},[this.showMask?(S(),O(I,{key:0,name:`fade-in-transition`,appear:this.isMounted},{default:()=>this.show?(S(),f(`div`,{key:1,"aria-hidden":!0,class:B([`${e}-drawer-mask`,this.showMask===`transparent`&&`${e}-drawer-mask--invisible`]),onClick:this.handleMaskClick},null,10,Ra)):null},1032,[`appear`])):G(()=>null),(S(),O(wa,g(this.$attrs,{class:[this.drawerClass,this.$attrs.class],style:[this.mergedBodyStyle,this.$attrs.style],blockScroll:this.blockScroll,contentStyle:this.contentStyle,contentClass:this.contentClass,placement:this.placement,scrollbarProps:this.scrollbarProps,show:this.show,displayDirective:this.displayDirective,nativeScrollbar:this.nativeScrollbar,onAfterEnter:this.onAfterEnter,onAfterLeave:this.onAfterLeave,trapFocus:this.trapFocus,autoFocus:this.autoFocus,resizable:this.resizable,maxHeight:this.maxHeight,minHeight:this.minHeight,maxWidth:this.maxWidth,minWidth:this.minWidth,showMask:this.showMask,onEsc:this.handleEsc,onClickoutside:this.handleOutsideClick}),re(this.$slots),1040,[`class`,`style`,`blockScroll`,`contentStyle`,`contentClass`,`placement`,`scrollbarProps`,`show`,`displayDirective`,`nativeScrollbar`,`onAfterEnter`,`onAfterLeave`,`trapFocus`,`autoFocus`,`resizable`,`maxHeight`,`minHeight`,`maxWidth`,`minWidth`,`showMask`,`onEsc`,`onClickoutside`]))],6)),[[rt,{zIndex:this.zIndex,enabled:this.show}]]))},1032,[`to`,`show`])}}),Va=x({name:`DrawerContent`,props:{title:String,headerClass:String,headerStyle:[Object,String],footerClass:String,footerStyle:[Object,String],bodyClass:String,bodyStyle:[Object,String],bodyContentClass:String,bodyContentStyle:[Object,String],nativeScrollbar:{type:Boolean,default:!0},scrollbarProps:Object,closable:Boolean},slots:Object,setup(){let e=i(ot,null);e||Ue(`drawer-content`,"`n-drawer-content` must be placed inside `n-drawer`.");let{doUpdateShow:t}=e;function n(){t(!1)}return{handleCloseClick:n,mergedTheme:e.mergedThemeRef,mergedClsPrefix:e.mergedClsPrefixRef}},render(){let{title:e,mergedClsPrefix:t,nativeScrollbar:n,mergedTheme:r,bodyClass:i,bodyStyle:a,bodyContentClass:o,bodyContentStyle:s,headerClass:c,headerStyle:l,footerClass:u,footerStyle:p,scrollbarProps:m,closable:_,$slots:v}=this;return S(),f(`div`,{role:`none`,class:B([`${t}-drawer-content`,n&&`${t}-drawer-content--native-scrollbar`])},[v.header||e||_?(S(),f(`div`,{key:0,class:B([`${t}-drawer-header`,c]),style:h(l),role:`none`},[d(`div`,{class:B(`${t}-drawer-header__main`),role:`heading`,"aria-level":`1`},[v.header===void 0?(S(),f(C,{key:1},[G(()=>e)],64)):(S(),f(C,{key:0},[G(()=>v.header())],64))],2),G(()=>_&&(S(),O(zt,{onClick:this.handleCloseClick,clsPrefix:t,class:B(`${t}-drawer-header__close`),absolute:!0},null,8,[`onClick`,`clsPrefix`,`class`])))],6)):G(()=>null),n?(S(),f(`div`,{key:2,class:B([`${t}-drawer-body`,i]),style:h(a),role:`none`},[d(`div`,{class:B([`${t}-drawer-body-content-wrapper`,o]),style:h(s),role:`none`},[G(()=>v.default?.())],6)],6)):(S(),O(At,g({key:3,themeOverrides:r.peerOverrides.Scrollbar,theme:r.peers.Scrollbar},m,{class:`${t}-drawer-body`,contentClass:[`${t}-drawer-body-content-wrapper`,o],contentStyle:s}),re(v),1040,[`themeOverrides`,`theme`,`class`,`contentClass`,`contentStyle`])),v.footer?(S(),f(`div`,{key:4,class:B([`${t}-drawer-footer`,u]),style:h(p),role:`none`},[G(()=>v.footer())],6)):G(()=>null)],2)}}),Ha=[`id`],Ua=[`stop-color`],Wa=[`stop-color`],Ga=[`viewBox`],Ka=[`d`,`stroke-width`],qa=[`d`,`stroke-width`],Ja={success:(S(),O(Ln)),error:(S(),O(In)),warning:(S(),O(zn)),info:(S(),O(Rn))},Ya=x({name:`ProgressCircle`,props:{clsPrefix:{type:String,required:!0},status:{type:String,required:!0},strokeWidth:{type:Number,required:!0},fillColor:[String,Object],railColor:String,railStyle:[String,Object],percentage:{type:Number,default:0},offsetDegree:{type:Number,default:0},showIndicator:{type:Boolean,required:!0},indicatorTextColor:String,unit:String,viewBoxWidth:{type:Number,required:!0},gapDegree:{type:Number,required:!0},gapOffsetDegree:{type:Number,default:0}},setup(e,{slots:t}){let n=v(()=>{let t=`gradient`,{fillColor:n}=e;return typeof n==`object`?`${t}-${Pe(JSON.stringify(n))}`:t});function r(t,r,i,a){let{gapDegree:o,viewBoxWidth:s,strokeWidth:c}=e,l=50+c/2,u=`M ${l},${l} m 0,50
      a 50,50 0 1 1 0,-100
      a 50,50 0 1 1 0,100`,d=Math.PI*2*50;return{pathString:u,pathStyle:{stroke:a===`rail`?i:typeof e.fillColor==`object`?`url(#${n.value})`:i,strokeDasharray:`${Math.min(t,100)/100*(d-o)}px ${s*8}px`,strokeDashoffset:`-${o/2}px`,transformOrigin:r?`center`:void 0,transform:r?`rotate(${r}deg)`:void 0}}}let i=()=>{let t=typeof e.fillColor==`object`,r=t?e.fillColor.stops[0]:``,i=t?e.fillColor.stops[1]:``;return t&&(S(),f(`defs`,null,[d(`linearGradient`,{id:n.value,x1:`0%`,y1:`100%`,x2:`100%`,y2:`0%`},[d(`stop`,{offset:`0%`,"stop-color":r},null,8,Ua),d(`stop`,{offset:`100%`,"stop-color":i},null,8,Wa)],8,Ha)]))};return()=>{let{fillColor:n,railColor:a,strokeWidth:o,offsetDegree:s,status:c,percentage:l,showIndicator:u,indicatorTextColor:p,unit:m,gapOffsetDegree:g,clsPrefix:_}=e,{pathString:v,pathStyle:y}=r(100,0,a,`rail`),{pathString:b,pathStyle:x}=r(l,s,n,`fill`),w=100+o;return S(),f(`div`,{class:B(`${_}-progress-content`),role:`none`},[d(`div`,{class:B(`${_}-progress-graph`),"aria-hidden":!0},[d(`div`,{class:B(`${_}-progress-graph-circle`),style:h({transform:g?`rotate(${g}deg)`:void 0})},[(S(),f(`svg`,{viewBox:`0 0 ${w} ${w}`},[G(()=>i()),d(`g`,null,[d(`path`,{class:B(`${_}-progress-graph-circle-rail`),d:v,"stroke-width":o,"stroke-linecap":`round`,fill:`none`,style:h(y)},null,14,Ka)]),d(`g`,null,[d(`path`,{class:B([`${_}-progress-graph-circle-fill`,l===0&&`${_}-progress-graph-circle-fill--empty`]),d:b,"stroke-width":o,"stroke-linecap":`round`,fill:`none`,style:h(x)},null,14,qa)])],8,Ga))],6)],2),u?(S(),f(`div`,{key:0},[t.default?(S(),f(`div`,{key:0,class:B(`${_}-progress-custom-content`),role:`none`},[G(()=>t.default())],2)):(S(),f(C,{key:1},[c==="default"?(S(),f(`div`,{key:1,class:B(`${_}-progress-text`),style:h({color:p}),role:`none`},[d(`span`,{class:B(`${_}-progress-text__percentage`)},[G(()=>l)],2),d(`span`,{class:B(`${_}-progress-text__unit`)},[G(()=>m)],2)],6)):(S(),f(`div`,{key:0,class:B(`${_}-progress-icon`),"aria-hidden":!0},[(S(),O(ct,{clsPrefix:_},{default:()=>Ja[c]},1032,[`clsPrefix`]))],2))],64))])):G(()=>null)],2)}}}),Xa={success:(S(),O(Ln)),error:(S(),O(In)),warning:(S(),O(zn)),info:(S(),O(Rn))},Za=x({name:`ProgressLine`,props:{clsPrefix:{type:String,required:!0},percentage:{type:Number,default:0},railColor:String,railStyle:[String,Object],fillColor:[String,Object],status:{type:String,required:!0},indicatorPlacement:{type:String,required:!0},indicatorTextColor:String,unit:{type:String,default:`%`},processing:{type:Boolean,required:!0},showIndicator:{type:Boolean,required:!0},height:[String,Number],railBorderRadius:[String,Number],fillBorderRadius:[String,Number]},setup(e,{slots:t}){let n=v(()=>$(e.height)),r=v(()=>typeof e.fillColor==`object`?`linear-gradient(to right, ${e.fillColor?.stops[0]} , ${e.fillColor?.stops[1]})`:e.fillColor),i=v(()=>e.railBorderRadius===void 0?e.height===void 0?``:$(e.height,{c:.5}):$(e.railBorderRadius)),a=v(()=>e.fillBorderRadius===void 0?e.railBorderRadius===void 0?e.height===void 0?``:$(e.height,{c:.5}):$(e.railBorderRadius):$(e.fillBorderRadius));return()=>{let{indicatorPlacement:o,railColor:s,railStyle:c,percentage:l,unit:u,indicatorTextColor:p,status:m,showIndicator:g,processing:_,clsPrefix:v}=e;return S(),f(`div`,{class:B(`${v}-progress-content`),role:`none`},[d(`div`,{class:B(`${v}-progress-graph`),"aria-hidden":!0},[d(`div`,{class:B([`${v}-progress-graph-line`,{[`${v}-progress-graph-line--indicator-${o}`]:!0}])},[d(`div`,{class:B(`${v}-progress-graph-line-rail`),style:h([{backgroundColor:s,height:n.value,borderRadius:i.value},c])},[d(`div`,{class:B([`${v}-progress-graph-line-fill`,_&&`${v}-progress-graph-line-fill--processing`]),style:h({maxWidth:`${e.percentage}%`,background:r.value,height:n.value,lineHeight:n.value,borderRadius:a.value})},[o===`inside`?(S(),f(`div`,{key:0,class:B(`${v}-progress-graph-line-indicator`),style:h({color:p})},[t.default?(S(),f(C,{key:0},[G(()=>t.default())],64)):(S(),f(C,{key:1},[G(()=>`${l}${u}`)],64))],6)):G(()=>null)],6)],6)],2)],2),g&&o===`outside`?(S(),f(`div`,{key:0},[t.default?(S(),f(`div`,{key:0,class:B(`${v}-progress-custom-content`),style:h({color:p}),role:`none`},[G(()=>t.default())],6)):(S(),f(C,{key:1},[m==="default"?(S(),f(`div`,{key:0,role:`none`,class:B(`${v}-progress-icon ${v}-progress-icon--as-text`),style:h({color:p})},[G(()=>l),G(()=>u)],6)):(S(),f(`div`,{key:1,class:B(`${v}-progress-icon`),"aria-hidden":!0},[(S(),O(ct,{clsPrefix:v},{default:()=>Xa[m]},1032,[`clsPrefix`]))],2))],64))])):G(()=>null)],2)}}}),Qa=[`id`],$a=[`stop-color`],eo=[`stop-color`],to=[`d`,`stroke-width`],no=[`d`,`stroke-width`],ro=[`viewBox`];function io(e,t,n=100){return`m ${n/2} ${n/2-e} a ${e} ${e} 0 1 1 0 ${2*e} a ${e} ${e} 0 1 1 0 -${2*e}`}var ao=x({name:`ProgressMultipleCircle`,props:{clsPrefix:{type:String,required:!0},viewBoxWidth:{type:Number,required:!0},percentage:{type:Array,default:[0]},strokeWidth:{type:Number,required:!0},circleGap:{type:Number,required:!0},showIndicator:{type:Boolean,required:!0},fillColor:{type:Array,default:()=>[]},railColor:{type:Array,default:()=>[]},railStyle:{type:Array,default:()=>[]}},setup(e,{slots:t}){let n=v(()=>e.percentage.map((t,n)=>`${Math.PI*t/100*(e.viewBoxWidth/2-e.strokeWidth/2*(1+2*n)-e.circleGap*n)*2}, ${e.viewBoxWidth*8}`)),r=(t,n)=>{let r=e.fillColor[n],i=typeof r==`object`?r.stops[0]:``,a=typeof r==`object`?r.stops[1]:``;return typeof e.fillColor[n]==`object`&&(S(),f(`linearGradient`,{id:`gradient-${n}`,x1:`100%`,y1:`0%`,x2:`0%`,y2:`100%`},[d(`stop`,{offset:`0%`,"stop-color":i},null,8,$a),d(`stop`,{offset:`100%`,"stop-color":a},null,8,eo)],8,Qa))};return()=>{let{viewBoxWidth:i,strokeWidth:a,circleGap:o,showIndicator:s,fillColor:c,railColor:l,railStyle:u,percentage:p,clsPrefix:m}=e;return S(),f(`div`,{class:B(`${m}-progress-content`),role:`none`},[d(`div`,{class:B(`${m}-progress-graph`),"aria-hidden":!0},[d(`div`,{class:B(`${m}-progress-graph-circle`)},[(S(),f(`svg`,{viewBox:`0 0 ${i} ${i}`},[d(`defs`,null,[G(()=>p.map((e,t)=>r(e,t)))]),G(()=>p.map((e,t)=>(S(),f(`g`,{key:t},[d(`path`,{class:B(`${m}-progress-graph-circle-rail`),d:io(i/2-a/2*(1+2*t)-o*t,a,i),"stroke-width":a,"stroke-linecap":`round`,fill:`none`,style:h([{strokeDashoffset:0,stroke:l[t]},u[t]])},null,14,to),d(`path`,{class:B([`${m}-progress-graph-circle-fill`,e===0&&`${m}-progress-graph-circle-fill--empty`]),d:io(i/2-a/2*(1+2*t)-o*t,a,i),"stroke-width":a,"stroke-linecap":`round`,fill:`none`,style:h({strokeDasharray:n.value[t],strokeDashoffset:0,stroke:typeof c[t]==`object`?`url(#gradient-${t})`:c[t]})},null,14,no)]))))],8,ro))],2)],2),s&&t.default?(S(),f(`div`,{key:0},[d(`div`,{class:B(`${m}-progress-text`)},[G(()=>t.default())],2)])):G(()=>null)],2)}}}),oo=X([Q(`progress`,{display:`inline-block`},[Q(`progress-icon`,`
 color: var(--n-icon-color);
 transition: color .3s var(--n-bezier);
 `),Z(`line`,`
 width: 100%;
 display: block;
 `,[Q(`progress-content`,`
 display: flex;
 align-items: center;
 `,[Q(`progress-graph`,{flex:1})]),Q(`progress-custom-content`,{marginLeft:`14px`}),Q(`progress-icon`,`
 width: 30px;
 padding-left: 14px;
 height: var(--n-icon-size-line);
 line-height: var(--n-icon-size-line);
 font-size: var(--n-icon-size-line);
 `,[Z(`as-text`,`
 color: var(--n-text-color-line-outer);
 text-align: center;
 width: 40px;
 font-size: var(--n-font-size);
 padding-left: 4px;
 transition: color .3s var(--n-bezier);
 `)])]),Z(`circle, dashboard`,{width:`120px`},[Q(`progress-custom-content`,`
 position: absolute;
 left: 50%;
 top: 50%;
 transform: translateX(-50%) translateY(-50%);
 display: flex;
 align-items: center;
 justify-content: center;
 `),Q(`progress-text`,`
 position: absolute;
 left: 50%;
 top: 50%;
 transform: translateX(-50%) translateY(-50%);
 display: flex;
 align-items: center;
 color: inherit;
 font-size: var(--n-font-size-circle);
 color: var(--n-text-color-circle);
 font-weight: var(--n-font-weight-circle);
 transition: color .3s var(--n-bezier);
 white-space: nowrap;
 `),Q(`progress-icon`,`
 position: absolute;
 left: 50%;
 top: 50%;
 transform: translateX(-50%) translateY(-50%);
 display: flex;
 align-items: center;
 color: var(--n-icon-color);
 font-size: var(--n-icon-size-circle);
 `)]),Z(`multiple-circle`,`
 width: 200px;
 color: inherit;
 `,[Q(`progress-text`,`
 font-weight: var(--n-font-weight-circle);
 color: var(--n-text-color-circle);
 position: absolute;
 left: 50%;
 top: 50%;
 transform: translateX(-50%) translateY(-50%);
 display: flex;
 align-items: center;
 justify-content: center;
 transition: color .3s var(--n-bezier);
 `)]),Q(`progress-content`,{position:`relative`}),Q(`progress-graph`,{position:`relative`},[Q(`progress-graph-circle`,[X(`svg`,{verticalAlign:`bottom`}),Q(`progress-graph-circle-fill`,`
 stroke: var(--n-fill-color);
 transition:
 opacity .3s var(--n-bezier),
 stroke .3s var(--n-bezier),
 stroke-dasharray .3s var(--n-bezier);
 `,[Z(`empty`,{opacity:0})]),Q(`progress-graph-circle-rail`,`
 transition: stroke .3s var(--n-bezier);
 overflow: hidden;
 stroke: var(--n-rail-color);
 `)]),Q(`progress-graph-line`,[Z(`indicator-inside`,[Q(`progress-graph-line-rail`,`
 height: 16px;
 line-height: 16px;
 border-radius: 10px;
 `,[Q(`progress-graph-line-fill`,`
 height: inherit;
 border-radius: 10px;
 `),Q(`progress-graph-line-indicator`,`
 background: #0000;
 white-space: nowrap;
 text-align: right;
 margin-left: 14px;
 margin-right: 14px;
 height: inherit;
 font-size: 12px;
 color: var(--n-text-color-line-inner);
 transition: color .3s var(--n-bezier);
 `)])]),Z(`indicator-inside-label`,`
 height: 16px;
 display: flex;
 align-items: center;
 `,[Q(`progress-graph-line-rail`,`
 flex: 1;
 transition: background-color .3s var(--n-bezier);
 `),Q(`progress-graph-line-indicator`,`
 background: var(--n-fill-color);
 font-size: 12px;
 transform: translateZ(0);
 display: flex;
 vertical-align: middle;
 height: 16px;
 line-height: 16px;
 padding: 0 10px;
 border-radius: 10px;
 position: absolute;
 white-space: nowrap;
 color: var(--n-text-color-line-inner);
 transition:
 right .2s var(--n-bezier),
 color .3s var(--n-bezier),
 background-color .3s var(--n-bezier);
 `)]),Q(`progress-graph-line-rail`,`
 position: relative;
 overflow: hidden;
 height: var(--n-rail-height);
 border-radius: 5px;
 background-color: var(--n-rail-color);
 transition: background-color .3s var(--n-bezier);
 `,[Q(`progress-graph-line-fill`,`
 background: var(--n-fill-color);
 position: relative;
 border-radius: 5px;
 height: inherit;
 width: 100%;
 max-width: 0%;
 transition:
 background-color .3s var(--n-bezier),
 max-width .2s var(--n-bezier);
 `,[Z(`processing`,[X(`&::after`,`
 content: "";
 background-image: var(--n-line-bg-processing);
 animation: progress-processing-animation 2s var(--n-bezier) infinite;
 `)])])])])])]),X(`@keyframes progress-processing-animation`,`
 0% {
 position: absolute;
 left: 0;
 top: 0;
 bottom: 0;
 right: 100%;
 opacity: 1;
 }
 66% {
 position: absolute;
 left: 0;
 top: 0;
 bottom: 0;
 right: 0;
 opacity: 0;
 }
 100% {
 position: absolute;
 left: 0;
 top: 0;
 bottom: 0;
 right: 0;
 opacity: 0;
 }
 `)]),so=[`aria-valuenow`,`role`],co={...Y.props,processing:Boolean,type:{type:String,default:`line`},gapDegree:Number,gapOffsetDegree:Number,status:{type:String,default:`default`},railColor:[String,Array],railStyle:[String,Array],color:[String,Array,Object],viewBoxWidth:{type:Number,default:100},strokeWidth:{type:Number,default:7},percentage:[Number,Array],unit:{type:String,default:`%`},showIndicator:{type:Boolean,default:!0},indicatorPosition:{type:String,default:`outside`},indicatorPlacement:{type:String,default:`outside`},indicatorTextColor:String,circleGap:{type:Number,default:1},height:Number,borderRadius:[String,Number],fillBorderRadius:[String,Number],offsetDegree:Number},lo=x({name:`Progress`,props:co,setup(e){let t=v(()=>e.indicatorPlacement||e.indicatorPosition),n=v(()=>{if(e.gapDegree||e.gapDegree===0)return e.gapDegree;if(e.type===`dashboard`)return 75}),{mergedClsPrefixRef:r,inlineThemeDisabled:i}=W(e),a=Y(`Progress`,`-progress`,oo,wt,e,r),o=v(()=>{let{status:t}=e,{common:{cubicBezierEaseInOut:n},self:{fontSize:r,fontSizeCircle:i,railColor:o,railHeight:s,iconSizeCircle:c,iconSizeLine:l,textColorCircle:u,textColorLineInner:d,textColorLineOuter:f,lineBgProcessing:p,fontWeightCircle:m,[J(`iconColor`,t)]:h,[J(`fillColor`,t)]:g}}=a.value;return{"--n-bezier":n,"--n-fill-color":g,"--n-font-size":r,"--n-font-size-circle":i,"--n-font-weight-circle":m,"--n-icon-color":h,"--n-icon-size-circle":c,"--n-icon-size-line":l,"--n-line-bg-processing":p,"--n-rail-color":o,"--n-rail-height":s,"--n-text-color-circle":u,"--n-text-color-line-inner":d,"--n-text-color-line-outer":f}}),s=i?pe(`progress`,v(()=>e.status[0]),o,e):void 0;return{mergedClsPrefix:r,mergedIndicatorPlacement:t,gapDeg:n,cssVars:i?void 0:o,themeClass:s?.themeClass,onRender:s?.onRender}},render(){let{type:e,cssVars:t,indicatorTextColor:n,showIndicator:r,status:i,railColor:a,railStyle:o,color:s,percentage:c,viewBoxWidth:l,strokeWidth:u,mergedIndicatorPlacement:d,unit:p,borderRadius:m,fillBorderRadius:g,height:_,processing:v,circleGap:y,mergedClsPrefix:b,gapDeg:x,gapOffsetDegree:w,themeClass:T,$slots:E,onRender:D}=this;return D?.(),S(),f(`div`,{class:B([T,`${b}-progress`,`${b}-progress--${e}`,`${b}-progress--${i}`]),style:h(t),"aria-valuemax":100,"aria-valuemin":0,"aria-valuenow":c,role:e===`circle`||e===`line`||e===`dashboard`?`progressbar`:`none`},[e===`circle`||e===`dashboard`?(S(),O(Ya,{key:0,clsPrefix:b,status:i,showIndicator:r,indicatorTextColor:n,railColor:a,fillColor:s,railStyle:o,offsetDegree:this.offsetDegree,percentage:c,viewBoxWidth:l,strokeWidth:u,gapDegree:x===void 0?e===`dashboard`?75:0:x,gapOffsetDegree:w,unit:p},re(E),1032,[`clsPrefix`,`status`,`showIndicator`,`indicatorTextColor`,`railColor`,`fillColor`,`railStyle`,`offsetDegree`,`percentage`,`viewBoxWidth`,`strokeWidth`,`gapDegree`,`gapOffsetDegree`,`unit`])):(S(),f(C,{key:1},[e===`line`?(S(),O(Za,{key:0,clsPrefix:b,status:i,showIndicator:r,indicatorTextColor:n,railColor:a,fillColor:s,railStyle:o,percentage:c,processing:v,indicatorPlacement:d,unit:p,fillBorderRadius:g,railBorderRadius:m,height:_},re(E),1032,[`clsPrefix`,`status`,`showIndicator`,`indicatorTextColor`,`railColor`,`fillColor`,`railStyle`,`percentage`,`processing`,`indicatorPlacement`,`unit`,`fillBorderRadius`,`railBorderRadius`,`height`])):(S(),f(C,{key:1},[e===`multiple-circle`?(S(),O(ao,{key:0,clsPrefix:b,strokeWidth:u,railColor:a,fillColor:s,railStyle:o,viewBoxWidth:l,percentage:c,showIndicator:r,circleGap:y},re(E),1032,[`clsPrefix`,`strokeWidth`,`railColor`,`fillColor`,`railStyle`,`viewBoxWidth`,`percentage`,`showIndicator`,`circleGap`])):G(()=>null)],64))],64))],14,so)}});function uo(e,t,n=[]){function i(){let n=Fe(e);if(n instanceof HTMLElement)for(let e of n.querySelectorAll(`[role="checkbox"]`)){let n=t(e);if(n===null)continue;e.getAttribute(`aria-label`)!==n&&e.setAttribute(`aria-label`,n);let r=e.getAttribute(`aria-labelledby`);r&&!document.getElementById(r)&&e.removeAttribute(`aria-labelledby`)}}Re(e,i,{childList:!0,subtree:!0}),r([()=>Fe(e),...n],i,{flush:`post`})}function fo(e){switch(e){case`priority`:return`priority`;case`owner`:return`owner`;case`watch`:case`unwatch`:case`seen`:case`unseen`:return`ro`;default:return`rw`}}function po(e,t,n){switch(e.kind){case`lock`:return t.Lock===`lock`&&t.OwnerID===n;case`unlock`:return t.Lock!==`lock`;case`move`:return t.QueueID===e.value;case`state`:return t.StateID===e.value;case`priority`:return t.PriorityID===e.value;case`owner`:return t.OwnerID===e.value;case`responsible`:return t.ResponsibleID===e.value;case`watch`:return t.HasWatch===1;case`unwatch`:return t.HasWatch===0;case`seen`:return t.Seen===1;case`unseen`:return t.Seen===0}}function mo(e,t,n){let r=e=>n.queueName?.(e)??String(e);return n.can(fo(e.kind),t.QueueID)?e.kind===`move`&&e.value!==void 0&&!n.can(`move_into`,e.value)?{key:`target`,params:{queue:r(e.value)}}:(e.kind===`lock`||e.kind===`unlock`)&&t.Lock===`lock`&&t.OwnerID!==n.agentId?{key:`lockedByOther`,params:{}}:po(e,t,n.agentId)?{key:`unchanged`,params:{}}:null:{key:`permission`,params:{queue:r(t.QueueID)}}}function ho(e,t){switch(e.kind){case`lock`:return{kind:`unlock`};case`unlock`:return{kind:`lock`};case`move`:return{kind:`move`,value:t.QueueID};case`state`:return{kind:`state`,value:t.StateID};case`priority`:return{kind:`priority`,value:t.PriorityID};case`owner`:return{kind:`owner`,value:t.OwnerID};case`responsible`:return{kind:`responsible`,value:t.ResponsibleID};case`watch`:return{kind:`unwatch`};case`unwatch`:return{kind:`watch`};case`seen`:return{kind:`unseen`};case`unseen`:return{kind:`seen`}}}function go(e,t,n){let r=e.value??0;switch(e.kind){case`lock`:return{...t,Lock:`lock`,OwnerID:n??t.OwnerID};case`unlock`:return{...t,Lock:`unlock`};case`move`:return{...t,QueueID:r};case`state`:return{...t,StateID:r};case`priority`:return{...t,PriorityID:r};case`owner`:return{...t,OwnerID:r,Lock:`lock`};case`responsible`:return{...t,ResponsibleID:r};case`watch`:case`unwatch`:return{...t,HasWatch:+(e.kind===`watch`)};case`seen`:case`unseen`:return{...t,Seen:+(e.kind===`seen`)}}}async function _o(e,t,n){let r=e.value??0;switch(e.kind){case`lock`:case`unlock`:return(await Sn({ticketId:t,lock:e.kind})).failedFields;case`move`:return await yn({ticketId:t,queueId:r}),[];case`state`:return(await Tn({ticketId:t,stateId:r})).failedFields;case`priority`:return await bn({ticketId:t,priorityId:r}),[];case`owner`:return await xn({ticketId:t,userId:r,rule:n?`TicketEdit`:void 0}),[];case`responsible`:return await gn({ticketId:t,userId:r}),[];case`watch`:case`unwatch`:return await _n({ticketId:t,subscribe:e.kind===`watch`}),[];case`seen`:case`unseen`:return await wn({ticketId:t,seen:e.kind===`seen`}),[]}}async function vo(e,t,n){let r=0,i=Array.from({length:Math.max(1,Math.min(t,e.length))},async()=>{for(;r<e.length;){let t=e[r];r+=1,await n(t)}});await Promise.all(i)}function yo(e){let{TicketID:t,TicketNumber:n,Title:r,QueueID:i,Queue:a,StateID:o,PriorityID:s,OwnerID:c,ResponsibleID:l,Lock:u,HasWatch:d,Seen:f}=e;return{TicketID:t,TicketNumber:n,Title:r,QueueID:i,Queue:a,StateID:o,PriorityID:s,OwnerID:c,ResponsibleID:l,Lock:u,HasWatch:d,Seen:f}}function bo(e={}){let t=e.concurrency??4,n=k([]),r=k(!1),i=k(null),a=k(!1),o=null,s=v(()=>n.value.filter(e=>e.status!==`waiting`&&e.status!==`running`).length),c=v(()=>{let e={waiting:0,running:0,done:0,partial:0,failed:0,skipped:0};for(let t of n.value)e[t.status]+=1;return e}),l=v(()=>!r.value&&c.value.failed>0),u=v(()=>!r.value&&!a.value&&c.value.done+c.value.partial>0);async function d(e){r.value=!0;for(let t of e)t.status=`waiting`;try{await vo(e,t,async e=>{e.status=`running`,e.error=null,e.failedFields=[];try{let t=await _o(e.action,e.ticket.TicketID,a.value);e.failedFields=t,e.status=t.length>0?`partial`:`done`}catch(t){e.error=t,e.status=`failed`}})}finally{r.value=!1}}function f(e){return n.value=e.map(({ticket:e,action:t})=>{let n=o?mo(t,e,o):null;return{ticket:e,action:t,status:n?`skipped`:`waiting`,error:null,skipReason:n,failedFields:[]}}),n.value.filter(e=>e.status===`waiting`)}async function p(e,t,n){r.value||(o=n,i.value=e,a.value=!1,await d(f(t.map(t=>({ticket:yo(t),action:e})))))}async function m(){l.value&&await d(n.value.filter(e=>e.status===`failed`))}async function h(){if(!u.value||!o)return;let e=o.agentId,t=n.value.filter(e=>e.status===`done`||e.status===`partial`).map(t=>({ticket:go(t.action,t.ticket,e),action:ho(t.action,t.ticket)}));a.value=!0,await d(f(t))}function g(){r.value||(n.value=[],i.value=null,a.value=!1)}return{outcomes:n,running:r,action:i,undoing:a,finished:s,counts:c,canRetry:l,canUndo:u,run:p,retryFailed:m,undo:h,clear:g}}function xo(){let e=k(`idle`),t=k(null),n=j([]),r=j([]),i=j([]),a=k(!1),o=k(null);async function s(){if(e.value!==`loading`&&e.value!==`done`){e.value=`loading`,t.value=null;try{let[t,i]=await Promise.all([Dn(),An()]);n.value=t.CustomerCompanies,r.value=i.SLAList,e.value=`done`}catch(n){t.value=n,e.value=`error`}}}async function c(e){let t=e.trim();if(t.length<2)i.value=[];else{a.value=!0,o.value=null;try{let e=await En({search:`*${t}*`,limit:20},{supersede:`ticket-list-customer-user`});i.value=e.CustomerUsers,a.value=!1}catch(e){if(On(e)&&e.kind===`aborted`)return;o.value=e,a.value=!1}}}return{state:e,error:t,companies:n,slas:r,customerUsers:i,searching:a,searchError:o,ensureLoaded:s,searchCustomerUsers:c}}function So(e){return[e.Changed,e.StateID,e.PriorityID,e.QueueID,e.LockID,e.OwnerID,e.Seen].join(`|`)}function Co(e=null){let t=k(`idle`),n=j([]),r=k(0),i=k(null),a=k(null),o=j(new Set),s=k(!1),c=k(!1),l=k(!1),u=0,d=null;async function f(t,n,r){return e?e.loadList(t,{signal:n,background:r}):fn(t,n,r)}async function p(p,m={}){let h=m.background===!0&&t.value===`done`,g=++u;d?.abort(),d=new AbortController;let{signal:_}=d;if(!h){l.value=!1,c.value=!1;let u=e?.readList(p)??null;if(u){if(n.value=u.tickets,r.value=u.total,o.value=new Set,i.value=null,a.value=null,t.value=`done`,cn(u))return;h=!0,s.value=!0}}h||(t.value=`loading`,i.value=null,s.value=!1);try{let e=await f(p,_,h&&!s.value);if(g!==u)return;let i=e.tickets;if(h){let t=new Map(n.value.map(e=>[e.TicketID,So(e)]));o.value=new Set(i.filter(e=>t.get(e.TicketID)!==So(e)).map(e=>e.TicketID)),s.value&&(o.value.size>0||i.length!==n.value.length||e.total!==r.value)&&(l.value=!0)}else o.value=new Set;n.value=i,r.value=e.total,a.value=null,s.value=!1,t.value=`done`}catch(e){if(g!==u)return;if(h){s.value&&(s.value=!1,c.value=!0),a.value=e;return}i.value=e,t.value=`error`}}return{state:t,tickets:n,total:r,error:i,refreshError:a,changedIds:o,revalidating:s,revalidateFailed:c,updated:l,load:p}}async function wo(e){let t=(await vn({fullTextSearch:e,limit:1})).TicketIDFromFullTextSearch;if(t===void 0)return null;let n=await Cn(t);return n?n.TicketID:null}var To=[`aria-label`],Eo={class:`bulk-bar__count`},Do=Ve(x({__name:`BulkActionBar`,props:{selected:{},busy:{type:Boolean}},emits:[`run`,`clear`],setup(e,{emit:r}){let i=e,o=r,{t:s}=F(),c=kn(),l=[`lock`,`unlock`,`watch`,`unwatch`,`seen`,`unseen`],u=[`move`,`state`,`priority`,`owner`,`responsible`];function m(e){let t=fo(e);return i.selected.filter(e=>c.can(t,e.QueueID)).length}let h={move:[`queues`,`moveQueues`],state:[`views`],priority:[`views`],owner:[`agents`],responsible:[`agents`]};function g(e){let t=[`permissions`,...h[e]??[]].filter(e=>!c.hasPart(e));if(t.length>0)return{kind:e,allowed:0,disabled:!0,hint:s(t.includes(`permissions`)?`reference.permissionsNotLoaded`:`reference.choicesNotLoaded`)};let n=m(e),r=i.selected.length;return{kind:e,allowed:n,disabled:i.busy||n===0,hint:n===0?s(`tickets.bulk.noneAllowed`,{permission:s(`tickets.bulk.permissions.${fo(e)}`)}):n<r?s(`tickets.bulk.someAllowed`,{allowed:n,total:r}):``}}let _=v(()=>l.map(g)),y=v(()=>u.map(e=>({...g(e),options:b(e)})));function b(e){switch(e){case`move`:return c.queuesForMove.map(e=>({value:e.ID,label:e.FullName}));case`state`:return c.states.filter(e=>e.IsVisible!==0||e.StateType===`closed`).filter(e=>e.StateType!==`merged`&&e.StateType!==`removed`).map(e=>({value:e.ID,label:e.Name}));case`priority`:return c.priorities.map(e=>({value:e.ID,label:e.Name}));case`owner`:case`responsible`:return c.agents.filter(e=>e.ValidID===1).map(e=>({value:e.UserID,label:e.UserFullname}))}}return(r,i)=>(S(),f(`div`,{class:`bulk-bar`,role:`toolbar`,"aria-label":a(s)(`tickets.bulk.toolbar`),"data-testid":`bulk-bar`},[d(`span`,Eo,E(a(s)(`tickets.bulk.selected`,{count:e.selected.length})),1),(S(!0),f(C,null,p(_.value,e=>(S(),O(a(Ut),{key:e.kind,disabled:!e.hint},{trigger:T(()=>[d(`span`,null,[t(a(K),{size:`small`,secondary:``,disabled:e.disabled,"data-testid":`bulk-${e.kind}`,onClick:t=>o(`run`,{kind:e.kind})},{default:T(()=>[n(E(a(s)(`tickets.bulk.actions.${e.kind}`)),1)]),_:2},1032,[`disabled`,`data-testid`,`onClick`])])]),default:T(()=>[n(` `+E(e.hint),1)]),_:2},1032,[`disabled`]))),128)),(S(!0),f(C,null,p(y.value,e=>(S(),O(a(Ut),{key:e.kind,disabled:!e.hint},{trigger:T(()=>[d(`span`,null,[t(a(mr),{value:null,options:e.options,disabled:e.disabled,scrollable:``,trigger:`click`,"onUpdate:value":t=>o(`run`,{kind:e.kind,value:t})},{default:T(()=>[t(a(K),{size:`small`,secondary:``,disabled:e.disabled,"data-testid":`bulk-${e.kind}`},{default:T(()=>[n(E(a(s)(`tickets.bulk.actions.${e.kind}`))+` ▾ `,1)]),_:2},1032,[`disabled`,`data-testid`])]),_:2},1032,[`options`,`disabled`,`onUpdate:value`])])]),default:T(()=>[n(` `+E(e.hint),1)]),_:2},1032,[`disabled`]))),128)),t(a(K),{size:`small`,text:``,class:`bulk-bar__clear`,onClick:i[0]||=e=>o(`clear`)},{default:T(()=>[n(E(a(s)(`tickets.bulk.clearSelection`)),1)]),_:1})],8,To))}}),[[`__scopeId`,`data-v-cf3b0098`]]),Oo={class:`bulk-report__summary`,"aria-live":`polite`},ko=[`id`],Ao={class:`bulk-report__table`},jo=[`data-testid`],Mo={class:`bulk-report__number`},No={class:`bulk-report__title`},Po={key:0,class:`bulk-report__reason`},Fo={class:`bulk-report__actions`},Io=Ve(x({__name:`BulkReportModal`,props:{show:{type:Boolean},action:{},outcomes:{},running:{type:Boolean},undoing:{type:Boolean},finished:{},counts:{},canRetry:{type:Boolean},canUndo:{type:Boolean}},emits:[`close`,`retry`,`undo`],setup(e,{emit:r}){let i=e,s=r,{t:c}=F(),l=o(),u=Mn(),m=kn(),h={waiting:`default`,running:`info`,done:`success`,partial:`warning`,failed:`error`,skipped:`default`},g=v(()=>i.outcomes.length===0?0:Math.round(i.finished/i.outcomes.length*100));function _(e){let t=e.value??0;switch(e.kind){case`move`:return m.queueById.get(t)?.FullName??`#${t}`;case`state`:return m.stateById.get(t)?.Name??`#${t}`;case`priority`:return m.priorityById.get(t)?.Name??`#${t}`;case`owner`:case`responsible`:return m.agentById.get(t)?.UserFullname??`#${t}`;default:return``}}let y=v(()=>{if(!i.action)return``;let e=_(i.action),t=c(`tickets.bulk.actions.${i.action.kind}`),n=e?`${t}: ${e}`:t;return i.undoing?c(`tickets.bulk.undoTitle`,{action:n}):n});function b(e){return e.status===`failed`?u(e.error):e.status===`skipped`&&e.skipReason?c(`tickets.bulk.blocked.${e.skipReason.key}`,e.skipReason.params):e.status===`partial`?c(`tickets.bulk.partial`,{fields:e.failedFields.join(`, `)}):``}return(r,i)=>(S(),O(a(Fn),{show:e.show,preset:`card`,title:y.value,class:`bulk-report`,style:{width:`min(760px, 94vw)`},"mask-closable":!e.running,closable:!e.running,segmented:{content:!0,footer:`soft`},"data-testid":`bulk-report`,"onUpdate:show":i[3]||=e=>!e&&s(`close`)},{footer:T(()=>[d(`div`,Fo,[e.canRetry?(S(),O(a(K),{key:0,secondary:``,type:`warning`,"data-testid":`bulk-retry`,onClick:i[0]||=e=>s(`retry`)},{default:T(()=>[n(E(a(c)(`tickets.bulk.retryFailed`,{count:e.counts.failed})),1)]),_:1})):M(``,!0),e.canUndo?(S(),O(a(K),{key:1,secondary:``,"data-testid":`bulk-undo`,onClick:i[1]||=e=>s(`undo`)},{default:T(()=>[n(E(a(c)(`tickets.bulk.undo`)),1)]),_:1})):M(``,!0),t(a(K),{type:`primary`,disabled:e.running,"data-testid":`bulk-close`,onClick:i[2]||=e=>s(`close`)},{default:T(()=>[n(E(a(c)(`common.close`)),1)]),_:1},8,[`disabled`])])]),default:T(()=>[d(`div`,Oo,[t(a(lo),{type:`line`,percentage:g.value,processing:e.running,"show-indicator":!1,"aria-labelledby":a(l)},null,8,[`percentage`,`processing`,`aria-labelledby`]),d(`p`,{id:a(l),class:`bulk-report__counts`,"data-testid":`bulk-summary`},E(e.running?a(c)(`tickets.bulk.progress`,{done:e.finished,total:e.outcomes.length}):a(c)(`tickets.bulk.summary`,e.counts)),9,ko)]),d(`table`,Ao,[d(`thead`,null,[d(`tr`,null,[d(`th`,null,E(a(c)(`tickets.columns.number`)),1),d(`th`,null,E(a(c)(`tickets.columns.title`)),1),d(`th`,null,E(a(c)(`tickets.bulk.result`)),1)])]),d(`tbody`,null,[(S(!0),f(C,null,p(e.outcomes,e=>(S(),f(`tr`,{key:e.ticket.TicketID,"data-testid":`bulk-outcome-${e.ticket.TicketNumber}`},[d(`td`,Mo,E(e.ticket.TicketNumber),1),d(`td`,No,E(e.ticket.Title),1),d(`td`,null,[t(a(Bn),{size:`small`,type:h[e.status],bordered:!1},{default:T(()=>[n(E(a(c)(`tickets.bulk.status.${e.status}`)),1)]),_:2},1032,[`type`]),b(e)?(S(),f(`span`,Po,E(b(e)),1)):M(``,!0)])],8,jo))),128))])])]),_:1},8,[`show`,`title`,`mask-closable`,`closable`]))}}),[[`__scopeId`,`data-v-dfce03f0`]]),Lo={class:`column-settings`},Ro={class:`column-settings__hint`},zo={class:`column-settings__list`},Bo={class:`column-settings__move`},Vo=Ve(x({__name:`ColumnSettings`,props:{prefs:{}},emits:[`visible`,`move`,`reset`],setup(e,{emit:r}){let i=r,{t:o}=F();return(r,s)=>(S(),O(a(Se),{trigger:`click`,placement:`bottom-end`},{trigger:T(()=>[t(a(K),{size:`small`,secondary:``,"data-testid":`column-settings`},{default:T(()=>[n(E(a(o)(`tickets.columnsMenu.button`)),1)]),_:1})]),default:T(()=>[d(`div`,Lo,[d(`p`,Ro,E(a(o)(`tickets.columnsMenu.hint`)),1),d(`ul`,zo,[(S(!0),f(C,null,p(e.prefs.order,(r,c)=>(S(),f(`li`,{key:r,class:`column-settings__item`},[t(a(Bt),{checked:!e.prefs.hidden.includes(r),disabled:r===`number`,"data-testid":`column-toggle-${r}`,"onUpdate:checked":e=>i(`visible`,r,e)},{default:T(()=>[n(E(a(o)(`tickets.columns.${r}`)),1)]),_:2},1032,[`checked`,`disabled`,`data-testid`,`onUpdate:checked`]),d(`span`,Bo,[t(a(K),{size:`tiny`,quaternary:``,disabled:c===0,"aria-label":a(o)(`tickets.columnsMenu.moveUp`,{column:a(o)(`tickets.columns.${r}`)}),onClick:e=>i(`move`,r,-1)},{default:T(()=>[...s[1]||=[n(` ↑ `,-1)]]),_:1},8,[`disabled`,`aria-label`,`onClick`]),t(a(K),{size:`tiny`,quaternary:``,disabled:c===e.prefs.order.length-1,"aria-label":a(o)(`tickets.columnsMenu.moveDown`,{column:a(o)(`tickets.columns.${r}`)}),onClick:e=>i(`move`,r,1)},{default:T(()=>[...s[2]||=[n(` ↓ `,-1)]]),_:1},8,[`disabled`,`aria-label`,`onClick`])])]))),128))]),t(a(K),{size:`small`,text:``,type:`primary`,onClick:s[0]||=e=>i(`reset`)},{default:T(()=>[n(E(a(o)(`tickets.columnsMenu.reset`)),1)]),_:1})])]),_:1}))}}),[[`__scopeId`,`data-v-97cda98a`]]),Ho=[`aria-label`],Uo=Ve(x({__name:`FilterChips`,props:{filters:{},slaTitles:{}},emits:[`remove`,`clear`],setup(e,{emit:r}){let i=e,o=r,{t:s}=F(),c=kn(),l={1:`unlocked`,2:`locked`,3:`tmpLocked`};function u(e){if(e.key===`watched`)return s(`tickets.filters.watchedByMe`);if(!(`id`in e))return e.key===`stateType`?s(`tickets.filters.stateTypes.${e.value}`):e.value;let t=e.id;switch(e.key){case`queueIds`:return c.queueById.get(t)?.FullName??`#${t}`;case`stateIds`:return c.stateById.get(t)?.Name??`#${t}`;case`priorityIds`:return c.priorityById.get(t)?.Name??`#${t}`;case`typeIds`:return c.typeById.get(t)?.Name??`#${t}`;case`ownerIds`:case`responsibleIds`:return c.agentById.get(t)?.UserFullname??`#${t}`;case`lockIds`:return l[t]?s(`tickets.filters.locks.${l[t]}`):`#${t}`;case`serviceIds`:return c.serviceById.get(t)?.Title??`#${t}`;case`slaIds`:return i.slaTitles?.get(t)??`#${t}`}}let d=v(()=>an(i.filters).map(e=>({chip:e,id:`id`in e?`${e.key}:${e.id}`:`value`in e?`${e.key}:${e.value}`:e.key,label:`${s(`tickets.filters.labels.${e.key}`)}: ${u(e)}`})));return(e,r)=>d.value.length>0?(S(),f(`div`,{key:0,class:`filter-chips`,role:`list`,"aria-label":a(s)(`tickets.filters.active`)},[(S(!0),f(C,null,p(d.value,e=>(S(),O(a(Bn),{key:e.id,role:`listitem`,closable:``,round:``,size:`small`,class:`filter-chips__chip`,"data-testid":`filter-chip`,onClose:t=>o(`remove`,e.chip)},{default:T(()=>[n(E(e.label),1)]),_:2},1032,[`onClose`]))),128)),t(a(K),{text:``,size:`small`,type:`primary`,"data-testid":`clear-filters`,onClick:r[0]||=e=>o(`clear`)},{default:T(()=>[n(E(a(s)(`tickets.filters.clearAll`)),1)]),_:1})],8,Ho)):M(``,!0)}}),[[`__scopeId`,`data-v-4343017c`]]),Wo={class:`quick-search`},Go={key:0,class:`quick-search__notice`,role:`status`,"data-testid":`search-notice`},Ko=Ve(x({__name:`QuickSearch`,props:{value:{},busy:{type:Boolean},notice:{}},emits:[`search`],setup(e,{expose:n,emit:i}){let o=e,s=i,{t:c}=F(),l=k(o.value),u=k(null);r(()=>o.value,e=>{l.value=e});function d(e){e.key===`Enter`?(e.preventDefault(),s(`search`,l.value)):e.key===`Escape`&&u.value?.blur()}return n({focus:()=>u.value?.focus()}),(n,r)=>(S(),f(`div`,Wo,[t(a(ht),{ref_key:`input`,ref:u,value:l.value,"onUpdate:value":r[0]||=e=>l.value=e,size:`small`,clearable:``,loading:e.busy,placeholder:a(c)(`tickets.search.placeholder`),"input-props":{"aria-label":a(c)(`tickets.search.label`)},onKeydown:d,onClear:r[1]||=e=>s(`search`,``)},null,8,[`value`,`loading`,`placeholder`,`input-props`]),e.notice?(S(),f(`p`,Go,E(e.notice),1)):M(``,!0)]))}}),[[`__scopeId`,`data-v-b9a0989a`]]);function qo(e){if(typeof e!=`object`||!e)return!1;let t=e;return typeof t.id==`string`&&typeof t.name==`string`&&typeof t.query==`object`&&t.query!==null&&Object.values(t.query).every(e=>typeof e==`string`)}function Jo(e){let t=We(`otrs-console.ticketList.savedFilters.${e||`anonymous`}`,[],localStorage),n=v(()=>Array.isArray(t.value)?t.value.filter(qo):[]);function r(e,r){let i=e.trim(),{page:a,...o}=r,s=n.value.find(e=>e.name.toLowerCase()===i.toLowerCase()),c={id:s?.id??`${Date.now().toString(36)}-${Math.random().toString(36).slice(2,7)}`,name:i,query:o};return t.value=s?n.value.map(e=>e.id===s.id?c:e):[...n.value,c],c}function i(e){t.value=n.value.filter(t=>t.id!==e)}return{filters:n,save:r,remove:i}}var Yo={class:`saved-filters`},Xo={key:0,class:`saved-filters__empty`},Zo={key:1,class:`saved-filters__list`},Qo=Ve(x({__name:`SavedFilters`,props:{agentLogin:{},currentQuery:{}},emits:[`apply`],setup(e,{emit:r}){let i=e,o=r,{t:s}=F(),c=Jo(i.agentLogin),l=k(``),u=k(!1),m=v(()=>u.value&&!l.value.trim()?s(`tickets.saved.nameRequired`):``);function h(){u.value=!0,l.value.trim()&&(c.save(l.value,i.currentQuery),l.value=``,u.value=!1)}return(e,r)=>(S(),O(a(Se),{trigger:`click`,placement:`bottom-end`},{trigger:T(()=>[t(a(K),{size:`small`,secondary:``,"data-testid":`saved-filters`},{default:T(()=>[n(E(a(s)(`tickets.saved.button`)),1)]),_:1})]),default:T(()=>[d(`div`,Yo,[a(c).filters.value.length===0?(S(),f(`p`,Xo,E(a(s)(`tickets.saved.empty`)),1)):(S(),f(`ul`,Zo,[(S(!0),f(C,null,p(a(c).filters.value,e=>(S(),f(`li`,{key:e.id,class:`saved-filters__item`},[t(a(K),{text:``,class:`saved-filters__apply`,"data-testid":`saved-filter-${e.name}`,onClick:t=>o(`apply`,e.query)},{default:T(()=>[n(E(e.name),1)]),_:2},1032,[`data-testid`,`onClick`]),t(a(K),{size:`tiny`,quaternary:``,"aria-label":a(s)(`tickets.saved.delete`,{name:e.name}),onClick:t=>a(c).remove(e.id)},{default:T(()=>[...r[1]||=[n(` ✕ `,-1)]]),_:1},8,[`aria-label`,`onClick`])]))),128))])),d(`form`,{class:`saved-filters__form`,onSubmit:L(h,[`prevent`])},[t(a(Vn),{label:a(s)(`tickets.saved.nameLabel`),"validation-status":m.value?`error`:void 0,feedback:m.value,"show-feedback":!!m.value},{default:T(()=>[t(a(ht),{value:l.value,"onUpdate:value":r[0]||=e=>l.value=e,size:`small`,placeholder:a(s)(`tickets.saved.namePlaceholder`),"data-testid":`saved-filter-name`},null,8,[`value`,`placeholder`])]),_:1},8,[`label`,`validation-status`,`feedback`,`show-feedback`]),t(a(K),{size:`small`,type:`primary`,"attr-type":`submit`,"data-testid":`saved-filter-save`},{default:T(()=>[n(E(a(s)(`tickets.saved.save`)),1)]),_:1})],32)])]),_:1}))}}),[[`__scopeId`,`data-v-4dfa1681`]]),$o={key:0,class:`shortcut-help__off`},es={class:`shortcut-help__list`},ts={key:0,class:`shortcut-help__or`},ns=Ve(x({__name:`ShortcutHelp`,props:{show:{type:Boolean},enabled:{type:Boolean}},emits:[`update:show`],setup(e,{emit:t}){let n=t,{t:r}=F(),i=[{keys:[`j`,`↓`],action:`down`},{keys:[`k`,`↑`],action:`up`},{keys:[`Enter`,`o`],action:`open`},{keys:[`x`],action:`select`},{keys:[`Shift+↓`,`Shift+↑`,`Shift+x`],action:`range`},{keys:[`a`],action:`selectAll`},{keys:[`Esc`],action:`clear`},{keys:[`/`],action:`search`},{keys:[`]`,`[`],action:`page`},{keys:[`r`],action:`refresh`},{keys:[`g d`],action:`dashboard`},{keys:[`g l`],action:`list`},{keys:[`?`],action:`help`}];return(t,o)=>(S(),O(a(Fn),{show:e.show,preset:`card`,title:a(r)(`shortcuts.title`),class:`shortcut-help`,style:{width:`min(560px, 94vw)`},"data-testid":`shortcut-help`,"onUpdate:show":o[0]||=e=>n(`update:show`,e)},{default:T(()=>[e.enabled?M(``,!0):(S(),f(`p`,$o,E(a(r)(`shortcuts.disabled`)),1)),d(`dl`,es,[(S(),f(C,null,p(i,e=>(S(),f(C,{key:e.action},[d(`dt`,null,[(S(!0),f(C,null,p(e.keys,(e,t)=>(S(),f(C,{key:e},[t>0?(S(),f(`span`,ts,E(a(r)(`shortcuts.or`)),1)):M(``,!0),d(`kbd`,null,E(e),1)],64))),128))]),d(`dd`,null,E(a(r)(`shortcuts.actions.${e.action}`)),1)],64))),64))])]),_:1},8,[`show`,`title`]))}}),[[`__scopeId`,`data-v-00e40ba9`]]),rs=Ve(x({__name:`TicketFilterDrawer`,props:{show:{type:Boolean},filters:{},options:{}},emits:[`update:show`,`update:filters`,`clear`],setup(e,{emit:i}){let o=e,s=i,{t:c}=F(),l=kn();r(()=>o.show,e=>{e&&o.options.ensureLoaded()});function u(e){return e.map(e=>({key:e.ID,label:e.Name,disabled:e.Accessible!==1,children:e.Childs&&e.Childs.length>0?u(e.Childs):void 0}))}let d=v(()=>u(l.queueTree)),m=v(()=>l.agents.filter(e=>e.ValidID===1).map(e=>({value:e.UserID,label:e.UserFullname}))),h={stateIds:()=>l.states.map(e=>({value:e.ID,label:e.Name})),priorityIds:()=>l.priorities.map(e=>({value:e.ID,label:e.Name})),typeIds:()=>l.types.map(e=>({value:e.ID,label:e.Name})),lockIds:()=>[{value:2,label:c(`tickets.filters.locks.locked`)},{value:1,label:c(`tickets.filters.locks.unlocked`)}],serviceIds:()=>l.services.map(e=>({value:e.ID,label:e.Title})),slaIds:()=>o.options.slas.value.map(e=>({value:e.ID,label:e.Title}))},g=v(()=>Object.keys(h).map(e=>({key:e,options:h[e]()}))),_=v(()=>o.options.companies.value.map(e=>({value:e.CustomerID,label:e.Name}))),y=v(()=>{let e=o.options.customerUsers.value.map(e=>({value:e.Login,label:[e.Firstname,e.Lastname].filter(Boolean).join(` `)?`${[e.Firstname,e.Lastname].filter(Boolean).join(` `)} (${e.Login})`:e.Login})),t=o.filters.customerUser;return t&&!e.some(e=>e.value===t)?[{value:t,label:t},...e]:e});function b(e,t){s(`update:filters`,{...o.filters,[e]:t})}return(r,i)=>(S(),O(a(Ba),{show:e.show,width:400,placement:`right`,"onUpdate:show":i[7]||=e=>s(`update:show`,e)},{default:T(()=>[t(a(Va),{title:a(c)(`tickets.filters.title`),closable:``,"native-scrollbar":!1},{footer:T(()=>[t(a(K),{secondary:``,onClick:i[5]||=e=>s(`clear`)},{default:T(()=>[n(E(a(c)(`tickets.filters.clearAll`)),1)]),_:1}),t(a(K),{type:`primary`,class:`drawer__done`,onClick:i[6]||=e=>s(`update:show`,!1)},{default:T(()=>[n(E(a(c)(`tickets.filters.done`)),1)]),_:1})]),default:T(()=>[e.options.state.value===`error`?(S(),O(en,{key:0,error:e.options.error.value,class:`drawer__error`,onRetry:e.options.ensureLoaded},null,8,[`error`,`onRetry`])):M(``,!0),t(a(Hn),{"label-placement":`top`,"show-feedback":!1,class:`drawer__form`,"data-testid":`filter-drawer`},{default:T(()=>[t(a(Vn),{label:a(c)(`tickets.filters.labels.stateType`)},{default:T(()=>[t(a(Yt),{value:e.filters.stateType??`any`,size:`small`,"onUpdate:value":i[0]||=e=>b(`stateType`,e===`Open`||e===`Closed`?e:null)},{default:T(()=>[t(a(qt),{value:`any`},{default:T(()=>[n(E(a(c)(`tickets.filters.stateTypes.any`)),1)]),_:1}),t(a(qt),{value:`Open`},{default:T(()=>[n(E(a(c)(`tickets.filters.stateTypes.Open`)),1)]),_:1}),t(a(qt),{value:`Closed`},{default:T(()=>[n(E(a(c)(`tickets.filters.stateTypes.Closed`)),1)]),_:1})]),_:1},8,[`value`])]),_:1},8,[`label`]),t(a(Vn),{label:a(c)(`tickets.filters.labels.queueIds`)},{default:T(()=>[t(a(mt),{value:e.filters.queueIds,options:d.value,multiple:``,checkable:``,clearable:``,filterable:``,"default-expand-all":``,placeholder:a(c)(`tickets.filters.any`),"data-testid":`filter-queueIds`,"onUpdate:value":i[1]||=e=>b(`queueIds`,e??[])},null,8,[`value`,`options`,`placeholder`])]),_:1},8,[`label`]),(S(!0),f(C,null,p(g.value,n=>(S(),O(a(Vn),{key:n.key,label:a(c)(`tickets.filters.labels.${n.key}`)},{default:T(()=>[t(a(Ae),{value:e.filters[n.key],options:n.options,multiple:``,clearable:``,filterable:``,loading:n.key===`slaIds`&&e.options.state.value===`loading`,placeholder:a(c)(`tickets.filters.any`),"data-testid":`filter-${n.key}`,"onUpdate:value":e=>b(n.key,e??[])},null,8,[`value`,`options`,`loading`,`placeholder`,`data-testid`,`onUpdate:value`])]),_:2},1032,[`label`]))),128)),(S(),f(C,null,p([`ownerIds`,`responsibleIds`],n=>t(a(Vn),{key:n,label:a(c)(`tickets.filters.labels.${n}`)},{default:T(()=>[t(a(Ae),{value:e.filters[n],options:m.value,multiple:``,clearable:``,filterable:``,placeholder:a(c)(`tickets.filters.any`),"data-testid":`filter-${n}`,"onUpdate:value":e=>b(n,e??[])},null,8,[`value`,`options`,`placeholder`,`data-testid`,`onUpdate:value`])]),_:2},1032,[`label`])),64)),t(a(Vn),{label:a(c)(`tickets.filters.labels.customerId`)},{default:T(()=>[t(a(Ae),{value:e.filters.customerId,options:_.value,clearable:``,filterable:``,loading:e.options.state.value===`loading`,placeholder:a(c)(`tickets.filters.any`),"data-testid":`filter-customerId`,"onUpdate:value":i[2]||=e=>b(`customerId`,e)},null,8,[`value`,`options`,`loading`,`placeholder`])]),_:1},8,[`label`]),t(a(Vn),{label:a(c)(`tickets.filters.labels.customerUser`)},{default:T(()=>[t(a(Ae),{value:e.filters.customerUser,options:y.value,clearable:``,filterable:``,remote:``,loading:e.options.searching.value,placeholder:a(c)(`tickets.filters.customerUserHint`),"data-testid":`filter-customerUser`,onSearch:e.options.searchCustomerUsers,"onUpdate:value":i[3]||=e=>b(`customerUser`,e)},null,8,[`value`,`options`,`loading`,`placeholder`,`onSearch`])]),_:1},8,[`label`]),t(a(Vn),{"show-label":!1},{default:T(()=>[t(a(Bt),{checked:e.filters.watched,"data-testid":`filter-watched`,"onUpdate:checked":i[4]||=e=>b(`watched`,e)},{default:T(()=>[n(E(a(c)(`tickets.filters.watchedByMe`)),1)]),_:1},8,[`checked`])]),_:1})]),_:1})]),_:1},8,[`title`])]),_:1},8,[`show`]))}}),[[`__scopeId`,`data-v-05c9cb7f`]]);function is(e,t,n,i){let a=qe(),o=k(-1),s=v(()=>e.value[o.value]?.TicketID??null),c=null,l=null,u=Ne(`Shift`,{initial:!1});r(e,(e,t)=>{let n=t?.[o.value]?.TicketID,r=n===void 0?-1:e.findIndex(e=>e.TicketID===n);c=null,l?(o.value=l===`first`?0:e.length-1,l=null):r>=0?o.value=r:o.value=Math.min(o.value,e.length-1)});function d(){D(()=>{document.querySelector(`.ticket-row--focused`)?.scrollIntoView({block:`nearest`})})}function f(n,r){let[i,a]=n<=r?[n,r]:[r,n],o=e.value.slice(i,a+1).map(e=>e.TicketID);t.value=[...new Set([...t.value,...o])]}function p(t,r=!1){if(e.value.length===0)return;if(o.value<0){o.value=t>0?0:e.value.length-1,d();return}let i=o.value+t;i<0||i>=e.value.length?!r&&n.page(t)&&(l=t>0?`first`:`last`):(r?(c??=o.value,o.value=i,f(c,i)):o.value=i,d())}function m(){let e=s.value;e!==null&&(c=o.value,t.value=t.value.includes(e)?t.value.filter(t=>t!==e):[...t.value,e])}function h(){o.value<0||f(c??o.value,o.value)}function g(t){if(t.target?.closest?.(`button, a, [role="button"], [role="option"], [role="dialog"]`))return!1;let r=e.value[o.value];return r?(n.open(r),!0):!1}let _=[{keys:`j`,handler:()=>p(1)},{keys:`ArrowDown`,handler:()=>p(1)},{keys:`k`,handler:()=>p(-1)},{keys:`ArrowUp`,handler:()=>p(-1)},{keys:`J`,handler:()=>p(1,!0)},{keys:`K`,handler:()=>p(-1,!0)},{keys:`shift+ArrowDown`,handler:()=>p(1,!0)},{keys:`shift+ArrowUp`,handler:()=>p(-1,!0)},{keys:`x`,handler:m},{keys:`X`,handler:h},{keys:`a`,handler:()=>t.value=e.value.map(e=>e.TicketID)},{keys:`Escape`,handler:()=>t.value=[]},{keys:`Enter`,handler:g},{keys:`o`,handler:g},{keys:`/`,handler:n.focusSearch},{keys:`]`,handler:()=>n.page(1)},{keys:`[`,handler:()=>n.page(-1)},{keys:`r`,handler:n.refresh},{keys:`?`,handler:n.showHelp}];nn(_,{enabled:()=>a.shortcutsEnabled&&i()});function y(n,r,i){let a=i.row,s=a?e.value.findIndex(e=>e.TicketID===a.TicketID):-1;t.value=n.map(Number),s<0||(u.value&&c!==null&&i.action===`check`&&f(c,s),c=s,o.value=s)}function b(t){o.value=e.value.findIndex(e=>e.TicketID===t)}return{focusedIndex:o,focusedId:s,onChecked:y,focusRow:b}}function as(){let e=te(),t=ee(),n=qe(),r=null,i=v(t=>e.name!==`tickets`&&r!==null?t??r:(r=ln(e.query,n.pageSize),r));function a(e){return t.push({name:`tickets`,query:on(e,n.pageSize)})}return{state:i,setFilters:e=>a({...i.value,filters:e,page:1}),setSort:e=>a({...i.value,sort:e,page:1}),setPage:e=>a({...i.value,page:e}),setSize:e=>a({...i.value,size:e,page:1}),applyQuery:e=>t.push({name:`tickets`,query:e}),currentQuery:v(()=>on(i.value,n.pageSize))}}var os=`M8 1a3.5 3.5 0 0 0-3.5 3.5V6H4a1.5 1.5 0 0 0-1.5 1.5v6A1.5 1.5 0 0 0 4 15h8a1.5 1.5 0 0 0 1.5-1.5v-6A1.5 1.5 0 0 0 12 6h-.5V4.5A3.5 3.5 0 0 0 8 1Zm2 5H6V4.5a2 2 0 1 1 4 0V6Z`;function ss(t,n){return e(`span`,{class:`owner-cell`},[n===null?null:e(`svg`,{class:`owner-cell__lock`,viewBox:`0 0 16 16`,width:14,height:14,role:`img`,"aria-label":n,"data-testid":`lock-icon`},[e(`title`,n),e(`path`,{fill:`currentColor`,d:os})]),e(`span`,{class:`owner-cell__name`,title:t},t)])}x({name:`OwnerCell`,props:{owner:{type:String,required:!0},locked:{type:Boolean,required:!0}},setup(e){let{t}=F();return()=>ss(e.owner,e.locked?t(`tickets.lockedBy`,{owner:e.owner}):null)}});var cs=[[`year`,31536e3],[`month`,2592e3],[`week`,604800],[`day`,86400],[`hour`,3600],[`minute`,60]];function ls(e,t){let n=Gn(t,{numeric:`auto`}),r=Math.abs(e);for(let[t,i]of cs)if(r>=i)return n.format(Math.trunc(e/i),t);return n.format(0,`minute`)}function us(e,t){if(!e)return null;let n=/^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(e);if(!n)return null;let[,r,i,a,o,s,c]=n.map(Number);return Math.round((t-Date.UTC(r,i-1,a,o,s,c))/1e3)}function ds(e){return e===0?null:e<0?`escalated`:e<=7200?`soon`:null}function fs(e){return e.StateType===`pending reminder`&&e.UntilTime<=0}var ps={escalated:`error`,soon:`warning`};function ms(t,n,r){let i=ds(t.EscalationTime);return e(`span`,{class:`title-cell`},[e(`span`,{class:`title-cell__text`,title:t.Title},t.Title),i?e(`span`,{class:[`title-cell__badge`,`title-cell__badge--${ps[i]}`],title:n(`tickets.badges.${i}Hint`,{when:ls(t.EscalationTime,r)}),"data-testid":`escalation-badge`},n(`tickets.badges.${i}`)):null,fs(t)?e(`span`,{class:`title-cell__badge title-cell__badge--info`,"data-testid":`reminder-badge`},n(`tickets.badges.reminder`)):null])}x({name:`TicketTitleCell`,props:{ticket:{type:Object,required:!0}},setup(e){let{t,locale:n}=F();return()=>ms(e.ticket,t,n.value)}});function hs(t,n){return e(`span`,{class:`time-cell`,title:n||void 0},t)}x({name:`TimeCell`,props:{shown:{type:String,required:!0},hover:{type:String,default:``}},setup:e=>()=>hs(e.shown,e.hover)});var gs=[`number`,`title`,`queue`,`state`,`priority`,`owner`,`responsible`,`type`,`customer`,`age`,`changed`],_s=[`responsible`,`type`],vs={number:160,title:280,queue:140,state:175,priority:110,owner:140,responsible:140,type:120,customer:150,age:90,changed:120},ys=70,bs={number:`TicketNumber`,title:`Title`,queue:`Queue`,state:`State`,priority:`Priority`,owner:`Owner`,customer:`CustomerID`,age:`Age`,changed:`Changed`};function xs(e,t){return(e===`Age`?t===`Down`:t===`Up`)?`ascend`:`descend`}function Ss(e,t){let n=t===`ascend`;return(e===`Age`?!n:n)?`Up`:`Down`}function Cs(){return{order:[...gs],hidden:[..._s],widths:{}}}function ws(e){return typeof e==`string`&&gs.includes(e)}function Ts(e){let t=(Array.isArray(e?.order)?e.order:[]).filter(ws),n=[...new Set(t)];for(let e of gs)n.includes(e)||n.push(e);let r=(Array.isArray(e?.hidden)?e.hidden:_s).filter(ws),i={};for(let[t,n]of Object.entries(e?.widths??{}))ws(t)&&typeof n==`number`&&n>=ys&&(i[t]=Math.round(n));return{order:n,hidden:r.filter(e=>e!==`number`),widths:i}}function Es(e){let t=We(`otrs-console.ticketList.columns.${e()||`anonymous`}`,Cs(),localStorage,{mergeDefaults:!1}),n=v(()=>Ts(t.value));function r(e){t.value=Ts(e)}function i(e,t){let i=n.value.hidden.filter(t=>t!==e);r({...n.value,hidden:t?i:[...i,e]})}function a(e,t){let i=[...n.value.order],a=i.indexOf(e),o=a+t;a<0||o<0||o>=i.length||(i.splice(a,1),i.splice(o,0,e),r({...n.value,order:i}))}function o(e,t){r({...n.value,widths:{...n.value.widths,[e]:t}})}function s(){r(Cs())}return{prefs:n,setVisible:i,move:a,setWidth:o,reset:s}}function Ds(e){return[e.CustomerUserFirstname,e.CustomerUserLastname].filter(Boolean).join(` `)||e.CustomerUserID||e.CustomerID||`—`}function Os(e){return!e.defaultPrevented&&e.button===0&&!e.metaKey&&!e.altKey&&!e.ctrlKey&&!e.shiftKey}var ks=`n-data-table-td__ellipsis`;function As(t){return e(`span`,{class:ks},[t])}var js={display:`inline-block`,maxWidth:`100%`,overflow:`hidden`,textOverflow:`ellipsis`,whiteSpace:`nowrap`,verticalAlign:`bottom`};function Ms(t,n){let{t:r,locale:i}=F(),a=ee(),o=qe(),s=kn(),c=Je({interval:6e4});function l(t){let n={name:`ticket`,params:{ticketId:t.TicketID}};return e(`a`,{href:a.resolve(n).href,class:`ticket-link`,title:t.TicketNumber,onClick:e=>{Os(e)&&(e.preventDefault(),a.push(n).catch(()=>void 0))}},t.TicketNumber)}function u(t){return e(`span`,{class:ks,title:t||void 0},t)}function d(e,t){return o.timeDisplay===`absolute`?hs(t,e):hs(e,t)}let f={number:e=>As(l(e)),title:e=>ms(e,r,i.value),queue:e=>u(e.Queue),state:e=>As(Wn({name:e.State,stateType:e.StateType,dotColor:Un(s.stateById.get(e.StateID)),title:e.State})),priority:e=>As(Gt(e.Priority,s.priorityById.get(e.PriorityID)?.Color??`#999999`,e.Priority)),owner:e=>As(ss(e.Owner,e.Lock===`lock`?r(`tickets.lockedBy`,{owner:e.Owner}):null)),responsible:e=>u(e.Responsible),type:e=>u(e.Type??`—`),customer:e=>u(Ds(e)),age:e=>As(d(qn(e.Age,i.value),Kn(e.Created,i.value))),changed:e=>{let t=us(e.ChangedServer,c.value.getTime());return As(d(t===null?``:ls(-t,i.value),Kn(e.Changed,i.value)))}},p=v(()=>t.value.order.filter(e=>!t.value.hidden.includes(e)).reduce((e,n)=>e+(t.value.widths[n]??vs[n]),44));return{columns:v(()=>[{type:`selection`,width:44},...t.value.order.filter(e=>!t.value.hidden.includes(e)).map(i=>{let a=bs[i],o=a!==void 0&&!n.value.smartSort&&n.value.sortBy===a,s=r(`tickets.columns.${i}`);return{key:i,title:i===`title`?s:()=>e(`span`,{title:s,style:js},s),width:t.value.widths[i]??vs[i],minWidth:ys,resizable:!0,sorter:a?!0:void 0,sortOrder:a?o&&n.value.sortBy?xs(n.value.sortBy,n.value.order):!1:void 0,render:f[i]}})]),scrollWidth:p}}var Ns={class:`page__header`},Ps={class:`page__title`},Fs={class:`page__tools`},Is={class:`page__smart`},Ls=Ve(x({__name:`TicketListView`,setup(e){let{t:i}=F(),o=ee(),c=kn(),l=He(),p=qe(),h=Mn(),g=as(),_=Co(rn()),y=mn(),x=bo(),C=xo(),w=l.me?.UserLogin??``,D=Es(()=>w),A=g.state,j=te(),N=v(()=>j.name===`tickets`),P=v(()=>A.value.filters),I=v(()=>A.value.sort),L=v(()=>sn(A.value,l.me?.ID??null)),{columns:ne,scrollWidth:R}=Ms(D.prefs,I),z=k([]),B=k(!1),V=k(!1),re=k(!1),H=k(!1),U=k(``),ie=k(null),ae=s(`table`);uo(ae,e=>{let t=e.closest(`tr[data-ticket-id]`);if(!t)return e.closest(`thead`)?i(`tickets.select.page`):null;let n=_.tickets.value.find(e=>String(e.TicketID)===t.dataset.ticketId);return n?i(`tickets.select.row`,{number:n.TicketNumber,title:n.Title}):null},[_.tickets,()=>i(`tickets.select.page`)]);let oe=v(()=>{let e=new Set(z.value);return _.tickets.value.filter(t=>e.has(t.TicketID))}),se=v(()=>an(P.value).filter(e=>e.key!==`q`).length),ce=v(()=>new Map(C.slas.value.map(e=>[e.ID,e.Title])));function le(){return _.load(L.value)}Kt({intervalSeconds:()=>p.listRefreshSeconds},()=>{N.value&&p.listRefreshSeconds>0&&_.load(L.value,{background:!0})}),r(_.tickets,e=>{N.value&&Wt({ids:e.map(e=>e.TicketID),listPath:o.currentRoute.value.fullPath})}),r(()=>JSON.stringify(L.value),()=>{z.value=[],le()},{immediate:!0});let W=v(()=>[{value:0,label:i(`ticketViews.all`)},...c.views.map(e=>({value:e.ID,label:jn(e,i)}))]);function G(e){g.setFilters({...P.value,viewId:e===0?null:e})}let ue=v(()=>({page:A.value.page,pageSize:A.value.size,itemCount:_.total.value,pageSizes:[...un],showSizePicker:!0,prefix:({itemCount:e})=>i(`tickets.total`,{count:e??0})})),de=v(()=>Math.max(1,Math.ceil(_.total.value/A.value.size)));function fe(e){let t=A.value.page+e;return t<1||t>de.value?!1:(g.setPage(t),!0)}function pe(e){let t=Array.isArray(e)?e[0]:e,n=t?bs[t.columnKey]:void 0;!t||!n||t.order===!1?g.setSort({sortBy:null,order:`Down`,smartSort:!1}):g.setSort({sortBy:n,order:Ss(n,t.order),smartSort:!1})}function me(e){g.setSort({...I.value,smartSort:e})}function he(e){g.setFilters(dn(P.value,e))}async function q(e){U.value=``;let t=hn(e);if(t){H.value=!0;try{let e=await wo(t);if(e!==null){await o.push({name:`ticket`,params:{ticketId:e}});return}U.value=i(`tickets.search.numberNotFound`,{number:t})}catch(e){U.value=h(e)}finally{H.value=!1}}await g.setFilters({...P.value,q:e.trim()})}function ge(e){o.push({name:`ticket`,params:{ticketId:e.TicketID}})}let J=is(_.tickets,z,{open:ge,focusSearch:()=>ie.value?.focus(),page:fe,refresh:()=>void le(),showHelp:()=>V.value=!0},()=>N.value&&!B.value&&!re.value&&!V.value);r(N,e=>{e?(Wt({ids:_.tickets.value.map(e=>e.TicketID),listPath:o.currentRoute.value.fullPath}),_.load(L.value)):(z.value=[],_e!==null&&clearTimeout(_e))});async function Y(e){re.value=!0,await x.run(e,oe.value,{can:c.can,agentId:l.me?.ID??null,queueName:e=>c.queueById.get(e)?.FullName??`#${e}`})}function X(){x.running.value||(re.value=!1,x.clear(),z.value=[],le())}let _e=null;r(J.focusedId,e=>{_e!==null&&clearTimeout(_e),_e=e===null?null:setTimeout(()=>y.ticket(e),80)}),b(()=>{_e!==null&&clearTimeout(_e)});let Z=new Map;r(_.tickets,()=>Z.clear());function ve(e){let t=Z.get(e);return t||(t=tn(()=>y.ticket(e)),Z.set(e,t)),t}function Q(e){let t=[`ticket-row`];return e.Seen===0&&t.push(`ticket-row--unseen`),e.TicketID===J.focusedId.value&&t.push(`ticket-row--focused`),_.changedIds.value.has(e.TicketID)&&t.push(`ticket-row--changed`),t.join(` `)}function ye(e){let t=ve(e.TicketID);return{"data-ticket-id":e.TicketID,onPointerenter:t.onPointerenter,onPointerleave:t.onPointerleave,onPointerdown:t.onPointerdown,onFocusin:t.onFocusin,onFocusout:t.onFocusout,onClick:t=>{t.target.closest(`a, button, .n-checkbox, .n-data-table-td--selection`)||(J.focusRow(e.TicketID),ge(e))}}}return m(()=>{c.ensureLoaded().catch(()=>void 0)}),(e,r)=>(S(),f(`div`,{class:u([`page`,`page--${a(p).density}`])},[d(`header`,Ns,[d(`h1`,Ps,E(a(i)(`tickets.title`)),1),t(Ht,{revalidating:a(_).revalidating.value,failed:a(_).revalidateFailed.value,updated:a(_).updated.value},null,8,[`revalidating`,`failed`,`updated`]),t(a(Ae),{value:P.value.viewId??0,options:W.value,class:`page__view`,size:`small`,"aria-label":a(i)(`tickets.view`),"data-testid":`view-select`,"onUpdate:value":G},null,8,[`value`,`options`,`aria-label`]),t(Ko,{ref_key:`quickSearch`,ref:ie,value:P.value.q,busy:H.value,notice:U.value,onSearch:q},null,8,[`value`,`busy`,`notice`]),d(`div`,Fs,[t(a(ar),{value:se.value,show:se.value>0,type:`info`},{default:T(()=>[t(a(K),{size:`small`,secondary:``,"data-testid":`open-filters`,onClick:r[0]||=e=>B.value=!0},{default:T(()=>[n(E(a(i)(`tickets.filters.button`)),1)]),_:1})]),_:1},8,[`value`,`show`]),t(a(Ut),null,{trigger:T(()=>[d(`label`,Is,[t(a(Qt),{size:`small`,value:I.value.smartSort,"aria-label":a(i)(`tickets.sort.smart`),"data-testid":`smart-sort`,"onUpdate:value":me},null,8,[`value`,`aria-label`]),d(`span`,null,E(a(i)(`tickets.sort.smart`)),1)])]),default:T(()=>[n(` `+E(a(i)(`tickets.sort.smartHint`)),1)]),_:1}),t(Qo,{"agent-login":a(w),"current-query":a(g).currentQuery.value,onApply:a(g).applyQuery},null,8,[`agent-login`,`current-query`,`onApply`]),t(Vo,{prefs:a(D).prefs.value,onVisible:a(D).setVisible,onMove:a(D).move,onReset:a(D).reset},null,8,[`prefs`,`onVisible`,`onMove`,`onReset`]),t(a(Ut),null,{trigger:T(()=>[t(a(K),{size:`small`,quaternary:``,"aria-label":a(i)(`common.refresh`),"data-testid":`refresh`,onClick:le},{default:T(()=>[...r[9]||=[n(`↻`,-1)]]),_:1},8,[`aria-label`])]),default:T(()=>[n(` `+E(a(_).refreshError.value?a(h)(a(_).refreshError.value):a(i)(`tickets.refreshHint`)),1)]),_:1}),t(a(K),{size:`small`,quaternary:``,"aria-label":a(i)(`shortcuts.title`),"data-testid":`shortcut-help-button`,onClick:r[1]||=e=>V.value=!0},{default:T(()=>[...r[10]||=[n(`?`,-1)]]),_:1},8,[`aria-label`])])]),t(Uo,{filters:P.value,"sla-titles":ce.value,onRemove:he,onClear:r[2]||=e=>a(g).setFilters(a(pn)(P.value))},null,8,[`filters`,`sla-titles`]),z.value.length>0?(S(),O(Do,{key:0,selected:oe.value,busy:a(x).running.value,onRun:Y,onClear:r[3]||=e=>z.value=[]},null,8,[`selected`,`busy`])):M(``,!0),a(_).state.value===`error`?(S(),O(en,{key:1,error:a(_).error.value,onRetry:le},null,8,[`error`])):(S(),O(a(xa),{key:2,ref_key:`table`,ref:ae,remote:``,columns:a(ne),data:a(_).tickets.value,loading:a(_).state.value===`loading`,pagination:ue.value,"row-key":e=>e.TicketID,"checked-row-keys":z.value,"row-class-name":Q,"row-props":ye,bordered:!1,size:a(p).density===`compact`?`small`:`medium`,"scroll-x":a(R),"table-layout":`fixed`,class:`ticket-table`,"data-cached":a(_).revalidating.value||a(_).revalidateFailed.value?`true`:void 0,"data-testid":`ticket-table`,"onUpdate:checkedRowKeys":a(J).onChecked,"onUpdate:sorter":pe,"onUpdate:page":a(g).setPage,"onUpdate:pageSize":a(g).setSize,onUnstableColumnResize:r[5]||=(e,t,n)=>a(D).setWidth(n.key,e)},{empty:T(()=>[t($t,{title:a(i)(`tickets.empty`),hint:a(an)(P.value).length>0?a(i)(`tickets.emptyFilteredHint`):a(i)(`tickets.emptyHint`)},{default:T(()=>[a(an)(P.value).length>0?(S(),O(a(K),{key:0,size:`small`,onClick:r[4]||=e=>a(g).setFilters(a(pn)(P.value))},{default:T(()=>[n(E(a(i)(`tickets.filters.clearAll`)),1)]),_:1})):M(``,!0)]),_:1},8,[`title`,`hint`])]),_:1},8,[`columns`,`data`,`loading`,`pagination`,`row-key`,`checked-row-keys`,`size`,`scroll-x`,`data-cached`,`onUpdate:checkedRowKeys`,`onUpdate:page`,`onUpdate:pageSize`])),t(rs,{show:B.value,"onUpdate:show":r[6]||=e=>B.value=e,filters:P.value,options:a(C),"onUpdate:filters":a(g).setFilters,onClear:r[7]||=e=>a(g).setFilters(a(pn)(P.value))},null,8,[`show`,`filters`,`options`,`onUpdate:filters`]),t(Io,{show:re.value,action:a(x).action.value,outcomes:a(x).outcomes.value,running:a(x).running.value,undoing:a(x).undoing.value,finished:a(x).finished.value,counts:a(x).counts.value,"can-retry":a(x).canRetry.value,"can-undo":a(x).canUndo.value,onRetry:a(x).retryFailed,onUndo:a(x).undo,onClose:X},null,8,[`show`,`action`,`outcomes`,`running`,`undoing`,`finished`,`counts`,`can-retry`,`can-undo`,`onRetry`,`onUndo`]),t(ns,{show:V.value,"onUpdate:show":r[8]||=e=>V.value=e,enabled:a(p).shortcutsEnabled},null,8,[`show`,`enabled`])],2))}}),[[`__scopeId`,`data-v-cf4de91e`]]);export{Ls as default};