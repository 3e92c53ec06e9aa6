import{b as e,er as t,g as n,k as r,mt as i,xn as a}from"./runtime-core.esm-bundler-wlpNGAAZ.js";import{i as o,u as s}from"./light-Cq8CYraa.js";import{E as c,j as l,k as u,w as d}from"./Button-vz-g20Dt.js";import{n as f}from"./light-DFSDhaBW.js";var p=s(`a`,`
 cursor: pointer;
 transition:
 color .3s var(--n-bezier),
 text-decoration-color .3s var(--n-bezier);
 text-decoration-color: var(--n-text-color);
 color: var(--n-text-color);
`),m={...o.props},h=r({name:`A`,props:m,setup(e){let{mergedClsPrefixRef:t,inlineThemeDisabled:r}=l(e),i=o(`Typography`,`-a`,p,f,e,t),a=n(()=>{let{common:{cubicBezierEaseInOut:e},self:{aTextColor:t}}=i.value;return{"--n-text-color":t,"--n-bezier":e}}),s=r?d(`a`,void 0,a,e):void 0;return{mergedClsPrefix:t,cssVars:r?void 0:a,themeClass:s?.themeClass,onRender:s?.onRender}},render(){return this.onRender?.(),i(),e(`a`,{class:c([`${this.mergedClsPrefix}-a`,this.themeClass]),style:t(this.cssVars)},[u(()=>this.$slots.default?.())],6)}});function g(e){let t=a(`idle`),n=a(null),r=a(null),i=null;async function o(){i?.abort();let a=new AbortController;i=a,t.value=`loading`,r.value=null;try{let r=await e(a.signal);if(i!==a)return;n.value=r,t.value=`done`}catch(e){if(i!==a)return;r.value=e,t.value=`error`}}return{state:t,data:n,error:r,load:o}}export{h as n,g as t};