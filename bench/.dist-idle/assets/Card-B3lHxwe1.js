import{_ as e,c as t,f as n,g as r,h as i,i as a,l as o,p as s,u as c}from"./light-Cq8CYraa.js";import{E as l,S as u,_ as d,g as f,j as p,k as m,w as h,x as g}from"./Button-vz-g20Dt.js";import{t as _,u as v}from"./Scrollbar-BnguPqn3.js";import{o as y,t as b}from"./Close-KhaQZo73.js";import{t as x}from"./light-jxjXoEQy.js";import{_ as S,b as C,er as w,g as T,k as E,mt as D,qt as O,v as k}from"./runtime-core.esm-bundler-wlpNGAAZ.js";var A=c(`card-content`,`
 flex: 1;
 min-width: 0;
 box-sizing: border-box;
 padding: 0 var(--n-padding-left) var(--n-padding-bottom) var(--n-padding-left);
 font-size: var(--n-font-size);
`),j=o([c(`card`,`
 font-size: var(--n-font-size);
 line-height: var(--n-line-height);
 display: flex;
 flex-direction: column;
 width: 100%;
 box-sizing: border-box;
 position: relative;
 border-radius: var(--n-border-radius);
 background-color: var(--n-color);
 color: var(--n-text-color);
 word-break: break-word;
 transition: 
 color .3s var(--n-bezier),
 background-color .3s var(--n-bezier),
 box-shadow .3s var(--n-bezier),
 border-color .3s var(--n-bezier);
 `,[t({background:`var(--n-color-modal)`}),s(`hoverable`,[o(`&:hover`,`box-shadow: var(--n-box-shadow);`)]),s(`content-segmented`,[o(`>`,[c(`card-content`,`
 padding-top: var(--n-padding-bottom);
 `),n(`content-scrollbar`,[o(`>`,[c(`scrollbar-container`,[o(`>`,[c(`card-content`,`
 padding-top: var(--n-padding-bottom);
 `)])])])])])]),s(`content-soft-segmented`,[o(`>`,[c(`card-content`,`
 margin: 0 var(--n-padding-left);
 padding: var(--n-padding-bottom) 0;
 `),n(`content-scrollbar`,[o(`>`,[c(`scrollbar-container`,[o(`>`,[c(`card-content`,`
 margin: 0 var(--n-padding-left);
 padding: var(--n-padding-bottom) 0;
 `)])])])])])]),s(`footer-segmented`,[o(`>`,[n(`footer`,`
 padding-top: var(--n-padding-bottom);
 `)])]),s(`footer-soft-segmented`,[o(`>`,[n(`footer`,`
 padding: var(--n-padding-bottom) 0;
 margin: 0 var(--n-padding-left);
 `)])]),o(`>`,[c(`card-header`,`
 box-sizing: border-box;
 display: flex;
 align-items: center;
 font-size: var(--n-title-font-size);
 padding:
 var(--n-padding-top)
 var(--n-padding-left)
 var(--n-padding-bottom)
 var(--n-padding-left);
 `,[n(`main`,`
 font-weight: var(--n-title-font-weight);
 transition: color .3s var(--n-bezier);
 flex: 1;
 min-width: 0;
 color: var(--n-title-text-color);
 `),n(`extra`,`
 display: flex;
 align-items: center;
 font-size: var(--n-font-size);
 font-weight: 400;
 transition: color .3s var(--n-bezier);
 color: var(--n-text-color);
 `),n(`close`,`
 margin: 0 0 0 8px;
 transition:
 background-color .3s var(--n-bezier),
 color .3s var(--n-bezier);
 `)]),n(`action`,`
 box-sizing: border-box;
 transition:
 background-color .3s var(--n-bezier),
 border-color .3s var(--n-bezier);
 background-clip: padding-box;
 background-color: var(--n-action-color);
 `),A,c(`card-content`,[o(`&:first-child`,`
 padding-top: var(--n-padding-bottom);
 `)]),n(`content-scrollbar`,`
 display: flex;
 flex-direction: column;
 `,[o(`>`,[c(`scrollbar-container`,[o(`>`,[A])])]),o(`&:first-child >`,[c(`scrollbar-container`,[o(`>`,[c(`card-content`,`
 padding-top: var(--n-padding-bottom);
 `)])])])]),n(`footer`,`
 box-sizing: border-box;
 padding: 0 var(--n-padding-left) var(--n-padding-bottom) var(--n-padding-left);
 font-size: var(--n-font-size);
 `,[o(`&:first-child`,`
 padding-top: var(--n-padding-bottom);
 `)]),n(`action`,`
 background-color: var(--n-action-color);
 padding: var(--n-padding-bottom) var(--n-padding-left);
 border-bottom-left-radius: var(--n-border-radius);
 border-bottom-right-radius: var(--n-border-radius);
 `)]),c(`card-cover`,`
 overflow: hidden;
 width: 100%;
 border-radius: var(--n-border-radius) var(--n-border-radius) 0 0;
 `,[o(`img`,`
 display: block;
 width: 100%;
 `)]),s(`bordered`,`
 border: 1px solid var(--n-border-color);
 `,[o(`&:target`,`border-color: var(--n-color-target);`)]),s(`action-segmented`,[o(`>`,[n(`action`,[o(`&:not(:first-child)`,`
 border-top: 1px solid var(--n-border-color);
 `)])])]),s(`content-segmented, content-soft-segmented`,[o(`>`,[c(`card-content`,`
 transition: border-color 0.3s var(--n-bezier);
 `,[o(`&:not(:first-child)`,`
 border-top: 1px solid var(--n-border-color);
 `)]),n(`content-scrollbar`,`
 transition: border-color 0.3s var(--n-bezier);
 `,[o(`&:not(:first-child)`,`
 border-top: 1px solid var(--n-border-color);
 `)])])]),s(`footer-segmented, footer-soft-segmented`,[o(`>`,[n(`footer`,`
 transition: border-color 0.3s var(--n-bezier);
 `,[o(`&:not(:first-child)`,`
 border-top: 1px solid var(--n-border-color);
 `)])])]),s(`embedded`,`
 background-color: var(--n-color-embedded);
 `)]),r(c(`card`,`
 background: var(--n-color-modal);
 `,[s(`embedded`,`
 background-color: var(--n-color-embedded-modal);
 `)])),e(c(`card`,`
 background: var(--n-color-popover);
 `,[s(`embedded`,`
 background-color: var(--n-color-embedded-popover);
 `)]))]),M={title:[String,Function],contentClass:String,contentStyle:[Object,String],contentScrollable:Boolean,headerClass:String,headerStyle:[Object,String],headerExtraClass:String,headerExtraStyle:[Object,String],footerClass:String,footerStyle:[Object,String],embedded:Boolean,segmented:{type:[Boolean,Object],default:!1},size:String,bordered:{type:Boolean,default:!0},closable:Boolean,hoverable:Boolean,role:String,onClose:[Function,Array],tag:{type:String,default:`div`},cover:Function,content:[String,Function],footer:Function,action:Function,headerExtra:Function,closeFocusable:Boolean},N=v(M),P={...a.props,...M},F=E({name:`Card`,props:P,slots:Object,setup(e){let t=()=>{let{onClose:t}=e;t&&u(t)},{inlineThemeDisabled:n,mergedClsPrefixRef:r,mergedRtlRef:o,mergedComponentPropsRef:s}=p(e),c=a(`Card`,`-card`,j,x,e,r),l=f(`Card`,o,r),d=T(()=>e.size||s?.value?.Card?.size||`medium`),m=T(()=>{let e=d.value,{self:{color:t,colorModal:n,colorTarget:r,textColor:a,titleTextColor:o,titleFontWeight:s,borderColor:l,actionColor:u,borderRadius:f,lineHeight:p,closeIconColor:m,closeIconColorHover:h,closeIconColorPressed:g,closeColorHover:_,closeColorPressed:v,closeBorderRadius:b,closeIconSize:x,closeSize:S,boxShadow:C,colorPopover:w,colorEmbedded:T,colorEmbeddedModal:E,colorEmbeddedPopover:D,[i(`padding`,e)]:O,[i(`fontSize`,e)]:k,[i(`titleFontSize`,e)]:A},common:{cubicBezierEaseInOut:j}}=c.value,{top:M,left:N,bottom:P}=y(O);return{"--n-bezier":j,"--n-border-radius":f,"--n-color":t,"--n-color-modal":n,"--n-color-popover":w,"--n-color-embedded":T,"--n-color-embedded-modal":E,"--n-color-embedded-popover":D,"--n-color-target":r,"--n-text-color":a,"--n-line-height":p,"--n-action-color":u,"--n-title-text-color":o,"--n-title-font-weight":s,"--n-close-icon-color":m,"--n-close-icon-color-hover":h,"--n-close-icon-color-pressed":g,"--n-close-color-hover":_,"--n-close-color-pressed":v,"--n-border-color":l,"--n-box-shadow":C,"--n-padding-top":M,"--n-padding-bottom":P,"--n-padding-left":N,"--n-font-size":k,"--n-title-font-size":A,"--n-close-size":S,"--n-close-icon-size":x,"--n-close-border-radius":b}}),g=n?h(`card`,T(()=>d.value[0]),m,e):void 0;return{rtlEnabled:l,mergedClsPrefix:r,mergedTheme:c,handleCloseClick:t,cssVars:n?void 0:m,themeClass:g?.themeClass,onRender:g?.onRender}},render(){let{segmented:e,bordered:t,hoverable:n,mergedClsPrefix:r,rtlEnabled:i,onRender:a,embedded:o,tag:s,$slots:c}=this;return a?.(),D(),k(s,{class:l([`${r}-card`,this.themeClass,o&&`${r}-card--embedded`,{[`${r}-card--rtl`]:i,[`${r}-card--content-scrollable`]:this.contentScrollable,[`${r}-card--content${typeof e!=`boolean`&&e.content===`soft`?`-soft`:``}-segmented`]:e===!0||e!==!1&&e.content,[`${r}-card--footer${typeof e!=`boolean`&&e.footer===`soft`?`-soft`:``}-segmented`]:e===!0||e!==!1&&e.footer,[`${r}-card--action-segmented`]:e===!0||e!==!1&&e.action,[`${r}-card--bordered`]:t,[`${r}-card--hoverable`]:n}]),style:w(this.cssVars),role:this.role},{default:O(()=>[m(()=>g(c.cover,e=>{let t=this.cover?d([this.cover()]):e;return t&&(D(),C(`div`,{class:l(`${r}-card-cover`),role:`none`},[m(()=>t)],2))})),m(()=>g(c.header,e=>{let{title:t}=this,n=t?d(typeof t==`function`?[t()]:[t]):e;return n||this.closable?(D(),C(`div`,{key:1,class:l([`${r}-card-header`,this.headerClass]),style:w(this.headerStyle),role:`heading`},[S(`div`,{class:l(`${r}-card-header__main`),role:`heading`},[m(()=>n)],2),m(()=>g(c[`header-extra`],e=>{let t=this.headerExtra?d([this.headerExtra()]):e;return t&&(D(),C(`div`,{class:l([`${r}-card-header__extra`,this.headerExtraClass]),style:w(this.headerExtraStyle)},[m(()=>t)],6))})),m(()=>this.closable&&(D(),k(b,{clsPrefix:r,class:l(`${r}-card-header__close`),onClick:this.handleCloseClick,focusable:this.closeFocusable,absolute:!0},null,8,[`clsPrefix`,`class`,`onClick`,`focusable`])))],6)):null})),m(()=>g(c.default,e=>{let{content:t}=this,n=t?d(typeof t==`function`?[t()]:[t]):e;return n?this.contentScrollable?(D(),k(_,{key:2,class:l(`${r}-card__content-scrollbar`),contentClass:[`${r}-card-content`,this.contentClass],contentStyle:this.contentStyle},{default:()=>n},1032,[`class`,`contentClass`,`contentStyle`])):(D(),C(`div`,{key:3,class:l([`${r}-card-content`,this.contentClass]),style:w(this.contentStyle),role:`none`},[m(()=>n)],6)):null})),m(()=>g(c.footer,e=>{let t=this.footer?d([this.footer()]):e;return t&&(D(),C(`div`,{class:l([`${r}-card__footer`,this.footerClass]),style:w(this.footerStyle),role:`none`},[m(()=>t)],6))})),m(()=>g(c.action,e=>{let t=this.action?d([this.action()]):e;return t&&(D(),C(`div`,{class:l(`${r}-card__action`),role:`none`},[m(()=>t)],2))}))]),_:2},1032,[`class`,`style`,`role`])}});export{N as n,M as r,F as t};