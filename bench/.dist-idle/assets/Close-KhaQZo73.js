import{_ as e,k as t,mt as n,qt as r,v as i,wn as a}from"./runtime-core.esm-bundler-wlpNGAAZ.js";import{l as o,m as s,p as c,u as l}from"./light-Cq8CYraa.js";import{A as u,E as d,T as f}from"./Button-vz-g20Dt.js";import{n as p,t as m}from"./replaceable-5SreTV8h.js";function h(e){return typeof e==`string`?e.endsWith(`px`)?Number(e.slice(0,e.length-2)):Number(e):e}function g(e){if(e!=null)return typeof e==`number`?`${e}px`:e.endsWith(`px`)?e:`${e}px`}function _(e,t){let n=e.trim().split(/\s+/g),r={top:n[0]};switch(n.length){case 1:r.right=n[0],r.bottom=n[0],r.left=n[0];break;case 2:r.right=n[1],r.left=n[1],r.bottom=n[0];break;case 3:r.right=n[1],r.bottom=n[2],r.left=n[1];break;case 4:r.right=n[1],r.bottom=n[2],r.left=n[3];break;default:throw Error(`[seemly/getMargin]:`+e+` is not a valid value.`)}return t===void 0?r:r[t]}function v(e,t){let[n,r]=e.split(` `);return t?t===`row`?n:r:{row:n,col:r||n}}function y(e=8){return Math.random().toString(16).slice(2,2+e)}function b(e,t){let n=[];for(let r=0;r<e;++r)n.push(t);return n}var x=m(`close`,()=>(()=>{let t=f(`6b30a2290cd08d4`);return t[0]||=e(`svg`,{viewBox:`0 0 12 12`,version:`1.1`,xmlns:`http://www.w3.org/2000/svg`,"aria-hidden":!0},[e(`g`,{stroke:`none`,"stroke-width":`1`,fill:`none`,"fill-rule":`evenodd`},[e(`g`,{fill:`currentColor`,"fill-rule":`nonzero`},[e(`path`,{d:`M2.08859116,2.2156945 L2.14644661,2.14644661 C2.32001296,1.97288026 2.58943736,1.95359511 2.7843055,2.08859116 L2.85355339,2.14644661 L6,5.293 L9.14644661,2.14644661 C9.34170876,1.95118446 9.65829124,1.95118446 9.85355339,2.14644661 C10.0488155,2.34170876 10.0488155,2.65829124 9.85355339,2.85355339 L6.707,6 L9.85355339,9.14644661 C10.0271197,9.32001296 10.0464049,9.58943736 9.91140884,9.7843055 L9.85355339,9.85355339 C9.67998704,10.0271197 9.41056264,10.0464049 9.2156945,9.91140884 L9.14644661,9.85355339 L6,6.707 L2.85355339,9.85355339 C2.65829124,10.0488155 2.34170876,10.0488155 2.14644661,9.85355339 C1.95118446,9.65829124 1.95118446,9.34170876 2.14644661,9.14644661 L5.293,6 L2.14644661,2.85355339 C1.97288026,2.67998704 1.95359511,2.41056264 2.08859116,2.2156945 L2.14644661,2.14644661 L2.08859116,2.2156945 Z`})])])],-1)})()),S=l(`base-close`,`
 display: flex;
 align-items: center;
 justify-content: center;
 cursor: pointer;
 background-color: transparent;
 color: var(--n-close-icon-color);
 border-radius: var(--n-close-border-radius);
 height: var(--n-close-size);
 width: var(--n-close-size);
 font-size: var(--n-close-icon-size);
 outline: none;
 border: none;
 position: relative;
 padding: 0;
`,[c(`absolute`,`
 height: var(--n-close-icon-size);
 width: var(--n-close-icon-size);
 `),o(`&::before`,`
 content: "";
 position: absolute;
 width: var(--n-close-size);
 height: var(--n-close-size);
 left: 50%;
 top: 50%;
 transform: translateY(-50%) translateX(-50%);
 transition: inherit;
 border-radius: inherit;
 `),s(`disabled`,[o(`&:hover`,`
 color: var(--n-close-icon-color-hover);
 `),o(`&:hover::before`,`
 background-color: var(--n-close-color-hover);
 `),o(`&:focus::before`,`
 background-color: var(--n-close-color-hover);
 `),o(`&:active`,`
 color: var(--n-close-icon-color-pressed);
 `),o(`&:active::before`,`
 background-color: var(--n-close-color-pressed);
 `)]),c(`disabled`,`
 cursor: not-allowed;
 color: var(--n-close-icon-color-disabled);
 background-color: transparent;
 `),c(`round`,[o(`&::before`,`
 border-radius: 50%;
 `)])]),C=t({name:`BaseClose`,props:{isButtonTag:{type:Boolean,default:!0},clsPrefix:{type:String,required:!0},disabled:{type:Boolean,default:void 0},focusable:{type:Boolean,default:!0},round:Boolean,onClick:Function,absolute:Boolean},setup(e){return u(`-base-close`,S,a(e,`clsPrefix`)),()=>{let{clsPrefix:t,disabled:a,absolute:o,round:s,isButtonTag:c}=e,l=c?`button`:`div`;return(()=>{let u=f(`b5bdc9fe09f5ae00`);return n(),i(l,{type:c?`button`:void 0,tabindex:a||!e.focusable?-1:0,"aria-disabled":a,"aria-label":`close`,role:c?void 0:`button`,disabled:a,class:d([`${t}-base-close`,o&&`${t}-base-close--absolute`,a&&`${t}-base-close--disabled`,s&&`${t}-base-close--round`]),onMousedown:u[0]||=t=>{e.focusable||t.preventDefault()},onClick:e.onClick},{default:r(()=>[(n(),i(p,{clsPrefix:t},{default:()=>(n(),i(x))},1032,[`clsPrefix`]))]),_:2},1032,[`type`,`tabindex`,`aria-disabled`,`role`,`disabled`,`class`,`onClick`])})()}}});export{v as a,h as i,y as n,_ as o,b as r,g as s,C as t};