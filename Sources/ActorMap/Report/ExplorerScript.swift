extension HTMLReport {
    /// The explorer's look: its toolbar, the map's canvas, the profile beside the map, the
    /// classes the script sets (`match`, `dimmed`, `selected`, fades) and the comparison.
    /// Everything of the explorer is hidden without script, which the page does not need.
    static let explorerStyle = """
        [hidden]{display:none!important}.explorer-bar,.explorer-only{display:none}.js .explorer-bar,.js .explorer-only{display:block}
        .explorer-bar{position:sticky;top:0;z-index:2;background:var(--paper);border-bottom:1px solid var(--line);padding:6px 0}
        .explorer-bar .slider{margin:.3em 0}.tools{display:flex;flex-wrap:wrap;align-items:center;gap:.5em}
        .tools input[type=search]{flex:1 1 16em;min-width:12em}
        .explorer-bar input,.explorer-bar select,.explorer-bar button,#compare select,#profile button{font:inherit;padding:.25em .5em;border:1px solid #8c959f;border-radius:4px;background:#fff;color:var(--ink)}
        .explorer-bar button{cursor:pointer;min-width:2.2em}.explorer-bar button:hover{background:var(--band)}
        #play[aria-pressed=true]{background:#ddf4ff}.zoom{display:inline-flex;gap:2px}
        :focus-visible{outline:3px solid #0969da;outline-offset:1px}
        .filters{margin:.3em 0}.filters summary{cursor:pointer;color:var(--muted)}.filter-sets{display:flex;flex-wrap:wrap;gap:.5em 1.5em}
        .filters fieldset{border:1px solid var(--line);border-radius:4px;margin:.3em 0;padding:.2em .6em}
        .filters label{display:inline-flex;align-items:center;gap:.2em;margin-right:.9em;white-space:nowrap;font-size:.92em}
        .status{margin:.2em 0 0;color:var(--muted);font-size:.9em;min-height:1.4em}
        #live-problems{border:1px solid #cf222e;background:#ffebe9;border-radius:6px;padding:.5em .8em;margin:.5em 0;white-space:pre-line}
        #live-problems ul{margin:.3em 0;padding-left:1.2em}
        #live-problems.warned{border-color:#bf8700;background:#fff8c5}#live-problems li.warning{color:#7d4e00}
        .js .map-area{display:grid;grid-template-columns:minmax(0,1fr);gap:12px;align-items:start}
        .js .map-area.with-profile{grid-template-columns:minmax(0,1fr) 320px}
        .js figure.year{overflow:hidden;margin:.5em 0}.js .year-choice{display:none}
        .js #map-canvas{display:block;width:100%;height:72vh;min-height:380px;touch-action:none;cursor:grab;user-select:none}
        .js #map-canvas.dragging{cursor:grabbing}
        .js #map-canvas [data-y]{transition:opacity .4s}.js #map-canvas [data-y].entering{opacity:0}
        .js #map-canvas [data-y].leaving{display:inline!important;opacity:0;pointer-events:none}
        #map-canvas [data-actor]{cursor:pointer;transition:opacity .25s}#map-canvas [data-actor]:focus{outline:none}
        #map-canvas.small-names [data-actor]:not(.match):not(.selected):not(:focus) text{display:none}
        #map-canvas .dimmed{opacity:.15}#map-canvas.searching [data-tie]{opacity:.25}
        #map-canvas .match :is(ellipse,polygon,path){stroke:#d9480f;stroke-width:4}
        #map-canvas .selected :is(ellipse,polygon,path){stroke:#1f2328;stroke-width:4}
        #map-canvas [data-actor]:focus-visible :is(ellipse,polygon,path){stroke:#0969da;stroke-width:5}
        #profile{border:1px solid var(--line);border-radius:6px;padding:10px 12px;margin:.5em 0;max-height:72vh;overflow:auto;font-size:.92em;position:relative}
        #profile h3{margin:.1em 1.6em .4em 0;font-size:1.15em}#profile h4{margin:.8em 0 .2em;font-size:.95em}
        #profile .close{position:absolute;top:6px;right:6px;cursor:pointer;line-height:1}
        #profile dl.facts{display:grid;grid-template-columns:auto 1fr;gap:.1em .8em;margin:.3em 0}#profile dt{color:var(--muted)}#profile dd{margin:0;overflow-wrap:anywhere}
        #profile ul.ties{list-style:none;padding:0;margin:.3em 0}#profile ul.ties>li{padding:.35em 0;border-top:1px solid var(--line)}
        #profile ul.tie-sources{margin:0;padding-left:1.2em}
        #profile .tie-facts{color:var(--muted)}#profile .tie-notes{font-size:.88em;color:var(--muted);overflow-wrap:anywhere}
        .sparkline{width:240px;height:48px;display:block}.sparkline polyline{fill:none;stroke:#0969da;stroke-width:1.5}
        .sparkline circle{fill:#cf222e}.sparkline line{stroke:var(--line)}
        #shift-output{max-height:480px;overflow:auto}.compare-choice label{margin:0 .3em}
        .map-hint{color:var(--muted);font-size:.9em;margin:.2em 0}
        @media (prefers-reduced-motion:reduce){.js #map-canvas [data-y]{transition:none}}
        @media (max-width:800px){.js .map-area.with-profile{grid-template-columns:minmax(0,1fr)}}
        """

    /// The page's one script: sorting tables, and the explorer over the map. It reads the
    /// data embedded as JSON and writes every text from it with `textContent`, never as
    /// markup; the URL's hash holds the view (`#year=2015&actor=…&depth=1&measure=…&from=…&to=…&hide=group:…`).
    static let script = #"""
        (function(){
        'use strict';
        var doc=document;doc.documentElement.classList.add('js');
        function $(id){return doc.getElementById(id);}
        function number(cell){var p=parseFloat(cell.dataset.value!==undefined?cell.dataset.value:cell.textContent);return isNaN(p)?-Infinity:p;}
        doc.querySelectorAll('table.sortable').forEach(function(table){
        table.querySelectorAll('thead th').forEach(function(th,column){th.addEventListener('click',function(){
        var body=table.tBodies[0],rows=Array.prototype.slice.call(body.rows);
        var descending=th.getAttribute('aria-sort')!=='descending';
        table.querySelectorAll('th').forEach(function(other){other.removeAttribute('aria-sort');});
        th.setAttribute('aria-sort',descending?'descending':'ascending');
        rows.sort(function(a,b){var x=a.cells[column],y=b.cells[column];
        var r=th.classList.contains('number')?number(x)-number(y):x.textContent.localeCompare(y.textContent);
        return descending?-r:r;});
        rows.forEach(function(row){body.appendChild(row);});});});});
        var node=$('explorer-data');if(!node)return;
        var D=JSON.parse(node.textContent),years=D.years,last=years.length-1;
        var actorAt={},measureIds={};D.actors.forEach(function(a,i){actorAt[a.id]=i;});
        D.measures.forEach(function(m){measureIds[m.id]=m;});
        // The ties come a column per field; each becomes one object here.
        var T=D.ties,own=Object.prototype.hasOwnProperty;
        D.ties=T.rel.map(function(rel,k){var key=String(k);function at(c){return own.call(c,key)?c[key]:null;}
        return {rel:rel,from:T.from[k],to:T.to[k],type:T.type[k],period:T.period[k],on:[T.first[k],T.last[k]],
        weight:own.call(T.weight,key)?T.weight[key]:1,amount:at(T.amount),label:at(T.label),note:at(T.note),sources:at(T.sources)||[]};});
        var tieByRel={};D.ties.forEach(function(t){tieByRel[t.rel]=t;});
        var slots=D.series.map(function(y){var m={};y.actors.forEach(function(a,k){m[a]=k;});return m;});
        var S={year:years[last],actor:null,depth:0,measure:D.measure,from:years[0],to:years[last],hide:{group:{},kind:{},type:{}},q:''};
        var Z={k:1,x:0,y:0},storeKey='actormap-view:'+location.pathname;
        var canvas=$('map-canvas'),viewport=$('viewport'),panel=$('profile'),status=$('explorer-status');
        var slider=$('year'),label=$('year-label'),choices=doc.querySelectorAll('input.year-choice');
        function position(year){var p=years.indexOf(Number(year));return p<0?last:p;}
        function el(tag,text,cls){var e=doc.createElement(tag);if(text!==undefined&&text!==null)e.textContent=String(text);if(cls)e.className=cls;return e;}
        function field(name){return panel?panel.querySelectorAll('[data-field="'+name+'"]'):[];}
        function setField(name,text){field(name).forEach(function(f){f.textContent=text;});}
        function format(v){if(v===null||v===undefined||!isFinite(v))return '–';if(Math.abs(v)<1e-12)v=0;if(v===Math.round(v)&&Math.abs(v)<1e9)return String(v);return Number(v.toPrecision(3)).toString();}
        function say(text){if(status)status.textContent=text;}
        // Ranks as the library ranks: competition ranks, values within a relative 1e-9 the same.
        function same(a,b){return a===b||Math.abs(a-b)<=Math.max(1e-9*Math.max(Math.abs(a),Math.abs(b)),1e-12);}
        function ranks(values){var order=[],r=values.map(function(){return null;});
        values.forEach(function(v,i){if(v!==null&&!isNaN(v))order.push(i);});
        order.sort(function(a,b){return values[b]-values[a];});
        var leader=NaN,rank=0;order.forEach(function(i,p){var v=values[i];if(isNaN(leader)||!same(leader,v)){leader=v;rank=p+1;}r[i]=rank;});return r;}
        var rankCache={};
        function ranksOf(p,m){var key=p+' '+m;if(!rankCache[key])rankCache[key]=ranks(D.series[p].values[m]||[]);return rankCache[key];}
        function shares(p,m){var values=D.series[p].values[m]||[],total=0,negative=false;
        values.forEach(function(v){if(v!==null){total+=v;if(v<0)negative=true;}});
        if(!(total>0)||negative)return null;var s={};
        values.forEach(function(v,k){var g=D.actors[D.series[p].actors[k]].group;s[g]=(s[g]||0)+(v===null?0:v/total);});return s;}
        // The shift between two years as `actormap shift` computes it.
        function shift(fromYear,toYear,m){var p1=position(fromYear),p2=position(toYear),a=D.series[p1],b=D.series[p2];
        var r1=ranksOf(p1,m),r2=ranksOf(p2,m),v1=a.values[m]||[],v2=b.values[m]||[];
        function shared(r){var c={};r.forEach(function(x){if(x!==null)c[x]=(c[x]||0)+1;});return c;}
        var c1=shared(r1),c2=shared(r2),present={};
        a.actors.forEach(function(i){present[i]=true;});b.actors.forEach(function(i){present[i]=true;});
        var rows=Object.keys(present).map(Number).sort(function(x,y){return x-y;}).map(function(i){
        var k1=slots[p1][i],k2=slots[p2][i],before=k1===undefined?null:v1[k1],after=k2===undefined?null:v2[k2];
        var rb=k1===undefined?null:r1[k1],ra=k2===undefined?null:r2[k2];
        return {id:D.actors[i].id,name:D.actors[i].name,group:D.groups[D.actors[i].group].id,
        status:k1===undefined?'entered':k2===undefined?'exited':'present',before:before,after:after,
        change:before!==null&&after!==null?after-before:null,rank_before:rb,rank_after:ra,
        rank_change:rb!==null&&ra!==null?rb-ra:null,tied_before:rb!==null&&c1[rb]>1,tied_after:ra!==null&&c2[ra]>1,
        moved:before!==null&&after!==null&&!same(before,after)};});
        var s1=shares(p1,m),s2=shares(p2,m),onMap={};
        a.actors.concat(b.actors).forEach(function(i){onMap[D.actors[i].group]=true;});
        var groups=[];D.groups.forEach(function(g,gi){if(onMap[gi])groups.push({group:g.id,label:g.label,
        before:s1?(s1[gi]||0):null,after:s2?(s2[gi]||0):null});});
        groups.forEach(function(g){g.shift=g.before!==null&&g.after!==null?g.after-g.before:null;});
        return {from:String(years[p1]),to:String(years[p2]),measure:m,actors:rows,group_share:groups};}
        window.actorMapExplorer={shift:shift,state:function(){return JSON.parse(JSON.stringify(S));},zoom:function(){return {k:Z.k,x:Z.x,y:Z.y};}};
        // The map's elements.
        var actorEls={},tieEls=[],yearEls=[];
        if(canvas){canvas.querySelectorAll('[data-actor]').forEach(function(e){var id=e.getAttribute('data-actor');
        if(actorAt[id]===undefined)return;(actorEls[id]=actorEls[id]||[]).push(e);
        e.setAttribute('tabindex','0');e.setAttribute('role','button');e.setAttribute('aria-label',D.actors[actorAt[id]].name+': open the profile');});
        canvas.querySelectorAll('[data-tie]').forEach(function(e){var t=tieByRel[e.getAttribute('data-rel')];if(t)tieEls.push({el:e,tie:t});});}
        doc.querySelectorAll('#map-canvas [data-y]').forEach(function(e){e.yearList=' '+e.getAttribute('data-y')+' ';yearEls.push(e);});
        function each(id,f){(actorEls[id]||[]).forEach(f);}
        // What shows: the year's parts, less the filtered sides, kinds and ties, and the
        // actors further than the chosen steps from the selected one.
        function active(t,p){return t.on[0]<=p&&p<=t.on[1];}
        function visibility(){var p=position(S.year),out={};
        D.actors.forEach(function(a,i){if(S.hide.group[D.groups[a.group].id]||S.hide.kind[D.kinds[a.kind].id])out[i]=true;});
        var chosen=S.actor===null?undefined:actorAt[S.actor];
        if(chosen!==undefined&&S.depth>0&&!out[chosen]){var near={},frontier=[chosen],adj={};near[chosen]=0;
        D.ties.forEach(function(t){if(!active(t,p)||S.hide.type[D.types[t.type].id]||out[t.from]||out[t.to])return;
        (adj[t.from]=adj[t.from]||[]).push(t.to);(adj[t.to]=adj[t.to]||[]).push(t.from);});
        for(var d=1;d<=S.depth;d++){var next=[];frontier.forEach(function(i){(adj[i]||[]).forEach(function(j){if(near[j]===undefined){near[j]=d;next.push(j);}});});frontier=next;}
        D.actors.forEach(function(a,i){if(near[i]===undefined)out[i]=true;});}
        Object.keys(actorEls).forEach(function(id){var h=!!out[actorAt[id]];each(id,function(e){e.toggleAttribute('hidden',h);});});
        tieEls.forEach(function(x){var t=x.tie;x.el.toggleAttribute('hidden',!!(S.hide.type[D.types[t.type].id]||out[t.from]||out[t.to]));});}
        function search(){var q=S.q.trim().toLowerCase(),count=0;if(canvas)canvas.classList.toggle('searching',!!q);
        Object.keys(actorEls).forEach(function(id){var a=D.actors[actorAt[id]],m=!!q&&(a.name.toLowerCase().indexOf(q)>=0||a.id.toLowerCase().indexOf(q)>=0);
        if(m)count++;each(id,function(e){e.classList.toggle('match',m);e.classList.toggle('dimmed',!!q&&!m);});});
        if(q)say(count===0?'No actor matches.':count===1?'1 actor matches.':count+' actors match.');else say('');}
        function shown(e){return e.getClientRects().length>0&&!e.closest('[hidden]');}
        function firstMatch(){var ids=Object.keys(actorEls).filter(function(id){return actorEls[id][0].classList.contains('match');});
        for(var i=0;i<ids.length;i++){var v=actorEls[ids[i]].filter(shown);if(v.length)return v[0];}return null;}
        // Pan and zoom: one transform on g#viewport, in the canvas's units.
        function setZoom(k,x,y){Z.k=Math.min(12,Math.max(.25,k));Z.x=x;Z.y=y;
        if(viewport)viewport.setAttribute('transform','translate('+Z.x.toFixed(2)+' '+Z.y.toFixed(2)+') scale('+Z.k.toFixed(4)+')');legible();}
        // Names too small to read at this zoom give way to the shapes, save the matched and the selected.
        var legibleSoon=false;
        function legible(){if(!canvas||legibleSoon)return;legibleSoon=true;requestAnimationFrame(function(){legibleSoon=false;var m=canvas.getScreenCTM();if(m)canvas.classList.toggle('small-names',11*m.a*Z.k<5);});}
        window.addEventListener('resize',legible);
        function toCanvas(cx,cy){var m=canvas.getScreenCTM();if(!m)return {x:0,y:0};var pt=canvas.createSVGPoint();pt.x=cx;pt.y=cy;return pt.matrixTransform(m.inverse());}
        function zoomAt(f,c){var k=Math.min(12,Math.max(.25,Z.k*f)),r=k/Z.k;setZoom(k,c.x-(c.x-Z.x)*r,c.y-(c.y-Z.y)*r);}
        function middle(){var b=canvas.viewBox.baseVal;return {x:b.width/2,y:b.height/2};}
        // Fit: the frame of the year shown fills the canvas, from the size it says, so that
        // opening a large map measures nothing.
        function fit(){if(!canvas||!viewport)return;var v=canvas.viewBox.baseVal,p=' '+position(S.year)+' ',size=null;
        [].forEach.call(viewport.children,function(f){var y=f.getAttribute('data-y');if(!size&&f.hasAttribute('data-size')&&(y===null||(' '+y+' ').indexOf(p)>=0))size=f.getAttribute('data-size').split(' ').map(Number);});
        if(!size||!(size[0]>0)||!(size[1]>0)){setZoom(1,0,0);return;}var k=Math.min(v.width/size[0],v.height/size[1]);
        setZoom(k,(v.width-size[0]*k)/2,(v.height-size[1]*k)/2);}
        function centre(e){if(!e||!canvas)return;var r=e.getBoundingClientRect(),c=toCanvas(r.left+r.width/2,r.top+r.height/2);
        var x=(c.x-Z.x)/Z.k,y=(c.y-Z.y)/Z.k,k=Math.max(Z.k,1.5),m=middle();setZoom(k,m.x-x*k,m.y-y*k);}
        // The year: the radio buttons show it by style; parts that come and go fade.
        var reduce=window.matchMedia&&window.matchMedia('(prefers-reduced-motion: reduce)').matches;
        function fade(p0,p1){if(p0===p1||reduce)return;var a=' '+p0+' ',b=' '+p1+' ',coming=[],going=[];
        yearEls.forEach(function(e){var was=e.yearList.indexOf(a)>=0,is=e.yearList.indexOf(b)>=0;
        if(is&&!was){e.classList.add('entering');coming.push(e);}else if(was&&!is){e.classList.add('leaving');going.push(e);}});
        requestAnimationFrame(function(){requestAnimationFrame(function(){coming.forEach(function(e){e.classList.remove('entering');});});});
        setTimeout(function(){going.forEach(function(e){e.classList.remove('leaving');});},450);}
        function showYear(year,animate){var p0=position(S.year),p=position(year);S.year=years[p];
        choices.forEach(function(c,k){c.checked=k===p;if(k===p)c.setAttribute('checked','checked');else c.removeAttribute('checked');});
        if(slider)slider.value=S.year;if(label)label.textContent=S.year;
        if(slider)slider.setAttribute('aria-valuetext',String(S.year));
        if(animate)fade(p0,p);table();}
        // The profile.
        function link(i){var a=el('a',D.actors[i].name);a.href=hashFor({actor:D.actors[i].id});a.setAttribute('data-go',D.actors[i].id);return a;}
        function sparkline(svg,i){while(svg.firstChild)svg.removeChild(svg.firstChild);var ns='http://www.w3.org/2000/svg';
        var vals=years.map(function(y,p){var k=slots[p][i];return k===undefined?null:(D.series[p].values[S.measure]||[])[k];});
        var def=vals.filter(function(v){return v!==null;}),lo=Math.min.apply(null,def.concat([0])),hi=Math.max.apply(null,def.concat([0]));
        var W=240,H=48,pad=4,span=hi-lo||1,n=Math.max(1,years.length-1);
        function X(p){return pad+(W-2*pad)*p/n;}function Y(v){return H-pad-(H-2*pad)*(v-lo)/span;}
        var base=doc.createElementNS(ns,'line');base.setAttribute('x1',pad);base.setAttribute('x2',W-pad);base.setAttribute('y1',Y(0));base.setAttribute('y2',Y(0));svg.appendChild(base);
        var run=[];function flush(){if(run.length>0){var l=doc.createElementNS(ns,'polyline');l.setAttribute('points',run.join(' '));svg.appendChild(l);}run=[];}
        vals.forEach(function(v,p){if(v===null)flush();else run.push(X(p).toFixed(1)+','+Y(v).toFixed(1));});flush();
        var p=position(S.year);if(vals[p]!==null){var c=doc.createElementNS(ns,'circle');c.setAttribute('cx',X(p));c.setAttribute('cy',Y(vals[p]));c.setAttribute('r',3);svg.appendChild(c);}
        svg.setAttribute('aria-label',(measureIds[S.measure]||{label:S.measure}).label+' of '+D.actors[i].name+', '+years[0]+' to '+years[last]+(def.length?': from '+format(def[0])+' to '+format(def[def.length-1]):': not measured'));}
        function profile(){if(!panel)return;var i=S.actor===null?undefined:actorAt[S.actor];
        doc.querySelectorAll('#map-canvas .selected').forEach(function(e){e.classList.remove('selected');});
        var area=panel.parentNode;
        if(i===undefined){panel.hidden=true;if(area)area.classList.remove('with-profile');return;}
        each(S.actor,function(e){e.classList.add('selected');});
        var a=D.actors[i],p=position(S.year),k=slots[p][i],m=S.measure,title=(measureIds[m]||{label:m}).label;
        setField('name',a.name);setField('id',a.id);setField('kind',D.kinds[a.kind].label);setField('group',D.groups[a.group].label);
        setField('period',a.period);setField('year',String(S.year));
        field('attributes').forEach(function(dl){dl.textContent='';a.about.forEach(function(pair){dl.appendChild(el('dt',pair[0]));dl.appendChild(el('dd',pair[1]));});dl.hidden=a.about.length===0;});
        var values=D.series[p].values[m]||[],r=ranksOf(p,m);
        if(k===undefined)setField('rank','Not on the map in '+S.year+'.');
        else if(values[k]===null)setField('rank',title+' is undefined for this actor in '+S.year+'.');
        else{var tied=r.filter(function(x){return x===r[k];}).length>1,ranked=r.filter(function(x){return x!==null;}).length;
        setField('rank','Rank '+r[k]+(tied?' (tied)':'')+' of '+ranked+' by '+title+', '+format(values[k])+'.');}
        field('sparkline').forEach(function(svg){sparkline(svg,i);});
        var roles=D.series[p].roles[String(i)];
        setField('roles',k===undefined?'':roles?'Brokerage roles: '+D.roles.map(function(n,j){return roles[j]?n+' '+roles[j]:null;}).filter(Boolean).join(', ')+'.':'No brokerage role in '+S.year+'.');
        field('ties').forEach(function(box){box.textContent='';var ties=D.ties.filter(function(t){return active(t,p)&&(t.from===i||t.to===i);});
        if(!ties.length){box.appendChild(el('p','No tie in '+S.year+'.'));return;}
        var list=el('ul','', 'ties');ties.forEach(function(t){var li=el('li'),type=D.types[t.type],other=t.from===i?t.to:t.from,head=el('div','','tie-head');
        head.appendChild(el('b',type.label+(t.label?' ('+t.label+')':'')));
        head.appendChild(doc.createTextNode(t.from===i?' with ':' from '));head.appendChild(link(other));li.appendChild(head);
        li.appendChild(el('div',t.period+' · weight '+format(t.weight)+(t.amount?' · '+t.amount:''),'tie-facts'));
        // Every source the tie cites, each on its own line.
        if(t.sources.length){var cited=el('div',t.sources.length>1?'Sources:':'Source:','tie-notes'),sl=el('ul','','tie-sources');
        t.sources.forEach(function(s){sl.appendChild(el('li',s));});cited.appendChild(sl);li.appendChild(cited);}
        if(t.note)li.appendChild(el('div',t.note,'tie-notes'));list.appendChild(li);});
        box.appendChild(list);});
        panel.hidden=false;if(area)area.classList.add('with-profile');}
        var lastFocus=null;
        function select(id,focusPanel){S.actor=id;profile();visibility();writeHash();if(focusPanel&&panel&&!panel.hidden)panel.focus();}
        function closeProfile(){var id=S.actor;S.actor=null;profile();visibility();writeHash();
        var back=id!==null&&(actorEls[id]||[]).filter(shown)[0];if(back)back.focus();else if(lastFocus)lastFocus.focus();}
        // The table of every measure in the year shown, from the embedded figures.
        var yearTable=$('year-measures'),tableSoon=null;
        function fillTable(){tableSoon=null;if(!yearTable)return;var p=position(S.year),y=D.series[p],m=S.measure,r=ranksOf(p,m),c={},v=y.values[m]||[];
        r.forEach(function(x){if(x!==null)c[x]=(c[x]||0)+1;});
        yearTable.querySelectorAll('[data-field="table-year"]').forEach(function(e){e.textContent=String(S.year);});
        var head=$('year-measures-rank');if(head)head.title='Rank by '+(measureIds[m]||{label:m}).label+', 1 the highest';
        yearTable.querySelectorAll('th[aria-sort]').forEach(function(th){th.removeAttribute('aria-sort');});
        var columns=[].map.call(yearTable.querySelectorAll('th[data-measure]'),function(th){return th.getAttribute('data-measure');});
        function key(k){var x=v[k];return x===null||x===undefined?-Infinity:x;}
        var body=yearTable.querySelector('tbody'),rows=doc.createDocumentFragment();
        y.actors.map(function(a,k){return k;}).sort(function(a,b){return key(b)-key(a)||a-b;}).forEach(function(k){
        var i=y.actors[k],a=D.actors[i],tr=el('tr'),name=el('td'),group=el('td'),g=D.groups[a.group];
        name.appendChild(link(i));tr.appendChild(name);group.appendChild(el('i','','swatch g'+a.group));group.appendChild(doc.createTextNode(g.label));tr.appendChild(group);
        tr.appendChild(el('td',r[k]===null?'–':r[k]+(c[r[k]]>1?' tied':'')));
        columns.forEach(function(n){tr.appendChild(el('td',format((y.values[n]||[])[k])));});rows.appendChild(tr);});
        body.textContent='';body.appendChild(rows);
        yearTable.querySelectorAll('[data-field="table-notes"]').forEach(function(box){box.textContent='';
        Object.keys(y.undefined||{}).sort().forEach(function(n){box.appendChild(el('p',n+' is undefined: '+y.undefined[n],'undefined'));});});}
        function table(){if(yearTable&&tableSoon===null)tableSoon=setTimeout(fillTable,0);}
        if(yearTable)yearTable.addEventListener('click',function(e){var a=e.target.closest('a[data-go]');if(a){e.preventDefault();lastFocus=a;select(a.getAttribute('data-go'),true);}});
        // The comparison of two chosen years.
        function compare(){var out=$('shift-output');if(!out)return;out.textContent='';
        var r=shift(S.from,S.to,S.measure),title=(measureIds[S.measure]||{label:S.measure}).label;
        if(S.from===S.to){out.appendChild(el('p','Choose two different years to compare.'));return;}
        var moved=r.actors.filter(function(x){return x.moved;}).length;
        out.appendChild(el('p',moved+' of '+r.actors.length+' actors changed their '+title+' from '+r.from+' to '+r.to+'.'));
        var g=el('table'),gh=el('tr');['Side',r.from,r.to,'Shift'].forEach(function(h,j){gh.appendChild(el('th',h,j?'number':''));});
        var cap=el('caption','Each side\u2019s share of '+title);g.appendChild(cap);var gt=el('thead');gt.appendChild(gh);g.appendChild(gt);var gb=el('tbody');
        function pct(v){return v===null?'–':(v*100).toFixed(1)+'%';}
        r.group_share.forEach(function(s){var tr=el('tr');tr.appendChild(el('td',s.label));tr.appendChild(el('td',pct(s.before),'number'));tr.appendChild(el('td',pct(s.after),'number'));
        tr.appendChild(el('td',s.shift===null?'–':(s.shift>0?'+':'')+(s.shift*100).toFixed(1)+' points','number'));gb.appendChild(tr);});
        g.appendChild(gb);if(r.group_share.some(function(s){return s.before!==null||s.after!==null;}))out.appendChild(g);
        else out.appendChild(el('p','Shares of '+title+' mean nothing here: it has negative values or sums to zero.'));
        var t=el('table'),th=el('tr');['Actor',r.from,r.to,'Rank '+r.from,'Rank '+r.to,'Places'].forEach(function(h,j){th.appendChild(el('th',h,j?'number':''));});
        t.appendChild(el('caption',title+' by actor'));var tt=el('thead');tt.appendChild(th);t.appendChild(tt);var tb=el('tbody');
        r.actors.slice().sort(function(x,y){return ((x.rank_after||1e9)-(y.rank_after||1e9))||((x.rank_before||1e9)-(y.rank_before||1e9));}).forEach(function(x){
        var tr=el('tr'),name=el('td');name.appendChild(link(actorAt[x.id]));tr.appendChild(name);
        tr.appendChild(el('td',format(x.before),'number'));tr.appendChild(el('td',format(x.after),'number'));
        tr.appendChild(el('td',x.rank_before===null?'–':x.rank_before+(x.tied_before?' tied':''),'number'));
        tr.appendChild(el('td',x.rank_after===null?'–':x.rank_after+(x.tied_after?' tied':''),'number'));
        var places=x.status!=='present'?(x.status==='entered'?'entered':'left'):!x.moved?'same':x.rank_change>0?'▲ '+x.rank_change:x.rank_change<0?'▼ '+(-x.rank_change):'=';
        tr.appendChild(el('td',places,'number'));tb.appendChild(tr);});t.appendChild(tb);out.appendChild(t);}
        // The view in the URL: calendar years, ids encoded, readable separators kept.
        function enc(v){return encodeURIComponent(v).replace(/%3A/g,':').replace(/%2C/g,',');}
        function hideList(){var l=[];['group','kind','type'].forEach(function(kind){Object.keys(S.hide[kind]).sort().forEach(function(id){l.push(kind+':'+encodeURIComponent(id));});});return l.join(',');}
        function hashFor(o){var s=Object.assign({},S,o||{}),parts=['year='+s.year];
        if(s.actor!==null)parts.push('actor='+enc(s.actor));if(s.depth>0)parts.push('depth='+s.depth);
        if(s.measure!==D.measure)parts.push('measure='+enc(s.measure));
        if(s.from!==years[0]||s.to!==years[last])parts.push('from='+s.from,'to='+s.to);
        var h=hideList();if(h)parts.push('hide='+enc(h));if(s.q)parts.push('q='+enc(s.q));return '#'+parts.join('&');}
        function writeHash(){var h=hashFor();if(location.hash!==h){try{history.replaceState(null,'',h);}catch(e){}}}
        function readHash(){var h=location.hash.replace(/^#/,'');if(!h)return false;var v={};
        h.split('&').forEach(function(part){var at=part.indexOf('=');if(at<1)return;try{v[part.slice(0,at)]=decodeURIComponent(part.slice(at+1));}catch(e){}});
        function year(x){var n=Number(x);return years.indexOf(n)>=0?n:null;}
        if(year(v.year)!==null)S.year=year(v.year);
        S.actor=v.actor!==undefined&&actorAt[v.actor]!==undefined?v.actor:null;
        S.depth=/^[0-3]$/.test(v.depth||'')?Number(v.depth):0;
        S.measure=measureIds[v.measure]?v.measure:D.measure;
        S.from=year(v.from)!==null?year(v.from):years[0];S.to=year(v.to)!==null?year(v.to):years[last];
        S.hide={group:{},kind:{},type:{}};(v.hide||'').split(',').forEach(function(item){var at=item.indexOf(':');if(at<0)return;
        var kind=item.slice(0,at),id;try{id=decodeURIComponent(item.slice(at+1));}catch(e){return;}if(S.hide[kind])S.hide[kind][id]=true;});
        S.q=v.q||'';return true;}
        // The zoom outlives only a live reload: a link opens the map whole.
        function remember(){try{sessionStorage.setItem(storeKey,JSON.stringify(Z));}catch(e){}}
        function recall(){try{var z=JSON.parse(sessionStorage.getItem(storeKey)||'null');sessionStorage.removeItem(storeKey);if(z&&isFinite(z.k)&&isFinite(z.x)&&isFinite(z.y))return z;}catch(e){}return null;}
        // Everything from the state at once: after a load, a link followed or a reload.
        function controls(){if($('search'))$('search').value=S.q;if($('depth'))$('depth').value=String(S.depth);
        if($('measure'))$('measure').value=S.measure;if($('shift-from'))$('shift-from').value=String(S.from);if($('shift-to'))$('shift-to').value=String(S.to);
        doc.querySelectorAll('[data-filter-group],[data-filter-kind],[data-filter-type]').forEach(function(box){
        var kind=box.hasAttribute('data-filter-group')?'group':box.hasAttribute('data-filter-kind')?'kind':'type';box.checked=!S.hide[kind][box.getAttribute('data-filter-'+kind)];});}
        function apply(first){showYear(S.year,false);controls();visibility();search();profile();if(first)setTimeout(compare,0);else compare();}
        readHash();var z=recall();apply(true);if(z)setZoom(z.k,z.x,z.y);else fit();
        window.addEventListener('hashchange',function(){if(readHash())apply();});
        // The controls.
        var playing=null;
        function stop(){if(playing){clearInterval(playing);playing=null;}var b=$('play');if(b){b.setAttribute('aria-pressed','false');b.textContent='▶ Play';b.setAttribute('aria-label','Play the years one after another');}}
        function tick(){var p=position(S.year);if(p>=last){stop();return;}showYear(years[p+1],true);visibility();profile();writeHash();say('Showing '+S.year+'.');}
        if($('play'))$('play').addEventListener('click',function(){if(playing){stop();return;}
        if(position(S.year)>=last){showYear(years[0],true);visibility();profile();writeHash();}
        var b=$('play');b.setAttribute('aria-pressed','true');b.textContent='❚❚ Pause';b.setAttribute('aria-label','Pause');playing=setInterval(tick,1100);});
        if(slider)slider.addEventListener('input',function(){stop();showYear(Number(slider.value),true);visibility();profile();writeHash();});
        choices.forEach(function(c,k){c.addEventListener('change',function(){if(c.checked){showYear(years[k],true);visibility();profile();writeHash();}});});
        if($('search')){$('search').addEventListener('input',function(e){S.q=e.target.value;search();writeHash();});
        $('search').addEventListener('keydown',function(e){if(e.key==='Enter'){e.preventDefault();var m=firstMatch();if(m){centre(m);say('Centred on '+D.actors[actorAt[m.getAttribute('data-actor')]].name+'.');}}
        else if(e.key==='Escape'&&e.target.value){e.target.value='';S.q='';search();writeHash();}});}
        if($('depth'))$('depth').addEventListener('change',function(e){S.depth=Number(e.target.value)||0;visibility();writeHash();
        if(S.depth>0&&S.actor===null)say('Select an actor to step out from it.');});
        if($('measure'))$('measure').addEventListener('change',function(e){if(measureIds[e.target.value])S.measure=e.target.value;profile();compare();table();writeHash();});
        ['from','to'].forEach(function(end){var s=$('shift-'+end);if(s)s.addEventListener('change',function(){S[end]=Number(s.value);compare();writeHash();});});
        doc.querySelectorAll('[data-filter-group],[data-filter-kind],[data-filter-type]').forEach(function(box){box.addEventListener('change',function(){
        var kind=box.hasAttribute('data-filter-group')?'group':box.hasAttribute('data-filter-kind')?'kind':'type',id=box.getAttribute('data-filter-'+kind);
        if(box.checked)delete S.hide[kind][id];else S.hide[kind][id]=true;visibility();writeHash();});});
        if($('zoom-in'))$('zoom-in').addEventListener('click',function(){zoomAt(1.4,middle());});
        if($('zoom-out'))$('zoom-out').addEventListener('click',function(){zoomAt(1/1.4,middle());});
        if($('zoom-fit'))$('zoom-fit').addEventListener('click',fit);
        if(panel){panel.querySelector('.close').addEventListener('click',closeProfile);
        panel.addEventListener('click',function(e){var a=e.target.closest('a[data-go]');if(a){e.preventDefault();select(a.getAttribute('data-go'),true);var v=(actorEls[S.actor]||[]).filter(shown)[0];if(v)centre(v);}});}
        var out=$('shift-output');if(out)out.addEventListener('click',function(e){var a=e.target.closest('a[data-go]');if(a){e.preventDefault();lastFocus=a;select(a.getAttribute('data-go'),true);}});
        doc.addEventListener('keydown',function(e){if(e.key==='Escape'&&S.actor!==null&&panel&&!panel.hidden&&e.target.id!=='search'){e.preventDefault();closeProfile();}});
        if(canvas){var pointers={},moved=0,pinch=null;
        canvas.addEventListener('wheel',function(e){e.preventDefault();zoomAt(Math.exp(-e.deltaY*(e.deltaMode?0.05:0.0015)),toCanvas(e.clientX,e.clientY));},{passive:false});
        canvas.addEventListener('pointerdown',function(e){pointers[e.pointerId]={x:e.clientX,y:e.clientY};moved=0;var ids=Object.keys(pointers);
        if(ids.length===2){var a=pointers[ids[0]],b=pointers[ids[1]];pinch={d:Math.hypot(a.x-b.x,a.y-b.y)||1,k:Z.k};}});
        canvas.addEventListener('pointermove',function(e){var p=pointers[e.pointerId];if(!p)return;var ids=Object.keys(pointers);
        if(ids.length===2&&pinch){p.x=e.clientX;p.y=e.clientY;var a=pointers[ids[0]],b=pointers[ids[1]],d=Math.hypot(a.x-b.x,a.y-b.y);
        zoomAt(pinch.k*d/pinch.d/Z.k,toCanvas((a.x+b.x)/2,(a.y+b.y)/2));moved=99;return;}
        var m=canvas.getScreenCTM();if(!m)return;var dx=e.clientX-p.x,dy=e.clientY-p.y;moved+=Math.abs(dx)+Math.abs(dy);
        if(moved>4){if(!canvas.hasPointerCapture(e.pointerId))canvas.setPointerCapture(e.pointerId);canvas.classList.add('dragging');
        setZoom(Z.k,Z.x+dx/m.a,Z.y+dy/m.d);p.x=e.clientX;p.y=e.clientY;}});
        function up(e){delete pointers[e.pointerId];if(Object.keys(pointers).length<2)pinch=null;canvas.classList.remove('dragging');}
        canvas.addEventListener('pointerup',up);canvas.addEventListener('pointercancel',up);
        canvas.addEventListener('click',function(e){if(moved>4)return;var a=e.target.closest('[data-actor]');if(a){lastFocus=a;select(a.getAttribute('data-actor'),false);}});
        canvas.addEventListener('keydown',function(e){var a=e.target.closest&&e.target.closest('[data-actor]');
        if(a&&(e.key==='Enter'||e.key===' ')){e.preventDefault();lastFocus=a;select(a.getAttribute('data-actor'),true);}});}
        // Live reload from `actormap serve`: `reload` keeps the view; `problems` (errors: the map
        // stays the last good one) and `warnings` (the map is up to date) show as text, each
        // line a problem, warnings marked.
        if(D.live&&window.EventSource){var box=$('live-problems'),source=new EventSource(D.live);
        source.addEventListener('reload',function(){if(box){box.hidden=true;box.textContent='';}writeHash();remember();location.reload();});
        var told=function(head,warned){return function(e){if(!box)return;box.textContent='';box.classList.toggle('warned',warned);
        box.appendChild(el('strong',head));var list=el('ul');String(e.data||'').split('\n').forEach(function(line){
        var m=/^.*?: (warning|error): /.exec(line);if(line.trim())list.appendChild(el('li',line,m&&m[1]==='warning'?'warning':''));});
        box.appendChild(list);box.hidden=false;};};
        source.addEventListener('problems',told('The map file has problems; the map below is the last one that read without them.',false));
        source.addEventListener('warnings',told('The map below is up to date; its file has warnings, which do not stop it being drawn.',true));}
        })();
        """#
}
