"""Measures the checks on wire copy: each consistent change of a claims file (from `claimtrace extract`) is
altered by a few percent (the change figure by +15% where the levels' rounding cannot excuse it, the level
after the change by +5%), and the altered sentences are checked again. Prints how many are caught, and how many
alarms the unaltered sentences raise when run alone. See Docs/benchmarks.md, "Checks on wire copy".

    claimtrace extract ../shared/corpora/reuters21578/ -o /tmp/reuters.jsonl
    python3 Tests/BenchInputs/check_alterations.py .build/release/claimtrace /tmp/reuters.jsonl
"""
import json,re,subprocess,sys,collections,tempfile
exe, claims = sys.argv[1], sys.argv[2]
recs = [json.loads(l) for l in open(claims)]
cases=[]; base=collections.Counter()
for r in recs:
    for k in r['checks']:
        base[(k['rule'],k['status'])]+=1
        if k['rule'] in ('change_arithmetic','multiples') and k['status']=='consistent' and len(k['quantities'])==3:
            qs=[r['quantities'][i] for i in k['quantities']]
            # alter the 'to' level (or the change) by a few percent
            for role in ('to','by'):
                q=next((q for q in qs if q['change']==role), None)
                if q is None or q['kind']=='ratio': continue
                m=re.search(r'\d[\d,]*(\.\d+)?', q['text'])
                if not m: continue
                num=m.group(0); dec=len(m.group(1))-1 if m.group(1) else 0
                v=float(num.replace(',',''))
                nv=v*1.05 if role=='to' else v*1.15
                if dec==0 and round(nv)==v: nv=v+1
                s=('{:,.%df}'%dec).format(nv) if ',' in num else ('{:.%df}'%dec).format(nv)
                newq=q['text'][:m.start()]+s+q['text'][m.end():]
                text=r['text'][:q['start']]+newq+r['text'][q['end']:]
                # only changes a written number can show: beyond half its last digit
                rel=abs(float(s.replace(',',''))/v-1)
                if rel < 0.02: continue
                # a change the levels' rounding cannot excuse: outside the interval the check printed
                if role=='by':
                    mm=re.search(r'\(([\d.,]+)–([\d.,]+) given', k['expected'])
                    lo,hi=(float(mm.group(1).replace(',','')),float(mm.group(2).replace(',',''))) if mm else (float(k['expected'].split()[0].replace(',','')),)*2
                    nvv=float(s.replace(',',''))
                    halfu=0.5*10**-dec
                    if lo-halfu <= nvv <= hi+2*halfu: continue
                cases.append((r['text'].replace('\n',' '),text.replace('\n',' '),role))
print('base',base)
print('cases',len(cases))
with tempfile.NamedTemporaryFile('w', suffix='.jsonl', delete=False) as f:
    altered_path = f.name
    for i,(a,b,role) in enumerate(cases):
        f.write(json.dumps({'id':'a%d'%i,'text':a})+'\n')
        f.write(json.dumps({'id':'b%d'%i,'text':b})+'\n')
out=subprocess.run([exe,'extract','--all-sentences','--input-format','jsonl',altered_path],capture_output=True,text=True).stdout
st=collections.defaultdict(list)
for l in out.splitlines():
    r=json.loads(l)
    st[r['article']['id']]+= [k['status'] for k in r['checks'] if k['rule'] in ('change_arithmetic','multiples','percent_vs_points')]
orig=collections.Counter(); alt=collections.Counter(); misses=[]
for i,(a,b,role) in enumerate(cases):
    oa=st.get('a%d'%i,[]); ob=st.get('b%d'%i,[])
    orig['inconsistent' if 'inconsistent' in oa else ('consistent' if oa else 'none')]+=1
    tag='inconsistent' if 'inconsistent' in ob else ('consistent' if ob else 'none')
    alt[(role,tag)]+=1
    if tag!='inconsistent': misses.append((role,b[:200].replace('\n',' ')))
print('unaltered (as single sentences):',orig)
print('altered:',alt)
for m in misses[:25]: print('  miss',m)
