import{D as e,E as t,On as n,_ as r,b as i,bt as a,ct as o,er as s,g as c,k as l,mt as u,o as d,qt as f,tr as p,v as m,y as h}from"./runtime-core.esm-bundler-wlpNGAAZ.js";import{n as g}from"./vue-i18n.runtime-BjynHToi.js";import{t as _}from"./Card-B3lHxwe1.js";import{m as v}from"./validate-CSRoCX1M.js";import{a as y,n as b,o as x,r as S}from"./users-DJyp6Zd0.js";import{n as C,t as w}from"./useLoader-BqWLOJyE.js";import{at as T,i as E,q as D}from"./index-COGwirTc.js";import{t as O}from"./Skeleton-tGRrYRMp.js";import{_ as k,g as A,h as j,i as M,l as N,m as P,p as F,u as I}from"./light-Cq8CYraa.js";import{E as L,g as R,j as ee,k as z,w as B}from"./Button-vz-g20Dt.js";import{n as V}from"./light-AW9__Y-r.js";import{t as H}from"./Tag-a7tel2E3.js";import{t as U}from"./ErrorState-BU3RZBWB.js";import{t as W}from"./EmptyState-C8uDWnuE.js";import{t as G}from"./Alert-C7HBtIYX.js";var K=N([I(`table`,`
 font-size: var(--n-font-size);
 font-variant-numeric: tabular-nums;
 line-height: var(--n-line-height);
 width: 100%;
 border-radius: var(--n-border-radius) var(--n-border-radius) 0 0;
 text-align: left;
 border-collapse: separate;
 border-spacing: 0;
 overflow: hidden;
 background-color: var(--n-td-color);
 border-color: var(--n-merged-border-color);
 transition:
 background-color .3s var(--n-bezier),
 border-color .3s var(--n-bezier),
 color .3s var(--n-bezier);
 --n-merged-border-color: var(--n-border-color);
 `,[N(`th`,`
 white-space: nowrap;
 transition:
 background-color .3s var(--n-bezier),
 border-color .3s var(--n-bezier),
 color .3s var(--n-bezier);
 text-align: inherit;
 padding: var(--n-th-padding);
 vertical-align: inherit;
 text-transform: none;
 border: 0px solid var(--n-merged-border-color);
 font-weight: var(--n-th-font-weight);
 color: var(--n-th-text-color);
 background-color: var(--n-th-color);
 border-bottom: 1px solid var(--n-merged-border-color);
 border-right: 1px solid var(--n-merged-border-color);
 `,[N(`&:last-child`,`
 border-right: 0px solid var(--n-merged-border-color);
 `)]),N(`td`,`
 transition:
 background-color .3s var(--n-bezier),
 border-color .3s var(--n-bezier),
 color .3s var(--n-bezier);
 padding: var(--n-td-padding);
 color: var(--n-td-text-color);
 background-color: var(--n-td-color);
 border: 0px solid var(--n-merged-border-color);
 border-right: 1px solid var(--n-merged-border-color);
 border-bottom: 1px solid var(--n-merged-border-color);
 `,[N(`&:last-child`,`
 border-right: 0px solid var(--n-merged-border-color);
 `)]),F(`bordered`,`
 border: 1px solid var(--n-merged-border-color);
 border-radius: var(--n-border-radius);
 `,[N(`tr`,[N(`&:last-child`,[N(`td`,`
 border-bottom: 0 solid var(--n-merged-border-color);
 `)])])]),F(`single-line`,[N(`th`,`
 border-right: 0px solid var(--n-merged-border-color);
 `),N(`td`,`
 border-right: 0px solid var(--n-merged-border-color);
 `)]),F(`single-column`,[N(`tr`,[N(`&:not(:last-child)`,[N(`td`,`
 border-bottom: 0px solid var(--n-merged-border-color);
 `)])])]),F(`striped`,[N(`tr:nth-of-type(even)`,[N(`td`,`background-color: var(--n-td-color-striped)`)])]),P(`bottom-bordered`,[N(`tr`,[N(`&:last-child`,[N(`td`,`
 border-bottom: 0px solid var(--n-merged-border-color);
 `)])])])]),A(I(`table`,`
 background-color: var(--n-td-color-modal);
 --n-merged-border-color: var(--n-border-color-modal);
 `,[N(`th`,`
 background-color: var(--n-th-color-modal);
 `),N(`td`,`
 background-color: var(--n-td-color-modal);
 `)])),k(I(`table`,`
 background-color: var(--n-td-color-popover);
 --n-merged-border-color: var(--n-border-color-popover);
 `,[N(`th`,`
 background-color: var(--n-th-color-popover);
 `),N(`td`,`
 background-color: var(--n-td-color-popover);
 `)]))]),q={...M.props,bordered:{type:Boolean,default:!0},bottomBordered:{type:Boolean,default:!0},singleLine:{type:Boolean,default:!0},striped:Boolean,singleColumn:Boolean,size:String},J=l({name:`Table`,props:q,setup(e){let{mergedClsPrefixRef:t,inlineThemeDisabled:n,mergedRtlRef:r,mergedComponentPropsRef:i}=ee(e),a=c(()=>e.size||i?.value?.Table?.size||`medium`),o=M(`Table`,`-table`,K,V,e,t),s=R(`Table`,r,t),l=c(()=>{let e=a.value,{self:{borderColor:t,tdColor:n,tdColorModal:r,tdColorPopover:i,thColor:s,thColorModal:c,thColorPopover:l,thTextColor:u,tdTextColor:d,borderRadius:f,thFontWeight:p,lineHeight:m,borderColorModal:h,borderColorPopover:g,tdColorStriped:_,tdColorStripedModal:v,tdColorStripedPopover:y,[j(`fontSize`,e)]:b,[j(`tdPadding`,e)]:x,[j(`thPadding`,e)]:S},common:{cubicBezierEaseInOut:C}}=o.value;return{"--n-bezier":C,"--n-td-color":n,"--n-td-color-modal":r,"--n-td-color-popover":i,"--n-td-text-color":d,"--n-border-color":t,"--n-border-color-modal":h,"--n-border-color-popover":g,"--n-border-radius":f,"--n-font-size":b,"--n-th-color":s,"--n-th-color-modal":c,"--n-th-color-popover":l,"--n-th-font-weight":p,"--n-th-text-color":u,"--n-line-height":m,"--n-td-padding":x,"--n-th-padding":S,"--n-td-color-striped":_,"--n-td-color-striped-modal":v,"--n-td-color-striped-popover":y}}),u=n?B(`table`,c(()=>a.value[0]),l,e):void 0;return{rtlEnabled:s,mergedClsPrefix:t,cssVars:n?void 0:l,themeClass:u?.themeClass,onRender:u?.onRender}},render(){let{mergedClsPrefix:e}=this;return this.onRender?.(),u(),i(`table`,{class:L([`${e}-table`,this.themeClass,{[`${e}-table--rtl`]:this.rtlEnabled,[`${e}-table--bottom-bordered`]:this.bottomBordered,[`${e}-table--bordered`]:this.bordered,[`${e}-table--single-line`]:this.singleLine,[`${e}-table--single-column`]:this.singleColumn,[`${e}-table--striped`]:this.striped}]),style:s(this.cssVars)},[z(()=>this.$slots.default?.())],6)}});function Y(){let e=w(e=>y({signal:e}).then(e=>e.Packages)),t=c(()=>e.data.value?.find(e=>e.Name===`RS4OTRS_API`)??null),n=c(()=>{if(e.state.value!==`done`)return null;if(!t.value)return`outdated`;let n=x(t.value.Version);return n===null?`unknown`:n?`supported`:`outdated`});return{...e,apiPackage:t,apiStatus:n,requiredVersion:S}}function X(){let e=v();try{return new URL(e,window.location.href).href}catch{return e}}function Z(){return w(e=>b({signal:e}).then(e=>e.Groups))}var Q={class:`facts`},$={"data-testid":`about-version`},te={"data-testid":`about-api-base`},ne=E(l({__name:`ConsoleInfoCard`,setup(e){let{t}=g(),i=X();return(e,a)=>(u(),m(n(_),{title:n(t)(`about.console.title`),size:`small`},{default:f(()=>[r(`dl`,Q,[r(`dt`,null,p(n(t)(`about.console.version`)),1),r(`dd`,$,p(n(`0.1.0`)),1),r(`dt`,null,p(n(t)(`about.console.build`)),1),r(`dd`,null,p(n(!0)?n(t)(`about.console.buildProduction`):n(t)(`about.console.buildDevelopment`)),1),r(`dt`,null,p(n(t)(`about.console.apiBase`)),1),r(`dd`,null,[r(`code`,te,p(n(i)),1)])])]),_:1},8,[`title`]))}}),[[`__scopeId`,`data-v-6d4012d9`]]),re={key:0,"data-testid":`permissions-loading`},ie={class:`permissions__group`},ae={class:`permissions__tags`},oe={key:0,class:`permissions__none`},se={key:1},ce=E(l({__name:`PermissionsCard`,setup(s){let{t:l}=g(),{state:h,data:v,error:y,load:b}=Z();o(()=>void b());let x=[`rw`,`ro`,`create`,`note`,`owner`,`priority`,`move_into`],S=c(()=>[...v.value??[]].sort((e,t)=>e.Name.localeCompare(t.Name)).map(e=>({id:e.ID,name:e.Name,rights:x.filter(t=>e.Permissions.includes(t)),queues:e.Queues.map(e=>e.Name).sort((e,t)=>e.localeCompare(t))})));return(o,s)=>(u(),m(n(_),{title:n(l)(`about.permissions.title`),size:`small`},{default:f(()=>[n(h)===`loading`||n(h)===`idle`?(u(),i(`div`,re,[e(n(O),{text:``,repeat:4})])):n(h)===`error`?(u(),m(U,{key:1,error:n(y),retryable:``,onRetry:n(b)},null,8,[`error`,`onRetry`])):S.value.length===0?(u(),m(W,{key:2,title:n(l)(`about.permissions.empty`)},null,8,[`title`])):(u(),m(n(J),{key:3,size:`small`,bordered:!1,"single-line":!0,"data-testid":`permissions`},{default:f(()=>[r(`thead`,null,[r(`tr`,null,[r(`th`,null,p(n(l)(`about.permissions.group`)),1),r(`th`,null,p(n(l)(`about.permissions.rights`)),1),r(`th`,null,p(n(l)(`about.permissions.queues`)),1)])]),r(`tbody`,null,[(u(!0),i(d,null,a(S.value,e=>(u(),i(`tr`,{key:e.id},[r(`td`,ie,p(e.name),1),r(`td`,null,[r(`div`,ae,[(u(!0),i(d,null,a(e.rights,e=>(u(),m(n(H),{key:e,size:`small`,type:e===`rw`?`success`:`default`,bordered:!1},{default:f(()=>[t(p(n(l)(`about.permissions.kind.${e}`)),1)]),_:2},1032,[`type`]))),128))])]),r(`td`,null,[e.queues.length===0?(u(),i(`span`,oe,p(n(l)(`about.permissions.noQueues`)),1)):(u(),i(`span`,se,p(e.queues.join(`, `)),1))])]))),128))])]),_:1}))]),_:1},8,[`title`]))}}),[[`__scopeId`,`data-v-144f2039`]]),le={key:0,"data-testid":`packages-loading`},ue=E(l({__name:`ServerPackagesCard`,setup(s){let{t:c}=g(),{state:l,data:v,error:y,load:b,apiPackage:x,apiStatus:S,requiredVersion:C}=Y();return o(()=>void b()),(o,s)=>(u(),m(n(_),{title:n(c)(`about.server.title`),size:`small`},{default:f(()=>[n(l)===`loading`||n(l)===`idle`?(u(),i(`div`,le,[e(n(O),{text:``,repeat:3})])):n(l)===`error`?(u(),m(U,{key:1,error:n(y),retryable:``,onRetry:n(b)},null,8,[`error`,`onRetry`])):(u(),i(d,{key:2},[n(S)===`outdated`?(u(),m(n(G),{key:0,type:`warning`,role:`alert`,class:`packages__alert`,"data-testid":`api-outdated`},{default:f(()=>[t(p(n(x)?n(c)(`about.server.apiOutdated`,{version:n(x).Version,required:n(C)}):n(c)(`about.server.apiMissing`,{required:n(C)})),1)]),_:1})):n(S)===`unknown`?(u(),m(n(G),{key:1,type:`info`,class:`packages__alert`},{default:f(()=>[t(p(n(c)(`about.server.apiUnknown`,{version:n(x)?.Version??``,required:n(C)})),1)]),_:1})):h(``,!0),!n(v)||n(v).length===0?(u(),m(W,{key:2,title:n(c)(`about.server.empty`)},null,8,[`title`])):(u(),m(n(J),{key:3,size:`small`,bordered:!1,"single-line":!0,"data-testid":`packages`},{default:f(()=>[r(`thead`,null,[r(`tr`,null,[r(`th`,null,p(n(c)(`about.server.package`)),1),r(`th`,null,p(n(c)(`about.server.version`)),1)])]),r(`tbody`,null,[(u(!0),i(d,null,a(n(v),e=>(u(),i(`tr`,{key:e.Name},[r(`td`,null,p(e.Name),1),r(`td`,null,[t(p(e.Version)+` `,1),e.Name===n(`RS4OTRS_API`)&&n(S)===`supported`?(u(),m(n(H),{key:0,size:`small`,type:`success`,bordered:!1,class:`packages__tag`},{default:f(()=>[t(p(n(c)(`about.server.apiSupported`)),1)]),_:1})):h(``,!0)])]))),128))])]),_:1}))],64))]),_:1},8,[`title`]))}}),[[`__scopeId`,`data-v-92e1809b`]]),de={class:`shortcuts__text`},fe={class:`shortcuts__links`},pe=E(l({__name:`ShortcutsCard`,setup(a){let{t:o}=g(),s=D();return(a,c)=>(u(),m(n(_),{title:n(o)(`about.shortcuts.title`),size:`small`},{default:f(()=>[r(`p`,de,[n(s).shortcutsEnabled?(u(),i(d,{key:0},[t(p(n(o)(`about.shortcuts.hint`)),1)],64)):(u(),i(d,{key:1},[t(p(n(o)(`about.shortcuts.disabled`)),1)],64))]),r(`div`,fe,[e(n(T),{to:{name:`tickets`},custom:``},{default:f(({href:r,navigate:i})=>[e(n(C),{href:r,onClick:i},{default:f(()=>[t(p(n(o)(`about.shortcuts.open`)),1)]),_:1},8,[`href`,`onClick`])]),_:1}),e(n(T),{to:{name:`preferences`},custom:``},{default:f(({href:r,navigate:i})=>[e(n(C),{href:r,onClick:i},{default:f(()=>[t(p(n(o)(`about.shortcuts.preferences`)),1)]),_:1},8,[`href`,`onClick`])]),_:1})])]),_:1},8,[`title`]))}}),[[`__scopeId`,`data-v-bfd60377`]]),me={class:`about`},he={class:`about__header`},ge={class:`about__title`},_e={class:`about__subtitle`},ve={class:`about__grid`},ye=E(l({__name:`AboutView`,setup(t){let{t:a}=g();return(t,o)=>(u(),i(`main`,me,[r(`header`,he,[r(`h1`,ge,p(n(a)(`about.title`)),1),r(`p`,_e,p(n(a)(`about.subtitle`)),1)]),r(`div`,ve,[e(ne),e(ue),e(ce,{class:`about__wide`}),e(pe)])]))}}),[[`__scopeId`,`data-v-15699141`]]);export{ye as default};