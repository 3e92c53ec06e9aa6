import{f as e,h as t,i as n,l as r,m as i,p as a,u as o}from"./light-Cq8CYraa.js";import{E as s,S as c,c as l,d as u,j as d,k as f,p,u as m,v as h,w as g,x as _}from"./Button-vz-g20Dt.js";import{o as v,s as y}from"./index-COGwirTc.js";import{t as b}from"./_common-BnUKsVpJ.js";import{i as x,s as S}from"./Close-KhaQZo73.js";import{_ as C,b as w,er as T,et as E,g as D,k as O,mt as k,v as A,vn as j,wn as M}from"./runtime-core.esm-bundler-wlpNGAAZ.js";import{t as N}from"./use-merged-state-DU_o7nHw.js";function P(e){let{primaryColor:t,opacityDisabled:n,borderRadius:r,textColor3:i}=e;return{...b,iconColor:i,textColor:`white`,loadingColor:t,opacityDisabled:n,railColor:`rgba(0, 0, 0, .14)`,railColorActive:t,buttonBoxShadow:`0 1px 4px 0 rgba(0, 0, 0, 0.3), inset 0 0 1px 0 rgba(0, 0, 0, 0.05)`,buttonColor:`#FFF`,railBorderRadiusSmall:r,railBorderRadiusMedium:r,railBorderRadiusLarge:r,buttonBorderRadiusSmall:r,buttonBorderRadiusMedium:r,buttonBorderRadiusLarge:r,boxShadowFocus:`0 0 0 2px ${y(t,{alpha:.2})}`}}var F={name:`Switch`,common:v,self:P},I=o(`switch`,`
 height: var(--n-height);
 min-width: var(--n-width);
 vertical-align: middle;
 user-select: none;
 -webkit-user-select: none;
 display: inline-flex;
 outline: none;
 justify-content: center;
 align-items: center;
`,[e(`children-placeholder`,`
 height: var(--n-rail-height);
 display: flex;
 flex-direction: column;
 overflow: hidden;
 pointer-events: none;
 visibility: hidden;
 `),e(`rail-placeholder`,`
 display: flex;
 flex-wrap: none;
 `),e(`button-placeholder`,`
 width: calc(1.75 * var(--n-rail-height));
 height: var(--n-rail-height);
 `),o(`base-loading`,`
 position: absolute;
 top: 50%;
 left: 50%;
 transform: translateX(-50%) translateY(-50%);
 font-size: calc(var(--n-button-width) - 4px);
 color: var(--n-loading-color);
 transition: color .3s var(--n-bezier);
 `,[m({left:`50%`,top:`50%`,originalTransform:`translateX(-50%) translateY(-50%)`})]),e(`checked, unchecked`,`
 transition: color .3s var(--n-bezier);
 color: var(--n-text-color);
 box-sizing: border-box;
 position: absolute;
 white-space: nowrap;
 top: 0;
 bottom: 0;
 display: flex;
 align-items: center;
 line-height: 1;
 `),e(`checked`,`
 right: 0;
 padding-right: calc(1.25 * var(--n-rail-height) - var(--n-offset));
 `),e(`unchecked`,`
 left: 0;
 justify-content: flex-end;
 padding-left: calc(1.25 * var(--n-rail-height) - var(--n-offset));
 `),r(`&:focus`,[e(`rail`,`
 box-shadow: var(--n-box-shadow-focus);
 `)]),a(`round`,[e(`rail`,`border-radius: calc(var(--n-rail-height) / 2);`,[e(`button`,`border-radius: calc(var(--n-button-height) / 2);`)])]),i(`disabled`,[i(`icon`,[a(`rubber-band`,[a(`pressed`,[e(`rail`,[e(`button`,`max-width: var(--n-button-width-pressed);`)])]),e(`rail`,[r(`&:active`,[e(`button`,`max-width: var(--n-button-width-pressed);`)])]),a(`active`,[a(`pressed`,[e(`rail`,[e(`button`,`left: calc(100% - var(--n-offset) - var(--n-button-width-pressed));`)])]),e(`rail`,[r(`&:active`,[e(`button`,`left: calc(100% - var(--n-offset) - var(--n-button-width-pressed));`)])])])])])]),a(`active`,[e(`rail`,[e(`button`,`left: calc(100% - var(--n-button-width) - var(--n-offset))`)])]),e(`rail`,`
 overflow: hidden;
 height: var(--n-rail-height);
 min-width: var(--n-rail-width);
 border-radius: var(--n-rail-border-radius);
 cursor: pointer;
 position: relative;
 transition:
 opacity .3s var(--n-bezier),
 background .3s var(--n-bezier),
 box-shadow .3s var(--n-bezier);
 background-color: var(--n-rail-color);
 `,[e(`button-icon`,`
 color: var(--n-icon-color);
 transition: color .3s var(--n-bezier);
 font-size: calc(var(--n-button-height) - 4px);
 position: absolute;
 left: 0;
 right: 0;
 top: 0;
 bottom: 0;
 display: flex;
 justify-content: center;
 align-items: center;
 line-height: 1;
 `,[m()]),e(`button`,`
 align-items: center; 
 top: var(--n-offset);
 left: var(--n-offset);
 height: var(--n-button-height);
 width: var(--n-button-width-pressed);
 max-width: var(--n-button-width);
 border-radius: var(--n-button-border-radius);
 background-color: var(--n-button-color);
 box-shadow: var(--n-button-box-shadow);
 box-sizing: border-box;
 cursor: inherit;
 content: "";
 position: absolute;
 transition:
 background-color .3s var(--n-bezier),
 left .3s var(--n-bezier),
 opacity .3s var(--n-bezier),
 max-width .3s var(--n-bezier),
 box-shadow .3s var(--n-bezier);
 `)]),a(`active`,[e(`rail`,`background-color: var(--n-rail-color-active);`)]),a(`loading`,[e(`rail`,`
 cursor: wait;
 `)]),a(`disabled`,[e(`rail`,`
 cursor: not-allowed;
 opacity: .5;
 `)])]),L=[`aria-checked`,`tabindex`,`onClick`,`onFocus`,`onBlur`,`onKeyup`,`onKeydown`],R={...n.props,size:String,value:{type:[String,Number,Boolean],default:void 0},loading:Boolean,defaultValue:{type:[String,Number,Boolean],default:!1},disabled:{type:Boolean,default:void 0},round:{type:Boolean,default:!0},"onUpdate:value":[Function,Array],onUpdateValue:[Function,Array],checkedValue:{type:[String,Number,Boolean],default:!0},uncheckedValue:{type:[String,Number,Boolean],default:!1},railStyle:Function,rubberBand:{type:Boolean,default:!0},spinProps:Object,onChange:[Function,Array]},z,B=O({name:`Switch`,props:R,slots:Object,setup(e){z===void 0&&(z=typeof CSS<`u`?CSS.supports!==void 0&&CSS.supports(`width`,`max(1px)`):!0);let{mergedClsPrefixRef:r,inlineThemeDisabled:i,mergedComponentPropsRef:a}=d(e),o=n(`Switch`,`-switch`,I,F,e,r),s=p(e,{mergedSize(t){return e.size===void 0?t?t.mergedSize.value:a?.value?.Switch?.size||`medium`:e.size}}),{mergedSizeRef:l,mergedDisabledRef:u}=s,f=j(e.defaultValue),m=M(e,`value`),h=N(m,f),_=D(()=>h.value===e.checkedValue),v=j(!1),y=j(!1),b=D(()=>{let{railStyle:t}=e;if(t)return t({focused:y.value,checked:_.value})});function C(t){let{"onUpdate:value":n,onChange:r,onUpdateValue:i}=e,{nTriggerFormInput:a,nTriggerFormChange:o}=s;n&&c(n,t),i&&c(i,t),r&&c(r,t),f.value=t,a(),o()}function w(){let{nTriggerFormFocus:e}=s;e()}function T(){let{nTriggerFormBlur:e}=s;e()}function E(){e.loading||u.value||(h.value===e.checkedValue?C(e.uncheckedValue):C(e.checkedValue))}function O(){y.value=!0,w()}function k(){y.value=!1,T(),v.value=!1}function A(t){e.loading||u.value||t.key===` `&&(h.value===e.checkedValue?C(e.uncheckedValue):C(e.checkedValue),v.value=!1)}function P(t){e.loading||u.value||t.key===` `&&(t.preventDefault(),v.value=!0)}let L=D(()=>{let{value:e}=l,{self:{opacityDisabled:n,railColor:r,railColorActive:i,buttonBoxShadow:a,buttonColor:s,boxShadowFocus:c,loadingColor:u,textColor:d,iconColor:f,[t(`buttonHeight`,e)]:p,[t(`buttonWidth`,e)]:m,[t(`buttonWidthPressed`,e)]:h,[t(`railHeight`,e)]:g,[t(`railWidth`,e)]:_,[t(`railBorderRadius`,e)]:v,[t(`buttonBorderRadius`,e)]:y},common:{cubicBezierEaseInOut:b}}=o.value,C,w,T;return z?(C=`calc((${g} - ${p}) / 2)`,w=`max(${g}, ${p})`,T=`max(${_}, calc(${_} + ${p} - ${g}))`):(C=S((x(g)-x(p))/2),w=S(Math.max(x(g),x(p))),T=x(g)>x(p)?_:S(x(_)+x(p)-x(g))),{"--n-bezier":b,"--n-button-border-radius":y,"--n-button-box-shadow":a,"--n-button-color":s,"--n-button-width":m,"--n-button-width-pressed":h,"--n-button-height":p,"--n-height":w,"--n-offset":C,"--n-opacity-disabled":n,"--n-rail-border-radius":v,"--n-rail-color":r,"--n-rail-color-active":i,"--n-rail-height":g,"--n-rail-width":_,"--n-width":T,"--n-box-shadow-focus":c,"--n-loading-color":u,"--n-text-color":d,"--n-icon-color":f}}),R=i?g(`switch`,D(()=>l.value[0]),L,e):void 0;return{handleClick:E,handleBlur:k,handleFocus:O,handleKeyup:A,handleKeydown:P,mergedRailStyle:b,pressed:v,mergedClsPrefix:r,mergedValue:h,checked:_,mergedDisabled:u,cssVars:i?void 0:L,themeClass:R?.themeClass,onRender:R?.onRender}},render(){let{mergedClsPrefix:e,mergedDisabled:t,checked:n,mergedRailStyle:r,onRender:i,$slots:a}=this;i?.();let{checked:o,unchecked:c,icon:d,"checked-icon":p,"unchecked-icon":m}=a,g=!(h(d)&&h(p)&&h(m));return k(),w(`div`,{role:`switch`,"aria-checked":n,class:s([`${e}-switch`,this.themeClass,g&&`${e}-switch--icon`,n&&`${e}-switch--active`,t&&`${e}-switch--disabled`,this.round&&`${e}-switch--round`,this.loading&&`${e}-switch--loading`,this.pressed&&`${e}-switch--pressed`,this.rubberBand&&`${e}-switch--rubber-band`]),tabindex:this.mergedDisabled?void 0:0,style:T(this.cssVars),onClick:this.handleClick,onFocus:this.handleFocus,onBlur:this.handleBlur,onKeyup:this.handleKeyup,onKeydown:this.handleKeydown},[C(`div`,{class:s(`${e}-switch__rail`),"aria-hidden":`true`,style:T(r)},[f(()=>_(o,t=>_(c,n=>t||n?(k(),w(`div`,{key:4,"aria-hidden":!0,class:s(`${e}-switch__children-placeholder`)},[C(`div`,{class:s(`${e}-switch__rail-placeholder`)},[C(`div`,{class:s(`${e}-switch__button-placeholder`)},null,2),f(()=>t)],2),C(`div`,{class:s(`${e}-switch__rail-placeholder`)},[C(`div`,{class:s(`${e}-switch__button-placeholder`)},null,2),f(()=>n)],2)],2)):null))),C(`div`,{class:s(`${e}-switch__button`)},[f(()=>_(d,t=>_(p,n=>_(m,r=>(k(),A(u,null,{default:()=>this.loading?(k(),A(l,E({key:`loading`,clsPrefix:e,strokeWidth:20},this.spinProps),null,16,[`clsPrefix`])):this.checked&&(n||t)?(k(),w(`div`,{class:s(`${e}-switch__button-icon`),key:n?`checked-icon`:`icon`},[f(()=>n||t)],2)):!this.checked&&(r||t)?(k(),w(`div`,{class:s(`${e}-switch__button-icon`),key:r?`unchecked-icon`:`icon`},[f(()=>r||t)],2)):null},1024)))))),f(()=>_(o,t=>t&&(k(),w(`div`,{key:`checked`,class:s(`${e}-switch__checked`)},[f(()=>t)],2)))),f(()=>_(c,t=>t&&(k(),w(`div`,{key:`unchecked`,class:s(`${e}-switch__unchecked`)},[f(()=>t)],2))))],2)],6)],46,L)}});export{B as t};