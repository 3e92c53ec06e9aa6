import{E as e,h as t,j as n,k as r,s as i,w as a,x as o,y as s}from"./Button-vz-g20Dt.js";import{_ as c,f as l,g as u,h as d,i as f,l as p,u as m}from"./light-Cq8CYraa.js";import{n as h}from"./Tag-a7tel2E3.js";import{t as g}from"./light-DR5OPH2V.js";import{p as _}from"./index-COGwirTc.js";import{B as v,Ht as y,J as b,Ut as x,b as S,ct as C,er as w,g as T,it as E,k as D,mt as O,v as k,vn as A}from"./runtime-core.esm-bundler-wlpNGAAZ.js";import{r as j}from"./Scrollbar-BnguPqn3.js";var M=i&&`loading`in document.createElement(`img`);function N(e={}){let{root:t=null}=e;return{hash:`${e.rootMargin||`0px 0px 0px 0px`}-${Array.isArray(e.threshold)?e.threshold.join(`,`):e.threshold??`0`}`,options:{...e,root:(typeof t==`string`?document.querySelector(t):t)||document.documentElement}}}var P=new WeakMap,F=new WeakMap,I=new WeakMap,L=(e,t,n)=>{if(!e)return()=>{};let r=N(t),{root:i}=r.options,a,o=P.get(i);o?a=o:(a=new Map,P.set(i,a));let s,c;a.has(r.hash)?(c=a.get(r.hash),c[1].has(e)||(s=c[0],c[1].add(e),s.observe(e))):(s=new IntersectionObserver(e=>{e.forEach(e=>{if(e.isIntersecting){let t=F.get(e.target),n=I.get(e.target);t&&t(),n&&(n.value=!0)}})},r.options),s.observe(e),c=[s,new Set([e])],a.set(r.hash,c));let l=!1,u=()=>{l||(F.delete(e),I.delete(e),l=!0,c[1].has(e)&&(c[0].unobserve(e),c[1].delete(e)),c[1].size<=0&&a.delete(r.hash),a.size||P.delete(i))};return F.set(e,u),I.set(e,n),u},R=_(`n-avatar-group`),z=m(`avatar`,`
 width: var(--n-merged-size);
 height: var(--n-merged-size);
 color: #FFF;
 font-size: var(--n-font-size);
 display: inline-flex;
 position: relative;
 overflow: hidden;
 text-align: center;
 border: var(--n-border);
 border-radius: var(--n-border-radius);
 --n-merged-color: var(--n-color);
 background-color: var(--n-merged-color);
 transition:
 border-color .3s var(--n-bezier),
 background-color .3s var(--n-bezier),
 color .3s var(--n-bezier);
`,[u(p(`&`,`--n-merged-color: var(--n-color-modal);`)),c(p(`&`,`--n-merged-color: var(--n-color-popover);`)),p(`img`,`
 width: 100%;
 height: 100%;
 `),l(`text`,`
 white-space: nowrap;
 display: inline-block;
 position: absolute;
 left: 50%;
 top: 50%;
 `),m(`icon`,`
 vertical-align: bottom;
 font-size: calc(var(--n-merged-size) - 6px);
 `),l(`text`,`line-height: 1.25`)]),B=[`src`],V={...f.props,size:[String,Number],src:String,circle:{type:Boolean,default:void 0},objectFit:String,round:{type:Boolean,default:void 0},bordered:{type:Boolean,default:void 0},onError:Function,fallbackSrc:String,intersectionObserverOptions:Object,lazy:Boolean,onLoad:Function,renderPlaceholder:Function,renderFallback:Function,imgProps:Object,color:String},H=D({name:`Avatar`,props:V,slots:Object,setup(e){let{mergedClsPrefixRef:r,inlineThemeDisabled:i}=n(e),o=A(!1),s=null,c=A(null),l=A(null),u=()=>{let{value:e}=c;if(e&&(s===null||s!==e.innerHTML)){s=e.innerHTML;let{value:t}=l;if(t){let{offsetWidth:n,offsetHeight:r}=t,{offsetWidth:i,offsetHeight:a}=e,o=.9,s=Math.min(n/i*o,r/a*o,1);e.style.transform=`translateX(-50%) translateY(-50%) scale(${s})`}}},p=b(R,null),m=T(()=>{let{size:t}=e;if(t)return t;let{size:n}=p||{};return n||`medium`}),_=f(`Avatar`,`-avatar`,z,g,e,r),v=b(h,null),S=T(()=>{if(p)return!0;let{round:t,circle:n}=e;return t!==void 0||n!==void 0?t||n:v?v.roundRef.value:!1}),w=T(()=>p?!0:e.bordered||!1),D=T(()=>{let t=m.value,n=S.value,r=w.value,{color:i}=e,{self:{borderRadius:a,fontSize:o,color:s,border:c,colorModal:l,colorPopover:u},common:{cubicBezierEaseInOut:f}}=_.value,p;return p=typeof t==`number`?`${t}px`:_.value.self[d(`height`,t)],{"--n-font-size":o,"--n-border":r?c:`none`,"--n-border-radius":n?`50%`:a,"--n-color":i||s,"--n-color-modal":i||l,"--n-color-popover":i||u,"--n-bezier":f,"--n-merged-size":`var(--n-avatar-size-override, ${p})`}}),O=i?a(`avatar`,T(()=>{let n=m.value,r=S.value,i=w.value,{color:a}=e,o=``;return n&&(o+=typeof n==`number`?`a${n}`:n[0]),r&&(o+=`b`),i&&(o+=`c`),a&&(o+=t(a)),o}),D,e):void 0,k=A(!e.lazy);C(()=>{if(e.lazy&&e.intersectionObserverOptions){let t,n=x(()=>{t?.(),t=void 0,e.lazy&&(t=L(l.value,e.intersectionObserverOptions,k))});E(()=>{n(),t?.()})}}),y(()=>e.src||e.imgProps?.src,()=>{o.value=!1});let j=A(!e.lazy);return{textRef:c,selfRef:l,mergedRoundRef:S,mergedClsPrefix:r,fitTextTransform:u,cssVars:i?void 0:D,themeClass:O?.themeClass,onRender:O?.onRender,hasLoadError:o,shouldStartLoading:k,loaded:j,mergedOnError:t=>{if(!k.value)return;o.value=!0;let{onError:n,imgProps:{onError:r}={}}=e;n?.(t),r?.(t)},mergedOnLoad:t=>{let{onLoad:n,imgProps:{onLoad:r}={}}=e;n?.(t),r?.(t),j.value=!0}}},render(){let{$slots:t,src:n,mergedClsPrefix:i,lazy:a,onRender:c,loaded:l,hasLoadError:u,imgProps:d={}}=this;c?.();let f,p=!l&&!u&&(this.renderPlaceholder?this.renderPlaceholder():this.$slots.placeholder?.());return f=this.hasLoadError?this.renderFallback?this.renderFallback():s(t.fallback,()=>[(O(),S(`img`,{src:this.fallbackSrc,style:w({objectFit:this.objectFit})},null,12,B))]):o(t.default,t=>{if(t)return O(),k(j,{key:1,onResize:this.fitTextTransform},{default:()=>(O(),S(`span`,{ref:`textRef`,class:e(`${i}-avatar__text`)},[r(()=>t)],2))},1032,[`onResize`]);if(n||d.src){let e=this.src||d.src;return v(`img`,{...d,loading:M&&!this.intersectionObserverOptions&&a?`lazy`:`eager`,src:a&&this.intersectionObserverOptions?this.shouldStartLoading?e:void 0:e,"data-image-src":e,onLoad:this.mergedOnLoad,onError:this.mergedOnError,style:[d.style||``,{objectFit:this.objectFit},p?{height:`0`,width:`0`,visibility:`hidden`,position:`absolute`}:``]})}}),O(),S(`span`,{ref:`selfRef`,class:e([`${i}-avatar`,this.themeClass]),style:w(this.cssVars)},[r(()=>f),r(()=>a&&p)],6)}});export{H as t};