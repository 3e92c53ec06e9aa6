import{A as e,E as t,g as n,j as r,k as i,r as a}from"./Button-vz-g20Dt.js";import{f as o,l as s,m as c,p as l,u}from"./light-Cq8CYraa.js";import{b as d,gt as f,k as p,mt as m}from"./runtime-core.esm-bundler-wlpNGAAZ.js";var h=`0!important`,g=`-1px!important`;function _(e){return l(`${e}-type`,[s(`& +`,[u(`button`,{},[l(`${e}-type`,[o(`border`,{borderLeftWidth:h}),o(`state-border`,{left:g})])])])])}function v(e){return l(`${e}-type`,[s(`& +`,[u(`button`,[l(`${e}-type`,[o(`border`,{borderTopWidth:h}),o(`state-border`,{top:g})])])])])}var y=u(`button-group`,`
 flex-wrap: nowrap;
 display: inline-flex;
 position: relative;
`,[c(`vertical`,{flexDirection:`row`},[c(`rtl`,[u(`button`,[s(`&:first-child:not(:last-child)`,`
 margin-right: ${h};
 border-top-right-radius: ${h};
 border-bottom-right-radius: ${h};
 `),s(`&:last-child:not(:first-child)`,`
 margin-left: ${h};
 border-top-left-radius: ${h};
 border-bottom-left-radius: ${h};
 `),s(`&:not(:first-child):not(:last-child)`,`
 margin-left: ${h};
 margin-right: ${h};
 border-radius: ${h};
 `),_(`default`),l(`ghost`,[_(`primary`),_(`info`),_(`success`),_(`warning`),_(`error`)])])])]),l(`vertical`,{flexDirection:`column`},[u(`button`,[s(`&:first-child:not(:last-child)`,`
 margin-bottom: ${h};
 margin-left: ${h};
 margin-right: ${h};
 border-bottom-left-radius: ${h};
 border-bottom-right-radius: ${h};
 `),s(`&:last-child:not(:first-child)`,`
 margin-top: ${h};
 margin-left: ${h};
 margin-right: ${h};
 border-top-left-radius: ${h};
 border-top-right-radius: ${h};
 `),s(`&:not(:first-child):not(:last-child)`,`
 margin: ${h};
 border-radius: ${h};
 `),v(`default`),l(`ghost`,[v(`primary`),v(`info`),v(`success`),v(`warning`),v(`error`)])])])]),b=p({name:`ButtonGroup`,props:{size:String,vertical:Boolean},setup(t){let{mergedClsPrefixRef:i,mergedRtlRef:o}=r(t);return e(`-button-group`,y,i),f(a,t),{rtlEnabled:n(`ButtonGroup`,o,i),mergedClsPrefix:i}},render(){let{mergedClsPrefix:e}=this;return m(),d(`div`,{class:t([`${e}-button-group`,this.rtlEnabled&&`${e}-button-group--rtl`,this.vertical&&`${e}-button-group--vertical`]),role:`group`},[i(()=>this.$slots.default?.())],2)}});export{b as t};