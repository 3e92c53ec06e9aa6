import{_ as e,a as t,c as n,d as r,g as i,h as a,i as o,m as s,o as c,p as l,r as u,s as d,t as f,v as p}from"./event-BkG6mSSR.js";import{C as m,E as h,O as g,S as _,g as v,j as y,k as b,s as x,t as S,w as C,x as w,y as T}from"./Button-vz-g20Dt.js";import{Ht as E,J as D,Yt as O,Zn as k,_ as A,_n as j,b as M,ct as ee,er as N,et as P,ft as te,g as F,gt as I,h as ne,it as L,k as re,mt as R,o as ie,rt as ae,tt as oe,v as z,vn as B,wn as V}from"./runtime-core.esm-bundler-wlpNGAAZ.js";import{c as se,f as H,g as ce,h as le,i as U,l as W,p as G,u as K}from"./light-Cq8CYraa.js";import{h as ue,p as de}from"./index-COGwirTc.js";import{r as fe,t as pe}from"./light-m0QZAmEP.js";import{a as me,c as q,l as he,s as J,t as ge,u as _e}from"./Scrollbar-BnguPqn3.js";import{n as ve,r as ye,t as be}from"./Card-B3lHxwe1.js";import{n as xe}from"./replaceable-5SreTV8h.js";import{i as Se,n as Ce,r as we,t as Te}from"./Warning-CF_sSgo-.js";import{o as Ee,t as De}from"./Close-KhaQZo73.js";import{c as Oe,r as ke}from"./vue-i18n.runtime-BjynHToi.js";import{n as Ae,t as je}from"./utils-QKNUIy5h.js";var Y=B(null);function Me(e){if(e.clientX>0||e.clientY>0)Y.value={x:e.clientX,y:e.clientY};else{let{target:t}=e;if(t instanceof Element){let{left:e,top:n,width:r,height:i}=t.getBoundingClientRect();Y.value=e>0||n>0?{x:e+r/2,y:n+i/2}:{x:0,y:0}}else Y.value=null}}var X=0,Ne=!0;function Pe(){if(!Ae)return j(B(null));X===0&&q(`click`,document,Me,!0);let e=()=>{X+=1};return(Ne&&=je())?(ae(e),L(()=>{--X,X===0&&J(`click`,document,Me,!0)})):e(),j(Y)}var Fe=B(void 0),Z=0;function Ie(){Fe.value=Date.now()}var Le=!0;function Re(e){if(!Ae)return j(B(!1));let t=B(!1),n=null;function r(){n!==null&&window.clearTimeout(n)}function i(){r(),t.value=!0,n=window.setTimeout(()=>{t.value=!1},e)}Z===0&&q(`click`,window,Ie,!0);let a=()=>{Z+=1,q(`click`,window,i,!0)};return(Le&&=je())?(ae(a),L(()=>{--Z,Z===0&&J(`click`,window,Ie,!0),J(`click`,window,i,!0),r()})):a(),j(t)}var Q=0,ze=``,Be=``,Ve=``,He=``,Ue=B(`0px`);function We(e){if(typeof document>`u`)return;let t=document.documentElement,n,r=!1,i=()=>{t.style.marginRight=ze,t.style.overflow=Be,t.style.overflowX=Ve,t.style.overflowY=He,Ue.value=`0px`};ee(()=>{n=E(e,e=>{if(e){if(!Q){let e=window.innerWidth-t.offsetWidth;e>0&&(ze=t.style.marginRight,t.style.marginRight=`${e}px`,Ue.value=`${e}px`),Be=t.style.overflow,Ve=t.style.overflowX,He=t.style.overflowY,t.style.overflow=`hidden`,t.style.overflowX=`hidden`,t.style.overflowY=`hidden`}r=!0,Q++}else Q--,Q||i(),r=!1},{immediate:!0})}),L(()=>{n?.(),r&&=(Q--,Q||i(),!1)})}var Ge=de(`n-dialog-provider`),Ke=de(`n-dialog-api`),qe=de(`n-dialog-reactive-list`),Je={icon:Function,type:{type:String,default:`default`},title:[String,Function],closable:{type:Boolean,default:!0},negativeText:String,positiveText:String,positiveButtonProps:Object,negativeButtonProps:Object,content:[String,Function],action:Function,showIcon:{type:Boolean,default:!0},loading:Boolean,bordered:Boolean,iconPlacement:String,titleClass:[String,Array],titleStyle:[String,Object],contentClass:[String,Array],contentStyle:[String,Object],actionClass:[String,Array],actionStyle:[String,Object],onPositiveClick:Function,onNegativeClick:Function,onClose:Function,closeFocusable:Boolean},Ye=_e(Je),Xe=W([K(`dialog`,`
 --n-icon-margin: var(--n-icon-margin-top) var(--n-icon-margin-right) var(--n-icon-margin-bottom) var(--n-icon-margin-left);
 word-break: break-word;
 line-height: var(--n-line-height);
 position: relative;
 background: var(--n-color);
 color: var(--n-text-color);
 box-sizing: border-box;
 margin: auto;
 border-radius: var(--n-border-radius);
 padding: var(--n-padding);
 transition: 
 border-color .3s var(--n-bezier),
 background-color .3s var(--n-bezier),
 color .3s var(--n-bezier);
 `,[H(`icon`,`
 color: var(--n-icon-color);
 `),G(`bordered`,`
 border: var(--n-border);
 `),G(`icon-top`,[H(`close`,`
 margin: var(--n-close-margin);
 `),H(`icon`,`
 margin: var(--n-icon-margin);
 `),H(`content`,`
 text-align: center;
 `),H(`title`,`
 justify-content: center;
 `),H(`action`,`
 justify-content: center;
 `)]),G(`icon-left`,[H(`icon`,`
 margin: var(--n-icon-margin);
 `),G(`closable`,[H(`title`,`
 padding-right: calc(var(--n-close-size) + 6px);
 `)])]),H(`close`,`
 position: absolute;
 right: 0;
 top: 0;
 margin: var(--n-close-margin);
 transition:
 background-color .3s var(--n-bezier),
 color .3s var(--n-bezier);
 z-index: 1;
 `),H(`content`,`
 font-size: var(--n-font-size);
 margin: var(--n-content-margin);
 position: relative;
 word-break: break-word;
 `,[G(`last`,`margin-bottom: 0;`)]),H(`action`,`
 display: flex;
 justify-content: flex-end;
 `,[W(`> *:not(:last-child)`,`
 margin-right: var(--n-action-space);
 `)]),H(`icon`,`
 font-size: var(--n-icon-size);
 transition: color .3s var(--n-bezier);
 `),H(`title`,`
 transition: color .3s var(--n-bezier);
 display: flex;
 align-items: center;
 font-size: var(--n-title-font-size);
 font-weight: var(--n-title-font-weight);
 color: var(--n-title-text-color);
 `),K(`dialog-icon-container`,`
 display: flex;
 justify-content: center;
 `)]),ce(K(`dialog`,`
 width: 446px;
 max-width: calc(100vw - 32px);
 `)),K(`dialog`,[se(`
 width: 446px;
 max-width: calc(100vw - 32px);
 `)])]),Ze={default:()=>(R(),z(we)),info:()=>(R(),z(we)),success:()=>(R(),z(Ce)),warning:()=>(R(),z(Te)),error:()=>(R(),z(Se))},Qe=re({name:`Dialog`,alias:[`NimbusConfirmCard`,`Confirm`],props:{...U.props,...Je},slots:Object,setup(e){let{mergedComponentPropsRef:t,mergedClsPrefixRef:n,inlineThemeDisabled:r,mergedRtlRef:i}=y(e),a=v(`Dialog`,i,n),o=F(()=>{let{iconPlacement:n}=e;return n||t?.value?.Dialog?.iconPlacement||`left`});function s(t){let{onPositiveClick:n}=e;n&&n(t)}function c(t){let{onNegativeClick:n}=e;n&&n(t)}function l(){let{onClose:t}=e;t&&t()}let u=U(`Dialog`,`-dialog`,Xe,fe,e,n),d=F(()=>{let{type:t}=e,n=o.value,{common:{cubicBezierEaseInOut:r},self:{fontSize:i,lineHeight:a,border:s,titleTextColor:c,textColor:l,color:d,closeBorderRadius:f,closeColorHover:p,closeColorPressed:m,closeIconColor:h,closeIconColorHover:g,closeIconColorPressed:_,closeIconSize:v,borderRadius:y,titleFontWeight:b,titleFontSize:x,padding:S,iconSize:C,actionSpace:w,contentMargin:T,closeSize:E,[n===`top`?`iconMarginIconTop`:`iconMargin`]:D,[n===`top`?`closeMarginIconTop`:`closeMargin`]:O,[le(`iconColor`,t)]:k}}=u.value,A=Ee(D);return{"--n-font-size":i,"--n-icon-color":k,"--n-bezier":r,"--n-close-margin":O,"--n-icon-margin-top":A.top,"--n-icon-margin-right":A.right,"--n-icon-margin-bottom":A.bottom,"--n-icon-margin-left":A.left,"--n-icon-size":C,"--n-close-size":E,"--n-close-icon-size":v,"--n-close-border-radius":f,"--n-close-color-hover":p,"--n-close-color-pressed":m,"--n-close-icon-color":h,"--n-close-icon-color-hover":g,"--n-close-icon-color-pressed":_,"--n-color":d,"--n-text-color":l,"--n-border-radius":y,"--n-padding":S,"--n-line-height":a,"--n-border":s,"--n-content-margin":T,"--n-title-font-size":x,"--n-title-font-weight":b,"--n-title-text-color":c,"--n-action-space":w}}),f=r?C(`dialog`,F(()=>`${e.type[0]}${o.value[0]}`),d,e):void 0;return{mergedClsPrefix:n,rtlEnabled:a,mergedIconPlacement:o,mergedTheme:u,handlePositiveClick:s,handleNegativeClick:c,handleCloseClick:l,cssVars:r?void 0:d,themeClass:f?.themeClass,onRender:f?.onRender}},render(){let{bordered:e,mergedIconPlacement:t,cssVars:n,closable:r,showIcon:i,title:a,content:s,action:c,negativeText:l,positiveText:u,positiveButtonProps:d,negativeButtonProps:f,handlePositiveClick:p,handleNegativeClick:m,mergedTheme:g,loading:_,type:v,mergedClsPrefix:y}=this;this.onRender?.();let x=i?(R(),z(xe,{key:1,clsPrefix:y,class:h(`${y}-dialog__icon`)},{default:()=>w(this.$slots.icon,e=>e||(this.icon?o(this.icon):Ze[this.type]()))},1032,[`clsPrefix`,`class`])):null,C=w(this.$slots.action,e=>e||u||l||c?(R(),M(`div`,{key:2,class:h([`${y}-dialog__action`,this.actionClass]),style:N(this.actionStyle)},[b(()=>e||(c?[o(c)]:[this.negativeText&&(R(),z(S,P({key:3,theme:g.peers.Button,themeOverrides:g.peerOverrides.Button,ghost:!0,size:`small`,onClick:m},f),{default:()=>o(this.negativeText)},1040,[`theme`,`themeOverrides`,`onClick`])),this.positiveText&&(R(),z(S,P({key:4,theme:g.peers.Button,themeOverrides:g.peerOverrides.Button,size:`small`,type:v==="default"?`primary`:v,disabled:_,loading:_,onClick:p},d),{default:()=>o(this.positiveText)},1040,[`theme`,`themeOverrides`,`type`,`disabled`,`loading`,`onClick`]))]))],6)):null);return R(),M(`div`,{class:h([`${y}-dialog`,this.themeClass,this.closable&&`${y}-dialog--closable`,`${y}-dialog--icon-${t}`,e&&`${y}-dialog--bordered`,this.rtlEnabled&&`${y}-dialog--rtl`]),style:N(n),role:`dialog`},[r?(R(),M(ie,{key:0},[b(()=>w(this.$slots.close,e=>{let t=[`${y}-dialog__close`,this.rtlEnabled&&`${y}-dialog--rtl`];return e?(R(),M(`div`,{key:5,class:h(t)},[b(()=>e)],2)):(R(),z(De,{key:6,focusable:this.closeFocusable,clsPrefix:y,class:h(t),onClick:this.handleCloseClick},null,8,[`focusable`,`clsPrefix`,`class`,`onClick`]))}))],64)):b(()=>null),i&&t===`top`?(R(),M(`div`,{key:2,class:h(`${y}-dialog-icon-container`)},[b(()=>x)],2)):b(()=>null),A(`div`,{class:h([`${y}-dialog__title`,this.titleClass]),style:N(this.titleStyle)},[i&&t===`left`?(R(),M(ie,{key:0},[b(()=>x)],64)):b(()=>null),b(()=>T(this.$slots.header,()=>[o(a)]))],6),A(`div`,{class:h([`${y}-dialog__content`,C?``:`${y}-dialog__content--last`,this.contentClass]),style:N(this.contentStyle)},[b(()=>T(this.$slots.default,()=>[o(s)]))],6),b(()=>C)],6)}}),$e=`n-draggable`;function et(e,t){let n,r=B(null),i=B(null),a=F(()=>e.value!==!1),o=F(()=>a.value?$e:``),s=F(()=>{let t=e.value;return t===!0||t===!1||!t||t.bounds!==`none`});function c(e){let a=e.querySelector(`.${$e}`);if(!a||!o.value)return;let c=0,l=0,u=0,d=0,f=0,p=0,m,h=null,g=null;function _(t){t.preventDefault(),m=t;let{x:n,y:a,right:o,bottom:s}=e.getBoundingClientRect();if(l=n,d=a,c=window.innerWidth-o,u=window.innerHeight-s,r.value!==null&&i.value!==null)p=r.value,f=i.value;else{let{left:t,top:n}=e.style;f=+n.slice(0,-2),p=+t.slice(0,-2)}}function v(){g&&=(r.value=g.x,i.value=g.y,null),h=null}function y(e){if(!m)return;let{clientX:t,clientY:n}=m,r=e.clientX-t,i=e.clientY-n;s.value&&(r>c?r=c:-r>l&&(r=-l),i>u?i=u:-i>d&&(i=-d)),g={x:r+p,y:i+f},h||=requestAnimationFrame(v)}function b(){m=void 0,h&&=(cancelAnimationFrame(h),null),g&&=(r.value=g.x,i.value=g.y,null),oe(()=>{t.onEnd(e)})}q(`mousedown`,a,_),q(`mousemove`,window,y),q(`mouseup`,window,b),n=()=>{h&&cancelAnimationFrame(h),J(`mousedown`,a,_),J(`mousemove`,window,y),J(`mouseup`,window,b)}}function l(){n&&=(n(),void 0),r.value=null,i.value=null}return te(l),{stopDrag:l,startDrag:c,draggableRef:a,draggableClassRef:o,dragX:r,dragY:i}}var tt=B(!1);function nt(){tt.value=!0}function rt(){tt.value=!1}var $=0;function it(){return x&&(ae(()=>{$||(window.addEventListener(`compositionstart`,nt),window.addEventListener(`compositionend`,rt)),$++}),L(()=>{$<=1?(window.removeEventListener(`compositionstart`,nt),window.removeEventListener(`compositionend`,rt),$=0):$--})),tt}var at={...ye,...Je},ot=_e(at).filter(e=>e!==`onClose`&&e!==`onPositiveClick`&&e!==`onNegativeClick`),st=re({name:`ModalBody`,inheritAttrs:!1,slots:Object,props:{show:{type:Boolean,required:!0},preset:String,displayDirective:{type:String,required:!0},trapFocus:{type:Boolean,default:!0},autoFocus:{type:Boolean,default:!0},blockScroll:Boolean,draggable:{type:[Boolean,Object],default:!1},maskHidden:Boolean,...at,onClickoutside:{type:Function,required:!0},onBeforeLeave:{type:Function,required:!0},onAfterLeave:{type:Function,required:!0},onPositiveClick:{type:Function,required:!0},onNegativeClick:{type:Function,required:!0},onClose:{type:Function,required:!0},onAfterEnter:Function,onEsc:Function},setup(e){let t=B(null),n=B(null),r=B(e.show),o=B(null),c=B(null),l=D(i),u=null;E(V(e,`show`),e=>{e&&(u=l.getMousePosition())},{immediate:!0});let{stopDrag:d,startDrag:f,draggableRef:m,draggableClassRef:h,dragX:g,dragY:_}=et(V(e,`draggable`),{onEnd:e=>{x(e)}}),v=F(()=>k([e.titleClass,h.value])),y=F(()=>k([e.headerClass,h.value]));E(V(e,`show`),e=>{e&&(r.value=!0)}),We(F(()=>e.blockScroll&&r.value));function b(){if(l.transformOriginRef.value===`center`)return``;let{value:e}=o,{value:t}=c;return e===null||t===null?``:n.value?`${e}px ${t+n.value.containerScrollTop}px`:``}function x(e){if(l.transformOriginRef.value===`center`||!u||!n.value)return;let t=n.value.containerScrollTop,{offsetLeft:r,offsetTop:i}=e,a=u.y,s=u.x;o.value=-(r-s),c.value=-(i-a-t),e.style.transformOrigin=b()}function S(e){oe(()=>{x(e)})}function C(t){t.style.transformOrigin=b(),e.onBeforeLeave()}function w(t){let n=t;m.value&&f(n),e.onAfterEnter&&e.onAfterEnter(n)}function T(){r.value=!1,o.value=null,c.value=null,d(),e.onAfterLeave()}function O(){let{onClose:t}=e;t&&t()}function A(){e.onNegativeClick()}function j(){e.onPositiveClick()}let M=B(null);return E(M,e=>{e&&oe(()=>{let n=e.el;n&&t.value!==n&&(t.value=n)})}),I(a,t),I(p,null),I(s,null),{mergedTheme:l.mergedThemeRef,appear:l.appearRef,isMounted:l.isMountedRef,mergedClsPrefix:l.mergedClsPrefixRef,bodyRef:t,scrollbarRef:n,draggableClass:h,displayed:r,childNodeRef:M,cardHeaderClass:y,dialogTitleClass:v,handlePositiveClick:j,handleNegativeClick:A,handleCloseClick:O,handleAfterEnter:w,handleAfterLeave:T,handleBeforeLeave:C,handleEnter:S,dragX:g,dragY:_}},render(){let{$slots:e,$attrs:i,handleEnter:a,handleAfterEnter:o,handleAfterLeave:s,handleBeforeLeave:c,preset:u,mergedClsPrefix:d,dragX:f,dragY:p}=this,m={...i};f!==null&&p!==null&&(m.style=N([m.style,{left:`${f}px`,top:`${p}px`}]));let _=null;if(!u){if(_=l(`default`,e.default,{draggableClass:this.draggableClass}),!_){ue(`modal`,`default slot is empty`);return}_=ne(_),_.props=P({class:`${d}-modal`},m,_.props||{})}return this.displayDirective===`show`||this.displayed||this.show?O((R(),M(`div`,{key:1,role:`none`,class:h([`${d}-modal-body-wrapper`,this.maskHidden&&`${d}-modal-body-wrapper--mask-hidden`])},[(R(),z(ge,{ref:`scrollbarRef`,theme:this.mergedTheme.peers.Scrollbar,themeOverrides:this.mergedTheme.peerOverrides.Scrollbar,contentClass:`${d}-modal-scroll-content`},{default:()=>(R(),z(t,{disabled:!this.trapFocus||this.maskHidden,active:this.show,onEsc:this.onEsc,autoFocus:this.autoFocus},{default:()=>(R(),z(ke,{name:`fade-in-scale-up-transition`,appear:this.appear??this.isMounted,onEnter:a,onAfterEnter:o,onAfterLeave:s,onBeforeLeave:c},{default:()=>{let t=[[Oe,this.show]];return t.push([n,this.onClickoutside,void 0,{capture:!0}]),O(this.preset===`confirm`||this.preset===`dialog`?(R(),z(Qe,P({key:2},m,{class:[`${d}-modal`,m.class],ref:`bodyRef`,theme:this.mergedTheme.peers.Dialog,themeOverrides:this.mergedTheme.peerOverrides.Dialog},r(this.$props,Ye),{titleClass:this.dialogTitleClass,"aria-modal":`true`}),g(e),1040,[`class`,`theme`,`themeOverrides`,`titleClass`])):this.preset===`card`?(R(),z(be,P({key:3},m,{ref:`bodyRef`,class:[`${d}-modal`,m.class],theme:this.mergedTheme.peers.Card,themeOverrides:this.mergedTheme.peerOverrides.Card},r(this.$props,ve),{headerClass:this.cardHeaderClass,"aria-modal":`true`,role:`dialog`}),g(e),1040,[`class`,`theme`,`themeOverrides`,`headerClass`])):this.childNodeRef=_,t)}},1032,[`appear`,`onEnter`,`onAfterEnter`,`onAfterLeave`,`onBeforeLeave`]))},1032,[`disabled`,`active`,`onEsc`,`autoFocus`]))},1032,[`theme`,`themeOverrides`,`contentClass`]))],2)),[[Oe,this.displayDirective===`if`||this.displayed||this.show]]):null}}),ct=W([K(`modal-container`,`
 position: fixed;
 left: 0;
 top: 0;
 height: 0;
 width: 0;
 display: flex;
 `),K(`modal-mask`,`
 position: fixed;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 background-color: rgba(0, 0, 0, .4);
 `,[me({enterDuration:`.25s`,leaveDuration:`.25s`,enterCubicBezier:`var(--n-bezier-ease-out)`,leaveCubicBezier:`var(--n-bezier-ease-out)`})]),K(`modal-body-wrapper`,`
 position: fixed;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 overflow: visible;
 `,[K(`modal-scroll-content`,`
 min-height: 100%;
 display: flex;
 position: relative;
 `),G(`mask-hidden`,`pointer-events: none;`,[K(`modal-scroll-content`,[W(`> *`,`
 pointer-events: all;
 `)])])]),K(`modal`,`
 position: relative;
 align-self: center;
 color: var(--n-text-color);
 margin: auto;
 box-shadow: var(--n-box-shadow);
 `,[u({duration:`.25s`,enterScale:`.5`}),W(`.${$e}`,`
 cursor: move;
 user-select: none;
 `)])]),lt={...U.props,show:Boolean,showMask:{type:Boolean,default:!0},maskClosable:{type:Boolean,default:!0},preset:String,to:[String,Object],displayDirective:{type:String,default:`if`},transformOrigin:{type:String,default:`mouse`},zIndex:Number,autoFocus:{type:Boolean,default:!0},trapFocus:{type:Boolean,default:!0},closeOnEsc:{type:Boolean,default:!0},blockScroll:{type:Boolean,default:!0},...at,draggable:[Boolean,Object],onEsc:Function,"onUpdate:show":[Function,Array],onUpdateShow:[Function,Array],onAfterEnter:Function,onBeforeLeave:Function,onAfterLeave:Function,onClose:Function,onPositiveClick:Function,onNegativeClick:Function,onMaskClick:Function,internalDialog:Boolean,internalModal:Boolean,internalAppear:{type:Boolean,default:void 0},overlayStyle:[String,Object],onBeforeHide:Function,onAfterHide:Function,onHide:Function,unstableShowMask:{type:Boolean,default:void 0}},ut=re({name:`Modal`,inheritAttrs:!1,props:lt,slots:Object,setup(t){let n=B(null),{mergedClsPrefixRef:a,namespaceRef:o,inlineThemeDisabled:s}=y(t),c=U(`Modal`,`-modal`,ct,pe,t,a),l=Re(64),u=Pe(),d=m(),p=t.internalDialog?D(Ge,null):null,h=t.internalModal?D(e,null):null,g=it();function v(e){let{onUpdateShow:n,"onUpdate:show":r,onHide:i}=t;n&&_(n,e),r&&_(r,e),i&&!e&&i(e)}function b(){let{onClose:e}=t;e?Promise.resolve(e()).then(e=>{e!==!1&&v(!1)}):v(!1)}function x(){let{onPositiveClick:e}=t;e?Promise.resolve(e()).then(e=>{e!==!1&&v(!1)}):v(!1)}function S(){let{onNegativeClick:e}=t;e?Promise.resolve(e()).then(e=>{e!==!1&&v(!1)}):v(!1)}function w(){let{onBeforeLeave:e,onBeforeHide:n}=t;e&&_(e),n&&n()}function T(){let{onAfterLeave:e,onAfterHide:n}=t;e&&_(e),n&&n()}function E(e){let{onMaskClick:r}=t;r&&r(e),t.maskClosable&&n.value?.contains(he(e))&&v(!1)}function O(e){t.onEsc?.(),t.show&&t.closeOnEsc&&f(e)&&(g.value||v(!1))}I(i,{getMousePosition:()=>{let e=p||h;if(e){let{clickedRef:t,clickedPositionRef:n}=e;if(t.value&&n.value)return n.value}return l.value?u.value:null},mergedClsPrefixRef:a,mergedThemeRef:c,isMountedRef:d,appearRef:V(t,`internalAppear`),transformOriginRef:V(t,`transformOrigin`)});let k=F(()=>{let{common:{cubicBezierEaseOut:e},self:{boxShadow:t,color:n,textColor:r}}=c.value;return{"--n-bezier-ease-out":e,"--n-box-shadow":t,"--n-color":n,"--n-text-color":r}}),A=s?C(`theme-class`,void 0,k,t):void 0;return{mergedClsPrefix:a,namespace:o,isMounted:d,containerRef:n,presetProps:F(()=>r(t,ot)),handleEsc:O,handleAfterLeave:T,handleClickoutside:E,handleBeforeLeave:w,doUpdateShow:v,handleNegativeClick:S,handlePositiveClick:x,handleCloseClick:b,cssVars:s?void 0:k,themeClass:A?.themeClass,onRender:A?.onRender}},render(){let{mergedClsPrefix:e}=this;return R(),z(c,{to:this.to,show:this.show},{default:()=>{this.onRender?.();let{showMask:t}=this;return O((R(),M(`div`,{role:`none`,ref:`containerRef`,class:h([`${e}-modal-container`,this.themeClass,this.namespace]),style:N(this.cssVars)},[t?(R(),z(ke,{name:`fade-in-transition`,key:`mask`,appear:this.internalAppear??this.isMounted},{default:()=>this.show?(R(),M(`div`,{key:1,"aria-hidden":!0,class:h(`${e}-modal-mask`)},null,2)):null},1032,[`appear`])):b(()=>null),(R(),z(st,P({style:this.overlayStyle},this.$attrs,{ref:`bodyWrapper`,displayDirective:this.displayDirective,show:this.show,preset:this.preset,autoFocus:this.autoFocus,trapFocus:this.trapFocus,draggable:this.draggable,blockScroll:this.blockScroll,maskHidden:!t},this.presetProps,{onEsc:this.handleEsc,onClose:this.handleCloseClick,onNegativeClick:this.handleNegativeClick,onPositiveClick:this.handlePositiveClick,onBeforeLeave:this.handleBeforeLeave,onAfterEnter:this.onAfterEnter,onAfterLeave:this.handleAfterLeave,onClickoutside:this.handleClickoutside}),g(this.$slots),1040,[`style`,`displayDirective`,`show`,`preset`,`autoFocus`,`trapFocus`,`draggable`,`blockScroll`,`maskHidden`,`onEsc`,`onClose`,`onNegativeClick`,`onPositiveClick`,`onBeforeLeave`,`onAfterEnter`,`onAfterLeave`,`onClickoutside`]))],6)),[[d,{zIndex:this.zIndex,enabled:this.show}]])}},1032,[`to`,`show`])}});export{Je as a,qe as c,Pe as d,Ye as i,We as l,it as n,Ke as o,Qe as r,Ge as s,ut as t,Re as u};