import{j as e,k as t,s as n}from"./Button-vz-g20Dt.js";import{h as r,i,l as a,u as o}from"./light-Cq8CYraa.js";import{o as s}from"./index-COGwirTc.js";import{r as c,s as l}from"./Close-KhaQZo73.js";import{B as u,b as d,et as f,g as p,k as m,mt as h,o as g}from"./runtime-core.esm-bundler-wlpNGAAZ.js";var _=!1;function v(){if(n&&window.CSS&&!_&&(_=!0,`registerProperty`in window?.CSS))try{CSS.registerProperty({name:`--n-color-start`,syntax:`<color>`,inherits:!1,initialValue:`#0000`}),CSS.registerProperty({name:`--n-color-end`,syntax:`<color>`,inherits:!1,initialValue:`#0000`})}catch{}}function y(e){let{heightSmall:t,heightMedium:n,heightLarge:r,borderRadius:i}=e;return{color:`#eee`,colorEnd:`#ddd`,borderRadius:i,heightSmall:t,heightMedium:n,heightLarge:r}}var b={name:`Skeleton`,common:s,self:y},x=a([o(`skeleton`,`
 height: 1em;
 width: 100%;
 transition:
 --n-color-start .3s var(--n-bezier),
 --n-color-end .3s var(--n-bezier),
 background-color .3s var(--n-bezier);
 animation: 2s skeleton-loading infinite cubic-bezier(0.36, 0, 0.64, 1);
 background-color: var(--n-color-start);
 `),a(`@keyframes skeleton-loading`,`
 0% {
 background: var(--n-color-start);
 }
 40% {
 background: var(--n-color-end);
 }
 80% {
 background: var(--n-color-start);
 }
 100% {
 background: var(--n-color-start);
 }
 `)]),S={...i.props,text:Boolean,round:Boolean,circle:Boolean,height:[String,Number],width:[String,Number],size:String,repeat:{type:Number,default:1},animated:{type:Boolean,default:!0},sharp:{type:Boolean,default:!0}},C=m({name:`Skeleton`,inheritAttrs:!1,props:S,setup(t){v();let{mergedClsPrefixRef:n,mergedComponentPropsRef:a}=e(t),o=p(()=>t.size||a?.value?.Skeleton?.size),s=i(`Skeleton`,`-skeleton`,x,b,t,n);return{mergedClsPrefix:n,style:p(()=>{let e=s.value,{common:{cubicBezierEaseInOut:n}}=e,i=e.self,{color:a,colorEnd:c,borderRadius:u}=i,d,{circle:f,sharp:p,round:m,width:h,height:g,text:_,animated:v}=t,y=o.value;y!==void 0&&(d=i[r(`height`,y)]);let b=f?h??g??d:h,x=(f?h??g:g)??d;return{display:_?`inline-block`:``,verticalAlign:_?`-0.125em`:``,borderRadius:f?`50%`:m?`4096px`:p?``:u,width:typeof b==`number`?l(b):b,height:typeof x==`number`?l(x):x,animation:v?``:`none`,"--n-bezier":n,"--n-color-start":a,"--n-color-end":c}})}},render(){let{repeat:e,style:n,mergedClsPrefix:r,$attrs:i}=this,a=u(`div`,f({class:`${r}-skeleton`,style:n},i));return e>1?(h(),d(g,{key:1},[t(()=>c(e,null).map(e=>[a,`
`]))],64)):a}});export{C as t};