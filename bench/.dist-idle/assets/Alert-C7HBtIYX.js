import{f as e,h as t,i as n,l as r,p as i,u as a}from"./light-Cq8CYraa.js";import{E as o,g as s,j as c,k as l,m as u,w as d,x as f,y as p}from"./Button-vz-g20Dt.js";import{n as m}from"./replaceable-5SreTV8h.js";import{i as h,n as g,r as _,t as v}from"./Warning-CF_sSgo-.js";import{o as y,t as b}from"./Close-KhaQZo73.js";import{c as x,o as S,s as C}from"./index-COGwirTc.js";import{t as w}from"./_common-DnEpalBx.js";import{t as T}from"./fade-in-height-expand.cssr-DLwly3MT.js";import{_ as E,b as D,et as O,g as k,k as A,mt as j,v as M,vn as N}from"./runtime-core.esm-bundler-wlpNGAAZ.js";function P(e){let{lineHeight:t,borderRadius:n,fontWeightStrong:r,baseColor:i,dividerColor:a,actionColor:o,textColor1:s,textColor2:c,closeColorHover:l,closeColorPressed:u,closeIconColor:d,closeIconColorHover:f,closeIconColorPressed:p,infoColor:m,successColor:h,warningColor:g,errorColor:_,fontSize:v}=e;return{...w,fontSize:v,lineHeight:t,titleFontWeight:r,borderRadius:n,border:`1px solid ${a}`,color:o,titleTextColor:s,iconColor:c,contentTextColor:c,closeBorderRadius:n,closeColorHover:l,closeColorPressed:u,closeIconColor:d,closeIconColorHover:f,closeIconColorPressed:p,borderInfo:`1px solid ${x(i,C(m,{alpha:.25}))}`,colorInfo:x(i,C(m,{alpha:.08})),titleTextColorInfo:s,iconColorInfo:m,contentTextColorInfo:c,closeColorHoverInfo:l,closeColorPressedInfo:u,closeIconColorInfo:d,closeIconColorHoverInfo:f,closeIconColorPressedInfo:p,borderSuccess:`1px solid ${x(i,C(h,{alpha:.25}))}`,colorSuccess:x(i,C(h,{alpha:.08})),titleTextColorSuccess:s,iconColorSuccess:h,contentTextColorSuccess:c,closeColorHoverSuccess:l,closeColorPressedSuccess:u,closeIconColorSuccess:d,closeIconColorHoverSuccess:f,closeIconColorPressedSuccess:p,borderWarning:`1px solid ${x(i,C(g,{alpha:.33}))}`,colorWarning:x(i,C(g,{alpha:.08})),titleTextColorWarning:s,iconColorWarning:g,contentTextColorWarning:c,closeColorHoverWarning:l,closeColorPressedWarning:u,closeIconColorWarning:d,closeIconColorHoverWarning:f,closeIconColorPressedWarning:p,borderError:`1px solid ${x(i,C(_,{alpha:.25}))}`,colorError:x(i,C(_,{alpha:.08})),titleTextColorError:s,iconColorError:_,contentTextColorError:c,closeColorHoverError:l,closeColorPressedError:u,closeIconColorError:d,closeIconColorHoverError:f,closeIconColorPressedError:p}}var F={name:`Alert`,common:S,self:P},I=a(`alert`,`
 line-height: var(--n-line-height);
 border-radius: var(--n-border-radius);
 position: relative;
 transition: background-color .3s var(--n-bezier);
 background-color: var(--n-color);
 text-align: start;
 word-break: break-word;
`,[e(`border`,`
 border-radius: inherit;
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 transition: border-color .3s var(--n-bezier);
 border: var(--n-border);
 pointer-events: none;
 `),i(`closable`,[a(`alert-body`,[e(`title`,`
 padding-right: 24px;
 `)])]),e(`icon`,{color:`var(--n-icon-color)`}),a(`alert-body`,{padding:`var(--n-padding)`},[e(`title`,{color:`var(--n-title-text-color)`}),e(`content`,{color:`var(--n-content-text-color)`})]),T({originalTransition:`transform .3s var(--n-bezier)`,enterToProps:{transform:`scale(1)`},leaveToProps:{transform:`scale(0.9)`}}),e(`icon`,`
 position: absolute;
 left: 0;
 top: 0;
 align-items: center;
 justify-content: center;
 display: flex;
 width: var(--n-icon-size);
 height: var(--n-icon-size);
 font-size: var(--n-icon-size);
 margin: var(--n-icon-margin);
 `),e(`close`,`
 transition:
 color .3s var(--n-bezier),
 background-color .3s var(--n-bezier);
 position: absolute;
 right: 0;
 top: 0;
 margin: var(--n-close-margin);
 `),i(`show-icon`,[a(`alert-body`,{paddingLeft:`calc(var(--n-icon-margin-left) + var(--n-icon-size) + var(--n-icon-margin-right))`})]),i(`right-adjust`,[a(`alert-body`,{paddingRight:`calc(var(--n-close-size) + var(--n-padding) + 2px)`})]),a(`alert-body`,`
 border-radius: var(--n-border-radius);
 transition: border-color .3s var(--n-bezier);
 `,[e(`title`,`
 transition: color .3s var(--n-bezier);
 font-size: 16px;
 line-height: 19px;
 font-weight: var(--n-title-font-weight);
 `,[r(`& +`,[e(`content`,{marginTop:`9px`})])]),e(`content`,{transition:`color .3s var(--n-bezier)`,fontSize:`var(--n-font-size)`})]),e(`icon`,{transition:`color .3s var(--n-bezier)`})]),L={...n.props,title:String,showIcon:{type:Boolean,default:!0},type:{type:String,default:`default`},bordered:{type:Boolean,default:!0},closable:Boolean,onClose:Function,onAfterLeave:Function,onAfterHide:Function},R=A({name:`Alert`,inheritAttrs:!1,props:L,slots:Object,setup(e){let{mergedClsPrefixRef:r,mergedBorderedRef:i,inlineThemeDisabled:a,mergedRtlRef:o}=c(e),l=n(`Alert`,`-alert`,I,F,e,r),u=s(`Alert`,o,r),f=k(()=>{let{common:{cubicBezierEaseInOut:n},self:r}=l.value,{fontSize:i,borderRadius:a,titleFontWeight:o,lineHeight:s,iconSize:c,iconMargin:u,iconMarginRtl:d,closeIconSize:f,closeBorderRadius:p,closeSize:m,closeMargin:h,closeMarginRtl:g,padding:_}=r,{type:v}=e,{left:b,right:x}=y(u);return{"--n-bezier":n,"--n-color":r[t(`color`,v)],"--n-close-icon-size":f,"--n-close-border-radius":p,"--n-close-color-hover":r[t(`closeColorHover`,v)],"--n-close-color-pressed":r[t(`closeColorPressed`,v)],"--n-close-icon-color":r[t(`closeIconColor`,v)],"--n-close-icon-color-hover":r[t(`closeIconColorHover`,v)],"--n-close-icon-color-pressed":r[t(`closeIconColorPressed`,v)],"--n-icon-color":r[t(`iconColor`,v)],"--n-border":r[t(`border`,v)],"--n-title-text-color":r[t(`titleTextColor`,v)],"--n-content-text-color":r[t(`contentTextColor`,v)],"--n-line-height":s,"--n-border-radius":a,"--n-font-size":i,"--n-title-font-weight":o,"--n-icon-size":c,"--n-icon-margin":u,"--n-icon-margin-rtl":d,"--n-close-size":m,"--n-close-margin":h,"--n-close-margin-rtl":g,"--n-padding":_,"--n-icon-margin-left":b,"--n-icon-margin-right":x}}),p=a?d(`alert`,k(()=>e.type[0]),f,e):void 0,m=N(!0),h=()=>{let{onAfterLeave:t,onAfterHide:n}=e;t&&t(),n&&n()};return{rtlEnabled:u,mergedClsPrefix:r,mergedBordered:i,visible:m,handleCloseClick:()=>{Promise.resolve(e.onClose?.()).then(e=>{e!==!1&&(m.value=!1)})},handleAfterLeave:()=>{h()},mergedTheme:l,cssVars:a?void 0:f,themeClass:p?.themeClass,onRender:p?.onRender}},render(){return this.onRender?.(),j(),M(u,{onAfterLeave:this.handleAfterLeave},{default:()=>{let{mergedClsPrefix:e,$slots:t}=this,n={class:[`${e}-alert`,this.themeClass,this.closable&&`${e}-alert--closable`,this.showIcon&&`${e}-alert--show-icon`,!this.title&&this.closable&&`${e}-alert--right-adjust`,this.rtlEnabled&&`${e}-alert--rtl`],style:this.cssVars,role:`alert`};return this.visible?(j(),D(`div`,O({key:1},O(this.$attrs,n)),[l(()=>this.closable&&(j(),M(b,{clsPrefix:e,class:o(`${e}-alert__close`),onClick:this.handleCloseClick},null,8,[`clsPrefix`,`class`,`onClick`]))),l(()=>this.bordered&&(j(),D(`div`,{class:o(`${e}-alert__border`)},null,2))),l(()=>this.showIcon&&(j(),D(`div`,{class:o(`${e}-alert__icon`),"aria-hidden":`true`},[l(()=>p(t.icon,()=>[(j(),M(m,{clsPrefix:e},{default:()=>{switch(this.type){case`success`:return j(),M(g,{key:3});case`info`:return j(),M(_,{key:4});case`warning`:return j(),M(v,{key:5});case`error`:return j(),M(h,{key:6});default:return null}}},1032,[`clsPrefix`]))]))],2))),E(`div`,{class:o([`${e}-alert-body`,this.mergedBordered&&`${e}-alert-body--bordered`])},[l(()=>f(t.header,t=>{let n=t||this.title;return n?(j(),D(`div`,{key:2,class:o(`${e}-alert-body__title`)},[l(()=>n)],2)):null})),l(()=>t.default&&(j(),D(`div`,{class:o(`${e}-alert-body__content`)},[l(()=>t.default())],2)))],2)],16)):null}},1032,[`onAfterLeave`])}});export{R as t};