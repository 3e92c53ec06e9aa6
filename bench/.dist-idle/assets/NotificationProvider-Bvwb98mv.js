import{p as e}from"./index-COGwirTc.js";import{t}from"./omit-C4pE9leG.js";import{D as n,E as r,O as i,g as a,j as o,k as s,w as c}from"./Button-vz-g20Dt.js";import{f as l,h as u,i as d,l as f,p,u as m}from"./light-Cq8CYraa.js";import{t as h}from"./light-BOaWUDiz.js";import{t as g,u as _}from"./Scrollbar-BnguPqn3.js";import{J as v,Ut as y,_ as b,b as x,ct as S,er as C,et as w,g as T,gn as E,gt as D,k as O,mt as k,o as A,tt as j,u as M,v as N,vn as P}from"./runtime-core.esm-bundler-wlpNGAAZ.js";import{d as F,i as I}from"./event-BkG6mSSR.js";import{t as L}from"./merge-handlers-Cv3lUiiX.js";import{n as R}from"./replaceable-5SreTV8h.js";import{i as z,n as ee,r as te,t as ne}from"./Warning-CF_sSgo-.js";import{n as B,o as V,t as H}from"./Close-KhaQZo73.js";import{r as U}from"./vue-i18n.runtime-BjynHToi.js";var W=e(`n-notification-provider`),G=O({name:`NotificationContainer`,props:{scrollable:{type:Boolean,required:!0},placement:{type:String,required:!0}},setup(){let{mergedThemeRef:e,mergedClsPrefixRef:t,wipTransitionCountRef:n}=v(W),r=P(null);return y(()=>{n.value>0?r?.value?.classList.add(`transitioning`):r?.value?.classList.remove(`transitioning`)}),{selfRef:r,mergedTheme:e,mergedClsPrefix:t,transitioning:n}},render(){let{$slots:e,scrollable:t,mergedClsPrefix:n,mergedTheme:a,placement:o}=this;return k(),x(`div`,{ref:`selfRef`,class:r([`${n}-notification-container`,t&&`${n}-notification-container--scrollable`,`${n}-notification-container--${o}`])},[t?(k(),N(g,{key:0,theme:a.peers.Scrollbar,themeOverrides:a.peerOverrides.Scrollbar,contentStyle:{overflow:`hidden`}},i(e),1032,[`theme`,`themeOverrides`])):(k(),x(A,{key:1},[s(()=>e.default?.())],64))],2)}}),K=[`onMouseenter`,`onMouseleave`],q={info:()=>(k(),N(te)),success:()=>(k(),N(ee)),warning:()=>(k(),N(ne)),error:()=>(k(),N(z)),default:()=>null},J={closable:{type:Boolean,default:!0},type:{type:String,default:`default`},avatar:Function,title:[String,Function],description:[String,Function],content:[String,Function],meta:[String,Function],action:[String,Function],onClose:{type:Function,required:!0},keepAliveOnHover:Boolean,onMouseenter:Function,onMouseleave:Function},Y=_(J),X=O({name:`Notification`,props:J,setup(e){let{mergedClsPrefixRef:t,mergedThemeRef:n,props:r}=v(W),{inlineThemeDisabled:i,mergedRtlRef:s}=o(),l=a(`Notification`,s,t),d=T(()=>{let{type:t}=e,{self:{color:r,textColor:i,closeIconColor:a,closeIconColorHover:o,closeIconColorPressed:s,headerTextColor:c,descriptionTextColor:l,actionTextColor:d,borderRadius:f,headerFontWeight:p,boxShadow:m,lineHeight:h,fontSize:g,closeMargin:_,closeSize:v,width:y,padding:b,closeIconSize:x,closeBorderRadius:S,closeColorHover:C,closeColorPressed:w,titleFontSize:T,metaFontSize:E,descriptionFontSize:D,[u(`iconColor`,t)]:O},common:{cubicBezierEaseOut:k,cubicBezierEaseIn:A,cubicBezierEaseInOut:j}}=n.value,{left:M,right:N,top:P,bottom:F}=V(b);return{"--n-color":r,"--n-font-size":g,"--n-text-color":i,"--n-description-text-color":l,"--n-action-text-color":d,"--n-title-text-color":c,"--n-title-font-weight":p,"--n-bezier":j,"--n-bezier-ease-out":k,"--n-bezier-ease-in":A,"--n-border-radius":f,"--n-box-shadow":m,"--n-close-border-radius":S,"--n-close-color-hover":C,"--n-close-color-pressed":w,"--n-close-icon-color":a,"--n-close-icon-color-hover":o,"--n-close-icon-color-pressed":s,"--n-line-height":h,"--n-icon-color":O,"--n-close-margin":_,"--n-close-size":v,"--n-close-icon-size":x,"--n-width":y,"--n-padding-left":M,"--n-padding-right":N,"--n-padding-top":P,"--n-padding-bottom":F,"--n-title-font-size":T,"--n-meta-font-size":E,"--n-description-font-size":D}}),f=i?c(`notification`,T(()=>e.type[0]),d,r):void 0;return{mergedClsPrefix:t,showAvatar:T(()=>e.avatar||e.type!=="default"),handleCloseClick(){e.onClose()},rtlEnabled:l,cssVars:i?void 0:d,themeClass:f?.themeClass,onRender:f?.onRender}},render(){let{mergedClsPrefix:e}=this;return this.onRender?.(),k(),x(`div`,{class:r([`${e}-notification-wrapper`,this.themeClass]),onMouseenter:this.onMouseenter,onMouseleave:this.onMouseleave,style:C(this.cssVars)},[b(`div`,{class:r([`${e}-notification`,this.rtlEnabled&&`${e}-notification--rtl`,this.themeClass,{[`${e}-notification--closable`]:this.closable,[`${e}-notification--show-avatar`]:this.showAvatar}]),style:C(this.cssVars)},[this.showAvatar?(k(),x(`div`,{key:0,class:r(`${e}-notification__avatar`)},[this.avatar?(k(),x(A,{key:0},[s(()=>I(this.avatar))],64)):(k(),x(A,{key:1},[this.type==="default"?s(()=>null):(k(),N(R,{key:0,clsPrefix:e},{default:()=>q[this.type]()},1032,[`clsPrefix`]))],64))],2)):s(()=>null),this.closable?(k(),N(H,{key:2,clsPrefix:e,class:r(`${e}-notification__close`),onClick:this.handleCloseClick},null,8,[`clsPrefix`,`class`,`onClick`])):s(()=>null),b(`div`,{ref:`bodyRef`,class:r(`${e}-notification-main`)},[this.title?(k(),x(`div`,{key:0,class:r(`${e}-notification-main__header`)},[s(()=>I(this.title))],2)):s(()=>null),this.description?(k(),x(`div`,{key:2,class:r(`${e}-notification-main__description`)},[s(()=>I(this.description))],2)):s(()=>null),this.content?(k(),x(`pre`,{key:4,class:r(`${e}-notification-main__content`)},[s(()=>I(this.content))],2)):s(()=>null),this.meta||this.action?(k(),x(`div`,{key:6,class:r(`${e}-notification-main-footer`)},[this.meta?(k(),x(`div`,{key:0,class:r(`${e}-notification-main-footer__meta`)},[s(()=>I(this.meta))],2)):s(()=>null),this.action?(k(),x(`div`,{key:2,class:r(`${e}-notification-main-footer__action`)},[s(()=>I(this.action))],2)):s(()=>null)],2)):s(()=>null)],2)],6)],46,K)}}),Z={...J,duration:Number,onClose:Function,onLeave:Function,onAfterEnter:Function,onAfterLeave:Function,onHide:Function,onAfterShow:Function,onAfterHide:Function},re=O({name:`NotificationEnvironment`,props:{...Z,internalKey:{type:String,required:!0},onInternalAfterLeave:{type:Function,required:!0}},setup(e){let{wipTransitionCountRef:t}=v(W),n=P(!0),r=null;function i(){n.value=!1,r&&window.clearTimeout(r)}function a(e){t.value++,j(()=>{e.style.height=`${e.offsetHeight}px`,e.style.maxHeight=`0`,e.style.transition=`none`,e.offsetHeight,e.style.transition=``,e.style.maxHeight=e.style.height})}function o(n){t.value--,n.style.height=``,n.style.maxHeight=``;let{onAfterEnter:r,onAfterShow:i}=e;r&&r(),i&&i()}function s(e){t.value++,e.style.maxHeight=`${e.offsetHeight}px`,e.style.height=`${e.offsetHeight}px`,e.offsetHeight}function c(t){let{onHide:n}=e;n&&n(),t.style.maxHeight=`0`,t.offsetHeight}function l(){t.value--;let{onAfterLeave:n,onInternalAfterLeave:r,onAfterHide:i,internalKey:a}=e;n&&n(),r(a),i&&i()}function u(){let{duration:t}=e;t&&(r=window.setTimeout(i,t))}function d(e){e.currentTarget===e.target&&r!==null&&(window.clearTimeout(r),r=null)}function f(e){e.currentTarget===e.target&&u()}function p(){let{onClose:t}=e;t?Promise.resolve(t()).then(e=>{e!==!1&&i()}):i()}return S(()=>{e.duration&&(r=window.setTimeout(i,e.duration))}),{show:n,hide:i,handleClose:p,handleAfterLeave:l,handleLeave:c,handleBeforeLeave:s,handleAfterEnter:o,handleBeforeEnter:a,handleMouseenter:d,handleMouseleave:f}},render(){return k(),N(U,{name:`notification-transition`,appear:!0,onBeforeEnter:this.handleBeforeEnter,onAfterEnter:this.handleAfterEnter,onBeforeLeave:this.handleBeforeLeave,onLeave:this.handleLeave,onAfterLeave:this.handleAfterLeave},{_:1,default:n(()=>this.show?(k(),N(X,w({key:1},F(this.$props,Y,{onClose:this.handleClose,onMouseenter:this.duration&&this.keepAliveOnHover?L([this.handleMouseenter,this.onMouseenter]):this.onMouseenter,onMouseleave:this.duration&&this.keepAliveOnHover?L([this.handleMouseleave,this.onMouseleave]):this.onMouseleave})),null,16)):null)},8,[`onBeforeEnter`,`onAfterEnter`,`onBeforeLeave`,`onLeave`,`onAfterLeave`])}}),ie=f([m(`notification-container`,`
 z-index: 4000;
 position: fixed;
 overflow: visible;
 display: flex;
 flex-direction: column;
 align-items: flex-end;
 `,[f(`>`,[m(`scrollbar`,`
 width: initial;
 overflow: visible;
 height: -moz-fit-content !important;
 height: fit-content !important;
 max-height: 100vh !important;
 `,[f(`>`,[m(`scrollbar-container`,`
 height: -moz-fit-content !important;
 height: fit-content !important;
 max-height: 100vh !important;
 `,[m(`scrollbar-content`,`
 padding-top: 12px;
 padding-bottom: 33px;
 `)])])])]),p(`top, top-right, top-left`,`
 top: 12px;
 `,[f(`&.transitioning >`,[m(`scrollbar`,[f(`>`,[m(`scrollbar-container`,`
 min-height: 100vh !important;
 `)])])])]),p(`bottom, bottom-right, bottom-left`,`
 bottom: 12px;
 `,[f(`>`,[m(`scrollbar`,[f(`>`,[m(`scrollbar-container`,[m(`scrollbar-content`,`
 padding-bottom: 12px;
 `)])])])]),m(`notification-wrapper`,`
 display: flex;
 align-items: flex-end;
 margin-bottom: 0;
 margin-top: 12px;
 `)]),p(`top, bottom`,`
 left: 50%;
 transform: translateX(-50%);
 `,[m(`notification-wrapper`,[f(`&.notification-transition-enter-from, &.notification-transition-leave-to`,`
 transform: scale(0.85);
 `),f(`&.notification-transition-leave-from, &.notification-transition-enter-to`,`
 transform: scale(1);
 `)])]),p(`top`,[m(`notification-wrapper`,`
 transform-origin: top center;
 `)]),p(`bottom`,[m(`notification-wrapper`,`
 transform-origin: bottom center;
 `)]),p(`top-right, bottom-right`,[m(`notification`,`
 margin-left: 28px;
 margin-right: 16px;
 `)]),p(`top-left, bottom-left`,[m(`notification`,`
 margin-left: 16px;
 margin-right: 28px;
 `)]),p(`top-right`,`
 right: 0;
 `,[Q(`top-right`)]),p(`top-left`,`
 left: 0;
 `,[Q(`top-left`)]),p(`bottom-right`,`
 right: 0;
 `,[Q(`bottom-right`)]),p(`bottom-left`,`
 left: 0;
 `,[Q(`bottom-left`)]),p(`scrollable`,[p(`top-right`,`
 top: 0;
 `),p(`top-left`,`
 top: 0;
 `),p(`bottom-right`,`
 bottom: 0;
 `),p(`bottom-left`,`
 bottom: 0;
 `)]),m(`notification-wrapper`,`
 margin-bottom: 12px;
 `,[f(`&.notification-transition-enter-from, &.notification-transition-leave-to`,`
 opacity: 0;
 margin-top: 0 !important;
 margin-bottom: 0 !important;
 `),f(`&.notification-transition-leave-from, &.notification-transition-enter-to`,`
 opacity: 1;
 `),f(`&.notification-transition-leave-active`,`
 transition:
 background-color .3s var(--n-bezier),
 color .3s var(--n-bezier),
 opacity .3s var(--n-bezier),
 transform .3s var(--n-bezier-ease-in),
 max-height .3s var(--n-bezier),
 margin-top .3s linear,
 margin-bottom .3s linear,
 box-shadow .3s var(--n-bezier);
 `),f(`&.notification-transition-enter-active`,`
 transition:
 background-color .3s var(--n-bezier),
 color .3s var(--n-bezier),
 opacity .3s var(--n-bezier),
 transform .3s var(--n-bezier-ease-out),
 max-height .3s var(--n-bezier),
 margin-top .3s linear,
 margin-bottom .3s linear,
 box-shadow .3s var(--n-bezier);
 `)]),m(`notification`,`
 background-color: var(--n-color);
 color: var(--n-text-color);
 transition:
 background-color .3s var(--n-bezier),
 color .3s var(--n-bezier),
 opacity .3s var(--n-bezier),
 box-shadow .3s var(--n-bezier);
 font-family: inherit;
 font-size: var(--n-font-size);
 font-weight: 400;
 position: relative;
 display: flex;
 overflow: hidden;
 flex-shrink: 0;
 padding-left: var(--n-padding-left);
 padding-right: var(--n-padding-right);
 width: var(--n-width);
 max-width: calc(100vw - 16px - 16px);
 border-radius: var(--n-border-radius);
 box-shadow: var(--n-box-shadow);
 box-sizing: border-box;
 opacity: 1;
 `,[l(`avatar`,[m(`icon`,`
 color: var(--n-icon-color);
 `),m(`base-icon`,`
 color: var(--n-icon-color);
 `)]),p(`show-avatar`,[m(`notification-main`,`
 margin-left: 40px;
 width: calc(100% - 40px); 
 `)]),p(`closable`,[m(`notification-main`,[f(`> *:first-child`,`
 padding-right: 20px;
 `)]),l(`close`,`
 position: absolute;
 top: 0;
 right: 0;
 margin: var(--n-close-margin);
 transition:
 background-color .3s var(--n-bezier),
 color .3s var(--n-bezier);
 `)]),l(`avatar`,`
 position: absolute;
 top: var(--n-padding-top);
 left: var(--n-padding-left);
 width: 28px;
 height: 28px;
 font-size: 28px;
 display: flex;
 align-items: center;
 justify-content: center;
 `,[m(`icon`,`transition: color .3s var(--n-bezier);`)]),m(`notification-main`,`
 padding-top: var(--n-padding-top);
 padding-bottom: var(--n-padding-bottom);
 box-sizing: border-box;
 display: flex;
 flex-direction: column;
 margin-left: 8px;
 width: calc(100% - 8px);
 `,[m(`notification-main-footer`,`
 display: flex;
 align-items: center;
 justify-content: space-between;
 margin-top: 12px;
 `,[l(`meta`,`
 font-size: var(--n-meta-font-size);
 transition: color .3s var(--n-bezier-ease-out);
 color: var(--n-description-text-color);
 `),l(`action`,`
 cursor: pointer;
 transition: color .3s var(--n-bezier-ease-out);
 color: var(--n-action-text-color);
 `)]),l(`header`,`
 font-weight: var(--n-title-font-weight);
 font-size: var(--n-title-font-size);
 transition: color .3s var(--n-bezier-ease-out);
 color: var(--n-title-text-color);
 `),l(`description`,`
 margin-top: 8px;
 font-size: var(--n-description-font-size);
 white-space: pre-wrap;
 word-wrap: break-word;
 transition: color .3s var(--n-bezier-ease-out);
 color: var(--n-description-text-color);
 `),l(`content`,`
 line-height: var(--n-line-height);
 margin: 12px 0 0 0;
 font-family: inherit;
 white-space: pre-wrap;
 word-wrap: break-word;
 transition: color .3s var(--n-bezier-ease-out);
 color: var(--n-text-color);
 `,[f(`&:first-child`,`margin: 0;`)])])])])]);function Q(e){let t=e.split(`-`)[1]===`left`?`calc(-100%)`:`calc(100%)`;return m(`notification-wrapper`,[f(`&.notification-transition-enter-from, &.notification-transition-leave-to`,`
 transform: translate(${t}, 0);
 `),f(`&.notification-transition-leave-from, &.notification-transition-enter-to`,`
 transform: translate(0, 0);
 `)])}var $=e(`n-notification-api`),ae={...d.props,containerClass:String,containerStyle:[String,Object],to:[String,Object],scrollable:{type:Boolean,default:!0},max:Number,placement:{type:String,default:`top-right`},keepAliveOnHover:Boolean},oe=O({name:`NotificationProvider`,props:ae,setup(e){let{mergedClsPrefixRef:t}=o(e),n=P([]),r={},i=new Set;function a(t){let a=B(),o=()=>{i.add(a),r[a]&&r[a].hide()},s=E({...t,key:a,destroy:o,hide:o,deactivate:o}),{max:c}=e;if(c&&n.value.length-i.size>=c){let e=!1,t=0;for(let a of n.value){if(!i.has(a.key)){r[a.key]&&(a.destroy(),e=!0);break}t++}e||n.value.splice(t,1)}return n.value.push(s),s}let s=[`info`,`success`,`warning`,`error`].map(e=>t=>a({...t,type:e}));function c(e){i.delete(e),n.value.splice(n.value.findIndex(t=>t.key===e),1)}let l=d(`Notification`,`-notification`,ie,h,e,t),u={create:a,info:s[0],success:s[1],warning:s[2],error:s[3],open:p,destroyAll:m},f=P(0);D($,u),D(W,{props:e,mergedClsPrefixRef:t,mergedThemeRef:l,wipTransitionCountRef:f});function p(e){return a(e)}function m(){Object.values(n.value).forEach(e=>{e.hide()})}return Object.assign({mergedClsPrefix:t,notificationList:n,notificationRefs:r,handleAfterLeave:c},u)},render(){let{placement:e}=this;return k(),x(A,null,[s(()=>this.$slots.default?.()),this.notificationList.length?(k(),N(M,{key:0,to:this.to??`body`},[(k(),N(G,{class:r(this.containerClass),style:C(this.containerStyle),scrollable:this.scrollable&&e!==`top`&&e!==`bottom`,placement:e},{default:()=>this.notificationList.map(e=>(k(),N(re,w({ref:t=>{let n=e.key;t===null?delete this.notificationRefs[n]:this.notificationRefs[n]=t}},t(e,[`destroy`,`hide`,`deactivate`]),{internalKey:e.key,onInternalAfterLeave:this.handleAfterLeave,keepAliveOnHover:e.keepAliveOnHover===void 0?this.keepAliveOnHover:e.keepAliveOnHover}),null,16,[`internalKey`,`onInternalAfterLeave`,`keepAliveOnHover`])))},1032,[`class`,`style`,`scrollable`,`placement`]))],8,[`to`])):s(()=>null)],64)}});export{$ as n,oe as t};